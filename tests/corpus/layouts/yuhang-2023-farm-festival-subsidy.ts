import type { CorpusLayout } from "../types";

// 杭州市余杭区农业农村局 2024-11-07: the 2023 业主承办农事节庆活动补助 put up for comment (余农发〔2022〕125号) — 序号 | 公司名称 | 农事节庆
// 节庆名称 | 农事节庆节庆举办地 | 农事节庆持续时间 | 核定活动投入资金 (万元) | 拟补助金额 (万元), 合计 under the award column only. The published
// three awards are half of the audited spending, at most 5万元 (11.2619 → 5, 2.4 → 1.2, 8.8236 → 4.4118).
export const layout: CorpusLayout = {
  id: "yuhang-2023-farm-festival-subsidy",
  source: {
    title: "关于2023年度余杭区业主承办农事节庆活动补助资金的公示（附件：2023年度余杭区业主承办农事节庆活动补助资金明细表）",
    url: "http://www.yuhang.gov.cn/art/2024/11/7/art_1229176564_4312121.html",
    publisher: "杭州市余杭区农业农村局",
    date: "2024-11-07",
    changes:
      "As published: the annex title, the seven headings with their doubled wording (农事节庆节庆名称) and line breaks, 合计 under the award " +
      "column only, towns as venues, periods as text. Ours: eight firms and festivals (the published list has three), their figures, and " +
      "the standard in the catalog — 50% of 核定活动投入资金, at most 5万元 — read from the published awards, the notice itself naming no " +
      "rate. Planted: 杭州鸬鸟山居农业 given 4.8 on 8.2万元 spent (50% is 4.10); 杭州百丈竹海文旅 given 6 where the maximum 5 binds " +
      "(50% of 13.6 is 6.8).",
  },
  classes: ["register", "rate-with-cap", "base-column", "item-in-title", "towns-as-places", "streets-as-places", "period-as-text", "no-credit-codes", "four-decimal-wanyuan", "total-under-award-only", "wanyuan-in-header", "district-department", "zhejiang"],
  settings: { asOf: "2024-11-13", district: "余杭区" },
  sheets: [
    {
      name: "明细表",
      widths: [6, 34, 30, 14, 26, 14, 12],
      rows: [
        ["2023年度余杭区业主承办农事节庆活动补助资金明细表", null, null, null, null, null, null],
        ["序号", "公司名称", "农事节庆节庆名称", "农事节庆节庆举办地", "农事节庆持续时间", "核定活动投入资金\n(万元)", "拟补助金额\n(万元)"],
        [1, "山行（浙江）农业科技有限责任公司", "彭公农场兔年节事活动", "瓶窑镇", "2023年1月1日-12月31日", 11.2619, 5],
        [2, "量子构城（杭州）农文旅发展有限公司", "西溪源干塘节会", "闲林街道", "2023年12月24日-12月31日", 2.4, 1.2],
        [3, "杭州绿港家庭农场有限公司", "杭州国际园艺中心新春组合花展", "仁和街道", "2023年3月3日-3月5日", 8.8236, 4.4118],
        [4, "杭州鸬鸟山居农业开发有限公司", "鸬鸟蜜梨采摘节", "鸬鸟镇", "2023年7月20日-8月10日", 8.2, 4.8],
        [5, "杭州百丈竹海文旅发展有限公司", "百丈春笋文化节", "百丈镇", "2023年4月1日-4月15日", 13.6, 6],
        [6, "杭州径山茶香农业有限公司", "径山茶宴开茶节", "径山镇", "2023年3月28日-4月5日", 7.5432, 3.7716],
        [7, "杭州黄湖青山农场有限公司", "黄湖稻香丰收节", "黄湖镇", "2023年9月23日-9月24日", 4.36, 2.18],
        [8, "杭州良渚稻田文化发展有限公司", "良渚稻田音乐节", "良渚街道", "2023年10月1日-10月3日", 9.1, 4.55],
        ["合计", null, null, null, null, null, 31.9134],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "F3:G11": "0.0000" },
    },
  ],
  catalog: {
    items: [
      { name: "业主承办农事节庆活动补助", capType: "rate", rate: 0.5, capAmount: 5, unit: "万元", base: "核定活动投入资金", year: 2023, document: "余农发〔2022〕125号（标准据公示金额推得）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "project", D: "place", F: "base", G: "approved" },
        year: 2023,
        item: "业主承办农事节庆活动补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "50% of 8.2 is 4.10 (below the 5万元 maximum, so the rate binds); 4.8 is 0.70万元 over" },
      { rule: "cap.exceeded", cell: "G7", why: "50% of 13.6 is 6.80, so the 5万元 maximum binds; 6 is 1万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G3", why: "5 = the maximum (50% of 11.2619 would be 5.63)" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "4.4118 = 50% × 8.8236 exactly" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "3.7716 = 50% × 7.5432 exactly" },
      { rule: "register.ineligible-location", why: "瓶窑、鸬鸟、百丈、径山、黄湖 are towns and 闲林、仁和、良渚 streets of 余杭区" },
      { rule: "register.duplicate", why: "eight different firms" },
      { rule: "cap.exceeded", cell: "G11", why: "合计 31.9134 is no award" },
      { rule: "register.unpaid", why: "a list put up for comment (拟补助) records no payments" },
      { rule: "input.unreadable-value", why: "the festival periods are text describing the row, not dates to read" },
    ],
  },
};
