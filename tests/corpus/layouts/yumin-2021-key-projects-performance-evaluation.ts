import type { CorpusLayout } from "../types";

// 裕民县财政局 2023-04-12: 裕民县2021年10个重点项目绩效评价报告公开 — prose, one paragraph a project: what was built, the 2021 money sent
// down (财政专项扶贫资金, 以工代赈 衔接资金 …), what was paid by 2021-12-31 and its 支付完成率, the third party's score and grade. Laid
// out as the results table: 序号 | 项目名称 | 资金类型 | 下达资金 | 实际支付 | 支付完成率 | 评价得分 | 评价等级.
export const layout: CorpusLayout = {
  id: "yumin-2021-key-projects-performance-evaluation",
  source: {
    title: "裕民县2021年10个重点项目绩效评价报告公开（评价结果表据正文拟）",
    url: "http://xjym.gov.cn/czgk/25280.html",
    publisher: "裕民县财政局",
    date: "2023-04-12",
    changes:
      "The page is prose; the table, its title and headings are ours, on the paragraphs' facts (project, fund, money sent down, paid by " +
      "2021-12-31, 支付完成率, score, grade). Five projects kept (the stored copy shows four of the ten; the fifth is ours); every figure is ours. " +
      "Planted: 北哈拉布拉村旅游扶贫交易市场 at 94.06% at the year's end; 南哈拉布拉村大棚's share typed 98.00% where 230.40 / 240 = 96.00%; " +
      "吉也克镇 water-supply project with nothing paid of 150.",
  },
  classes: ["execution", "payment-progress", "score-column", "grade-column", "fund-type-column", "past-year", "total-at-foot", "two-decimal-rate", "percent-text", "table-from-prose", "county-fund", "xinjiang"],
  settings: { district: "裕民县", asOf: "2021-12-31" },
  sheets: [
    {
      name: "评价结果",
      widths: [6, 40, 22, 12, 12, 12, 10, 10],
      rows: [
        ["裕民县2021年重点项目绩效评价结果表（表据正文拟）", null, null, null, null, null, null, null],
        ["支付数截至2021年12月31日", null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "资金类型", "下达资金", "实际支付", "支付完成率", "评价得分", "评价等级"],
        [1, "哈拉布拉乡南哈拉布拉村农田道路建设项目", "财政专项扶贫资金", 197, 188.15, "95.51%", 91.8, "优秀"],
        [2, "哈拉布拉乡北哈拉布拉村旅游扶贫交易市场建设项目", "财政专项扶贫资金", 108, 101.59, "94.06%", 90.76, "优秀"],
        [3, "哈拉布拉乡北哈拉布拉村村内干道、巷道路面硬化建设项目", "衔接资金（以工代赈）", 300, 289.14, "96.38%", 90.36, "优秀"],
        [4, "哈拉布拉乡南哈拉布拉村大棚建设项目", "衔接资金", 240, 230.4, "98.00%", 88.5, "良好"],
        [5, "吉也克镇农村供水管网改造项目", "衔接资金", 150, 0, "0.00%", 61.2, "中"],
        ["合计", null, null, 995, 809.28, "81.33%", null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A9:C9"],
      numberFormats: { "D4:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "评价结果",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "code", B: "line", C: "category", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E5", why: "101.59 / 108 = 94.06% at the end of 2021, 5.94 points under 100%" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "230.40 / 240 = 96.00%, typed 98.00%" },
      { rule: "execution.no-spending", cell: "E8", why: "吉也克镇 project paid nothing of 150 by 2021-12-31" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E4", why: "188.15 / 197 = 95.51%: 4.49 points under 100%, within 5" },
      { rule: "execution.behind-schedule", cell: "E7", why: "96.00%: 4 points under" },
      { rule: "execution.behind-schedule", cell: "E9", why: "a total row gets no spending status of its own" },
      { rule: "execution.behind-schedule", cell: "E8", why: "nothing paid is no-spending, not also behind schedule" },
      { rule: "execution.total-mismatch", cell: "E9", why: "809.28 = 188.15 + 101.59 + 289.14 + 230.40 + 0; 995 = 197 + 108 + 300 + 240 + 150" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "809.28 / 995 = 81.33%" },
      { rule: "input.unreadable-value", cell: "H4", why: "评价等级 is a grade in words" },
    ],
  },
};
