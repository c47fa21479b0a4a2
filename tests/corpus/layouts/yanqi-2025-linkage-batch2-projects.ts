import type { CorpusLayout } from "../types";

// 焉耆回族自治县 县委农村工作领导小组 2025 (巴财农〔2025〕11号 / 12号): the review of the second batch of 中央 and 自治区 衔接资金 projects —
// twelve projects, 2,599万元: one 中央（第二批） project, one 少数民族发展资金 project and ten 自治区（第二批） projects, named in prose with
// their amounts. Laid out as the project list such a review annexes: 合计 first, each source a category row with its count and 小计.
export const layout: CorpusLayout = {
  id: "yanqi-2025-linkage-batch2-projects",
  source: {
    title: "关于焉耆县2025年中央、自治区（第二批）财政衔接推进乡村振兴补助资金项目审核意见的反馈（项目表据正文拟）",
    url: "https://www.xjyq.gov.cn/xjyqx/c109839/202507/eb0ff360516c4c4281eaa758c62b09dd.shtml",
    publisher: "焉耆回族自治县 县委农村工作领导小组办公室",
    date: "2025-07",
    changes:
      "As published: the documents (巴财农〔2025〕11号, 12号), the three sources and their counts (中央（第二批） 1个, 少数民族发展资金 1个, 自治区（第二批） 10个, " +
      "12个 in all), the twelve projects' names and their towns. The review is prose: the table (序号 | 项目名称 | 建设地点 | 资金规模（万元） | 备注, 合计 first, " +
      "a category row per source with its 小计) arranges it; every amount is ours. Planted: 自治区 小计 2,171 where its ten projects add up to 2,181.",
  },
  classes: ["composition", "allocation-by-project", "total-row-first", "category-rows-with-subtotals", "count-in-category-row", "whole-wanyuan", "towns-as-places", "report-as-prose", "wanyuan-in-header", "autonomous-county", "xinjiang"],
  sheets: [
    {
      name: "项目表",
      widths: [8, 44, 22, 16, 18],
      rows: [
        ["焉耆县2025年中央、自治区（第二批）财政衔接推进乡村振兴补助资金项目表", null, null, null, null],
        ["序号", "项目名称", "建设地点", "资金规模（万元）", "备注"],
        [null, "合计（12个）", null, 2631, null],
        ["一", "中央（第二批）财政衔接推进乡村振兴补助资金（1个）", null, 310, "小计"],
        [1, "永宁镇下岔河村库房建设项目（二期）", "永宁镇下岔河村", 310, null],
        ["二", "少数民族发展资金（1个）", null, 150, "小计"],
        [1, "七个星镇夏热采开村卫生纸生产项目", "七个星镇夏热采开村", 150, null],
        ["三", "自治区（第二批）财政衔接推进乡村振兴补助资金（10个）", null, 2171, "小计"],
        [1, "焉耆镇上四号渠生态渔业养殖项目", "焉耆镇", 85, null],
        [2, "焉耆县桶装水生产建设项目（二期）", "焉耆县", 210, null],
        [3, "包尔海乡马鹿养殖基地建设项目", "包尔海乡", 240, null],
        [4, "七个星镇呼尔东村加压蓄水池建设项目", "七个星镇呼尔东村", 165, null],
        [5, "四十里城子镇蓄水池建设项目", "四十里城子镇", 330, null],
        [6, "五号渠乡2025年小型水利建设项目", "五号渠乡", 350, null],
        [7, "北大渠乡北渠村五组蓄水池建设项目", "北大渠乡北渠村", 128, null],
        [8, "北大渠乡六十户村蓄水池建设项目", "北大渠乡六十户村", 128, null],
        [9, "包尔海乡包尔海村蓄水池项目", "包尔海乡包尔海村", 265, null],
        [10, "查汗采开乡、良种场小型水利工程建设项目", "查汗采开乡、良种场", 280, null],
        ["注：以上项目符合乡村振兴发展实际，资金安排符合中央、自治区财政衔接推进乡村振兴补助资金项目投向。", null, null, null, null],
      ],
      merges: ["A1:E1", "A19:E19"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 18,
        columns: { A: "code", B: "line", C: "category", D: "amount" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D8",
        why: "自治区: 85 + 210 + 240 + 165 + 330 + 350 + 128 + 128 + 265 + 280 = 2,181; 小计 states 2,171 (10 less), whole 万元 so exact",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "中央 310 = its one project" },
      { rule: "composition.total-mismatch", cell: "D6", why: "少数民族发展资金 150 = its one project" },
      { rule: "composition.total-mismatch", cell: "D3", why: "合计 first = the stated 小计s: 310 + 150 + 2,171 = 2,631 (the slip is the 自治区 小计's alone)" },
      { rule: "composition.line-mismatch", why: "no unit × quantity; the counts in the category rows (1个, 10个) are in their names" },
      { rule: "input.unreadable-value", why: "备注 小计 marks a row; 建设地点 is text" },
    ],
  },
};
