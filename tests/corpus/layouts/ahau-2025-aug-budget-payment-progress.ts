import type { CorpusLayout } from "../types";

// 安徽农业大学计划财务处 2025: the first eight months' budget execution — each cut of the budget (总指标, 一般公共预算及政府基金,
// 政府采购, last year's carry-over) with 指标, 支付金额, 指标结余 and 支付进度率, written a paragraph each; laid out with 序时进度 beside.
export const layout: CorpusLayout = {
  id: "ahau-2025-aug-budget-payment-progress",
  source: {
    title: "安徽农业大学2025年1-8月预算执行情况（表据正文拟）",
    url: "https://cwc.ahau.edu.cn/info/1059/17338.htm",
    publisher: "安徽农业大学计划财务处",
    date: "2025-09",
    changes:
      "The page is prose; the table is ours (表据正文拟), its four lines and figures as published: 预算总指标 115,722.71万元, 支付 80,147.75, 结余 " +
      "35,574.96, 69.3%; 一般公共预算及政府基金预算 92,782.71 / 69,439.34 / 23,343.37 / 74.8%; 政府采购预算 17,065.5 / 11,542.64 / 5,522.86 / 67.6%; " +
      "2024年结转（结余） 12,061 / 10,206.29 / 1,854.7 / 84.6%. The 序时进度 column (8/12) and the note are ours. Planted: 政府采购预算's 支付进度率 " +
      "typed 64.7% where 11,542.64 / 17,065.5 = 67.6%. The lines are cuts of the budget that overlap (procurement runs across funds): no line is the sum of others.",
  },
  classes: [
    "execution", "payment-progress", "balance-column", "time-progress-column", "overlapping-cuts", "carry-over-line", "one-decimal-rate",
    "percent-text", "wanyuan-caption", "university", "built-from-prose", "anhui",
  ],
  settings: { asOf: "2025-08-31", district: "合肥市" },
  sheets: [
    {
      name: "预算执行",
      widths: [32, 14, 14, 14, 12, 10],
      rows: [
        ["安徽农业大学2025年1-8月预算执行情况表（表据正文拟）", null, null, null, null, null],
        ["截至2025年8月底", null, null, null, null, "单位：万元"],
        ["项目", "预算指标", "支付金额", "指标结余", "支付进度率", "序时进度"],
        ["1.预算支出执行总体情况", 115722.71, 80147.75, 35574.96, "69.3%", "66.67%"],
        ["2.一般公共预算及政府基金预算", 92782.71, 69439.34, 23343.37, "74.8%", "66.67%"],
        ["3.政府采购预算", 17065.5, 11542.64, 5522.86, "64.7%", "66.67%"],
        ["4.2024年预算资金结转（结余）", 12061, 10206.29, 1854.7, "84.6%", "66.67%"],
        ["注：推动大规模仪器设备更新二期2000万元尚未进入政府采购预算指标。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:E2", "A8:F8"],
      numberFormats: { "B4:D7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual", E: "rate", F: "progress" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "政府采购预算: 11,542.64 / 17,065.50 = 67.64%, typed 64.7%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E6", why: "67.64% actually paid against 66.67% time progress (8/12): ahead" },
      { rule: "execution.behind-schedule", cell: "E4", why: "80,147.75 / 115,722.71 = 69.26% against 66.67%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "69.26% rounds to 69.3%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "69,439.34 / 92,782.71 = 74.84%, shown 74.8%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "10,206.29 / 12,061 = 84.62%, shown 84.6%" },
      { rule: "execution.total-mismatch", cell: "B4", why: "the lines are overlapping cuts numbered as peers, none a 合计: 总指标 is not the sum of lines 2–4" },
      { rule: "execution.overspent", why: "every line paid less than its 指标" },
      { rule: "input.unreadable-value", why: "the as-of line and the note are text" },
    ],
  },
};
