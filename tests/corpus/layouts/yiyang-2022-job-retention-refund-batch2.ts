import type { CorpusLayout } from "../types";

// 益阳市人社局 2022-06-21: the city's own second batch of 2022 失业保险稳岗返还, paid without application (免申即享) — 大型企业 50%,
// 中小微企业 90% of the premium paid (湘人社规〔2022〕19号, 益人社发〔2022〕42号). Laid out as the annexed name list with the
// premium as the base, the firm's size, the rate and the refund in 元.
export const layout: CorpusLayout = {
  id: "yiyang-2022-job-retention-refund-batch2",
  source: {
    title: "2022年益阳市本级第二批失业保险稳岗返还拟发放名单公示",
    url: "http://yiyang.gov.cn:80/rsj/4509/4515/content_1604995.html",
    publisher: "益阳市人力资源和社会保障局",
    date: "2022-06-21",
    changes:
      "As published: the batch, the documents, the conditions and the rates (大型企业 from 30% to 50%, 中小微企业 from 60% to 90%), and that the " +
      "annex gives each unit's name and refund (拟返还参保单位名称和返还金额). The stored copy is the notice: the annex's columns beyond name and " +
      "amount (code, size, premium, rate), the units and the figures are ours. Planted: 资水建设, a 大型企业, refunded at 90%; 金银山茶业 refunded its " +
      "whole premium; 鹅羊山商贸's code has a wrong check character.",
  },
  classes: ["register", "rate-per-category", "base-column", "rate-column", "category-column", "item-in-title", "batch-in-title", "credit-codes", "no-place-column", "yuan-in-header", "total-at-foot", "hunan"],
  settings: { asOf: "2022-06-21", district: "益阳市" },
  sheets: [
    {
      name: "拟发放名单",
      widths: [6, 30, 22, 12, 20, 10, 16],
      rows: [
        ["2022年益阳市本级第二批失业保险稳岗返还拟发放名单", null, null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "企业规模", "上年度实际缴纳失业保险费（元）", "返还比例", "拟返还金额（元）"],
        [1, "益阳市资江机械制造有限公司", "91430900MA4L2R8K5D", "中小微企业", 18436.2, "90%", 16592.58],
        [2, "益阳市赫山区银城物流有限公司", "91430903MA4PK6E310", "中小微企业", 7284, "90%", 6555.6],
        [3, "益阳资阳竹业科技有限公司", "91430902MA4QB1T7X1", "中小微企业", 12650.5, "90%", 11385.45],
        [4, "益阳市益华电力工程有限公司", "91430900184732658M", "大型企业", 326480, "50%", 163240],
        [5, "益阳市桃花江食品有限公司", "91430903MA4M5D9W2H", "中小微企业", 4215.36, "90%", 3793.82],
        [6, "湖南资水建设工程有限公司", "91430902MA4R7H2C6X", "大型企业", 208760, "90%", 187884],
        [7, "益阳市金银山茶业有限公司", "91430900MA4T3N8P1N", "中小微企业", 3960, "90%", 3960],
        [8, "益阳市鹅羊山商贸有限公司", "91430903MA4L9X5K07", "中小微企业", 2880, "90%", 2592],
        [9, "益阳市银城水务有限公司", "91430900707321845K", "大型企业", 412350, "50%", 206175],
        [10, "益阳市会龙山文化传媒有限公司", "91430902MA4P2W6G46", "中小微企业", 5416.8, "90%", 4875.12],
        ["合计", null, null, null, 1002432.86, null, 607053.57],
      ],
      merges: ["A1:G1", "A13:D13"],
      numberFormats: { "E3:E13": "#,##0.00", "G3:G13": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "失业保险稳岗返还（中小微企业）", capType: "rate", rate: 0.9, unit: "元", year: 2022, document: "湘人社规〔2022〕19号；益人社发〔2022〕42号（中小微企业90%）" },
      { name: "失业保险稳岗返还（大型企业）", capType: "rate", rate: 0.5, unit: "元", year: 2022, document: "湘人社规〔2022〕19号；益人社发〔2022〕42号（大型企业50%）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟发放名单",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "base", G: "approved" },
        year: 2022,
        item: "失业保险稳岗返还",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G8", why: "资水建设, 大型企业: 50% × 208,760.00 = 104,380.00 allowed; 187,884.00 refunded (at 90%), 83,504.00元 over" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "金银山茶业, 中小微企业: 90% × 3,960.00 = 3,564.00 allowed; 3,960.00 refunded, 396.00元 over" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91430903MA4L9X5K07: the check character should be B" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G7", why: "90% × 4,215.36 = 3,793.824, refunded 3,793.82: below it" },
      { rule: "cap.rate-exceeded", cell: "G6", why: "大型企业: 50% × 326,480.00 = 163,240.00 exactly" },
      { rule: "cap.rate-exceeded", cell: "G11", why: "大型企业: 50% × 412,350.00 = 206,175.00 exactly" },
      { rule: "cap.rate-exceeded", cell: "G13", why: "合计 is no refund" },
      { rule: "register.duplicate", why: "ten units, each once" },
      { rule: "register.ineligible-location", why: "the list gives no place" },
      { rule: "cap.unknown-policy", why: "the item is the title's, each row's kind from 企业规模" },
      { rule: "input.unreadable-value", why: "返还比例 90% / 50% are rates written as text; 企业规模 is text by nature" },
    ],
  },
};
