import type { CorpusLayout } from "../types";

// 辽源市发展和改革委员会 2020: two projects given the 2020年度东北振兴重大项目前期工作经费专项中央补助资金 365万元 (国道集阿公路（G303）辽源
// 过境段改建工程 255万元, 东辽经济开发区 辽源浙江（绍兴）产业园项目 110万元), seven projects 810万元 so far. Laid out as the payment
// table for those seven: the year each was granted in a column of its own, the money granted beside the money paid and its date.
export const layout: CorpusLayout = {
  id: "liaoyuan-2018-2020-northeast-preparatory-fund-payments",
  source: {
    title: "辽源市两个项目获得2020年度东北振兴重大项目前期工作经费专项中央补助资金365万元（表据正文拟）",
    url: "http://amaralpics.com/article/article_6552.html",
    publisher: "辽源市发展和改革委员会（新闻稿转载）",
    date: "2020",
    changes:
      "The report's facts are kept: 2020年度 365万元 — 国道集阿公路（G303）辽源过境段改建工程 255万元, 东辽经济开发区管理委员会 辽源浙江（绍兴）" +
      "产业园项目 110万元 — and 截至目前 7个项目 810万元. The report gives them in prose; laid out here as a payment table (序号 | 项目名称 | " +
      "项目单位 | 所在县（区） | 下达年度 | 下达资金 | 拨付金额 | 拨付日期 | 备注, 单位：万元, 截至2020年12月31日). The other five projects, " +
      "their units, years and amounts (adding up to 810 with the two), and every payment and date are ours. Planted: 产业园项目 paid on " +
      "2020-12-15, after the year's 11-30 deadline; 西安区矿山生态修复 paid 85 of a grant of 80; 安石镇农村供水 granted in 2018 and unpaid.",
  },
  classes: ["register", "projects-as-payees", "bureaus-as-payees", "year-column", "several-years-in-one-list", "payment-date-column", "granted-beside-paid", "counties-as-places", "districts-as-places", "city-fund", "table-from-prose", "wanyuan-caption", "total-at-foot", "notes-under-table", "jilin"],
  settings: { asOf: "2020-12-31", district: "吉林省辽源市" },
  sheets: [
    {
      name: "拨付情况",
      widths: [6, 40, 28, 10, 10, 10, 10, 12, 20],
      rows: [
        ["辽源市东北振兴重大项目前期工作经费专项中央补助资金拨付情况表", null, null, null, null, null, null, null, null],
        ["（截至2020年12月31日）", null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "项目单位", "所在县（区）", "下达年度", "下达资金", "拨付金额", "拨付日期", "备注"],
        [1, "国道集阿公路（G303）辽源过境段改建工程", "辽源市交通运输局", "龙山区", 2020, 255, 255, 44092, null],
        [2, "辽源浙江（绍兴）产业园项目", "东辽经济开发区管理委员会", "东辽县", 2020, 110, 110, 44180, null],
        [3, "辽源市城区供热管网改造工程", "辽源市住房和城乡建设局", "龙山区", 2019, 120, 120, 43683, null],
        [4, "东丰县梅花鹿产业园基础设施项目", "东丰县发展和改革局", "东丰县", 2019, 95, 95, 43759, null],
        [5, "辽源市西安区矿山生态修复工程", "西安区自然资源局", "西安区", 2019, 80, 85, 43781, null],
        [6, "辽源经济开发区污水处理厂扩建工程", "辽源经济开发区管理委员会", "龙山区", 2018, 90, 90, 43311, null],
        [7, "东辽县安石镇农村供水工程", "东辽县水利局", "东辽县", 2018, 60, null, null, "可研报告编制中"],
        ["合计", null, null, null, null, 810, 755, null, null],
        ["注：前期工作经费专项用于项目实施方案、项目建议书、可行性研究报告等编制工作。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:H2", "A11:E11", "A12:I12"],
      numberFormats: { "H4:H10": "yyyy-mm-dd" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付情况",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "project", C: "enterprise", D: "place", E: "year", F: "approved", G: "paidNow", H: "paidDate" },
      },
    ],
    findings: [
      { rule: "register.late-disbursement", cell: "H5", why: "产业园项目 (2020): paid 2020-12-15, after the year's 2020-11-30 deadline" },
      { rule: "register.paid-exceeds-award", cell: "G8", why: "西安区矿山生态修复: 85 paid against a grant of 80 (5万元 over)" },
      { rule: "register.unpaid", cell: "F10", why: "安石镇农村供水 granted 60万元 in 2018, no payment and no date; as of 2020-12-31, long past 2018-11-30" },
    ],
    absent: [
      { rule: "register.late-disbursement", cell: "H8", why: "2019-11-12 is before the 2019 deadline of 11-30" },
      { rule: "register.late-disbursement", cell: "H4", why: "2020-09-18 is before 2020-11-30" },
      { rule: "register.duplicate", why: "辽源经济开发区管理委员会 and 东辽经济开发区管理委员会 are two bodies, each with one project; no project twice" },
      { rule: "register.ineligible-location", why: "龙山区, 西安区, 东辽县 and 东丰县 are all in 辽源市" },
      { rule: "register.paid-exceeds-award", cell: "G11", why: "合计 755 ≤ 810, and a total is no award" },
      { rule: "register.unpaid", cell: "F8", why: "西安区 was paid (more than granted)" },
      { rule: "input.unreadable-value", cell: "I10", why: "备注 可研报告编制中 is a remark" },
    ],
  },
};
