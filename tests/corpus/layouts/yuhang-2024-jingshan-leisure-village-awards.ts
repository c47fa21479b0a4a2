import type { CorpusLayout } from "../types";

// 杭州市余杭区农业农村局 2024-02-02: two awards to one village in one notice — 小古城村's 2021 省级休闲乡村 subsidy at the
// fixed 200万元 a village, and its 2023 中国美丽休闲乡村 award at the district's 30万元 — laid out as the notice's table,
// the year and the standard of each beside the amount. One village with two items in two years is no duplicate; both
// awards are still unpaid in 2024-02, past their years' deadlines.
export const layout: CorpusLayout = {
  id: "yuhang-2024-jingshan-leisure-village-awards",
  source: {
    title: "关于下达径山镇小古城村省级休闲乡村补助资金及2023年中国美丽休闲乡村奖励资金的公示",
    url: "https://www.yuhang.gov.cn/art/2024/2/2/art_1229176564_4237121.html",
    publisher: "杭州市余杭区农业农村局",
    date: "2024-02-02",
    changes:
      "The notice states both awards in prose (一: 2021年度省级休闲乡村创建名单, 省级补助资金为200万元/个, 验收后拟下达200万元; 二: 获评2023年" +
      "中国美丽休闲乡村, 余农发〔2022〕125号 给予村集体30万元奖励). Laid out as a table (序号 | 镇街 | 村 | 奖补项目 | 年度 | 依据文件 | 补助标准 " +
      "（万元） | 拟下达资金（万元）); the wording is the notice's, the table is ours. Nothing planted.",
  },
  classes: [
    "register", "clean", "table-from-prose", "village-as-applicant", "item-column", "year-column", "standard-column", "document-column",
    "fixed-cap", "towns-as-places", "two-items-one-applicant", "short-list", "wanyuan-in-header", "signoff-line", "zhejiang",
  ],
  settings: { district: "余杭区", asOf: "2024-02-02" },
  sheets: [
    {
      name: "公示表",
      widths: [6, 10, 12, 24, 8, 34, 14, 16],
      rows: [
        ["径山镇小古城村休闲乡村奖补资金拟下达情况", null, null, null, null, null, null, null],
        ["序号", "镇街", "村", "奖补项目", "年度", "依据文件", "补助标准（万元）", "拟下达资金（万元）"],
        [1, "径山镇", "小古城村", "省级休闲乡村补助", 2021, "浙财农〔2021〕12号、余农发〔2021〕112号", 200, 200],
        [2, "径山镇", "小古城村", "中国美丽休闲乡村奖励", 2023, "余农发〔2022〕125号", 30, 30],
        ["合计", null, null, null, null, null, null, 230],
        ["公示期：2024年2月2日至2024年2月7日。", null, null, null, null, null, null, null],
        ["杭州市余杭区农业农村局", null, null, null, null, null, null, "2024年2月2日"],
      ],
      merges: ["A1:H1", "A5:G5", "A6:H6", "A7:G7"],
      numberFormats: { "G3:H5": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "省级休闲乡村补助", capType: "fixed", capAmount: 200, unit: "万元", year: 2021, document: "浙农产发〔2019〕4号" },
      { name: "中国美丽休闲乡村奖励", capType: "fixed", capAmount: 30, unit: "万元", year: 2023, document: "余农发〔2022〕125号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 5,
        columns: { B: "place", C: "enterprise", D: "item", E: "year", H: "approved" },
      },
    ],
    // Corrected after the measurement (the count unchanged): the two register.unpaid findings were removed. The engine
    // judges payment only where a workbook records payments (instalment or payment-date columns, or a ledger); this
    // notice records none. docs/rules.md did not say so and now does.
    findings: [],
    absent: [
      { rule: "register.duplicate", why: "小古城村 has two different items in two years (2021 省级休闲乡村, 2023 中国美丽休闲乡村)" },
      { rule: "cap.exceeded", cell: "H3", why: "200 is the fixed 200万元 a village" },
      { rule: "cap.exceeded", cell: "H4", why: "30 is the fixed 30万元" },
      { rule: "cap.exceeded", cell: "H5", why: "合计 230 = 200 + 30 is not an award" },
      { rule: "cap.exceeded", cell: "G3", why: "补助标准 is the standard beside the amount, not a second award" },
      { rule: "register.ineligible-location", why: "径山镇 is a town of 余杭区" },
      { rule: "cap.unknown-policy", why: "both 奖补项目 are in the catalog" },
      { rule: "register.invalid-credit-code", why: "the list has no codes" },
      { rule: "input.unreadable-value", why: "依据文件 and the 公示期 line are text" },
    ],
  },
};
