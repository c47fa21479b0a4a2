import type { CorpusLayout } from "../types";

// 百色市财政局 2020-08-27: the report on the first half of 2020's budget execution to the city's people's congress standing
// committee — each budget's spending given in prose as "完成年度预算…的…%". Laid out as a four-line table of spending against
// the year's budget (表据正文拟).
export const layout: CorpusLayout = {
  id: "baise-2020-h1-budget-expenditure-execution",
  source: {
    title: "关于2020年上半年全市和市本级预算执行情况的报告（全市各项预算支出执行情况表据正文拟）",
    url: "http://czj.baise.gov.cn/czyjsgkpt/sbjzfyjs_52927/sbjzfys/t6258927.shtml",
    publisher: "百色市财政局",
    date: "2020-08-27",
    changes:
      "Built from the prose (table from prose): the report states each budget's half-year spending and its share of the year's budget " +
      "in sentences; laid out as 项目 | 年度预算 | 1-6月支出 | 完成年度预算% in 亿元. Figures ours (near the published ones; the " +
      "published 社会保险基金 line is ours entirely). Planted: the 政府性基金 rate typed 58.39% where 36.52 / 68.40 = 53.39%; the " +
      "一般公共预算支出 line at 44.02% against the half-year's 50% is behind schedule.",
  },
  classes: ["execution", "half-year", "budget-and-spending", "rate-column", "two-decimal-yiyuan", "yiyuan-caption", "four-budgets", "table-from-prose", "prefecture-fund", "guangxi"],
  settings: { asOf: "2020-06-30", district: "百色市" },
  sheets: [
    {
      name: "预算执行",
      widths: [26, 14, 14, 16],
      rows: [
        ["2020年1-6月百色市各项预算支出执行情况表（表据正文拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "年度预算", "1-6月支出", "完成年度预算%"],
        ["一般公共预算支出", 552.4, 243.18, "44.02%"],
        ["政府性基金预算支出", 68.4, 36.52, "58.39%"],
        ["国有资本经营预算支出", 1.5, 1.22, "81.33%"],
        ["社会保险基金预算支出", 85.2, 40.18, "47.16%"],
        ["注：年度预算为市人民代表大会批准的年初预算数；支出为全市口径。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:C7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "36.52 / 68.40 = 53.39%, typed 58.39%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "243.18 / 552.40 = 44.02% against 6/12 = 50.00% as of 2020-06-30: 5.98 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D7", why: "40.18 / 85.20 = 47.16%: 2.84 points behind 50.00%, within 5" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "243.18 / 552.40 = 44.022% rounds to 44.02%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "1.22 / 1.50 = 81.33%" },
      { rule: "execution.total-mismatch", why: "four budgets side by side, no total row: none adds up to another" },
      { rule: "execution.overspent", cell: "C6", why: "1.22 of 1.50: under budget" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no line" },
    ],
  },
};
