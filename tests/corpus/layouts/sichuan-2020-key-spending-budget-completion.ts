import type { CorpusLayout } from "../types";

// 县域财政2020 (税屋 tax100, 2022-11-10) quoting 四川's 2020 budget report: 一般公共预算支出11200.7亿元, then five spending lines each “完成预算的…%”.
// Laid out as the report's 主要支出项目完成情况表: 项目 | 预算数 | 执行数 | 完成预算% in 亿元, lines only (no total row: the 11200.7 is the whole
// province's spending, given in a note).
export const layout: CorpusLayout = {
  id: "sichuan-2020-key-spending-budget-completion",
  source: {
    title: "县域财政2020：四川省183个县区财政支出规模分析（2020年主要支出项目完成预算情况表据正文拟）",
    url: "https://www.tax100.com/archiver/tid-731843.html",
    publisher: "税屋（引四川省2020年预算执行情况）",
    date: "2022-11-10",
    changes:
      "As published: 2020 一般公共预算支出11200.7亿元 (增长8.2%) and its 其中 lines — 社会保障和就业 930.6 (99.9%), 交通运输 304.2 (99.8%), 教育 197.8 (93.5%), " +
      "公共安全 74.3 (88.4%), 卫生健康 45 (76.4%). The budgets are derived from those shares and rounded by us; 公共安全's budget is ours (77.2, not the ~84.1 " +
      "its 88.4% implies). Planted: 公共安全's share typed 99.2% where 74.3 / 77.2 = 96.2%. 教育 and 卫生健康 stay as far below their budgets as published.",
  },
  classes: ["execution", "budget-report", "by-function", "lines-without-total", "budget-alone", "one-decimal-rates", "rates-as-text", "year-end", "one-decimal-yiyuan", "yiyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "news-report", "province-level", "sichuan"],
  settings: { district: "四川省", asOf: "2021-01-31" },
  sheets: [
    {
      name: "主要支出完成情况",
      widths: [26, 12, 12, 14],
      rows: [
        ["四川省2020年一般公共预算主要支出项目完成情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "完成预算%"],
        ["社会保障和就业支出", 931.5, 930.6, "99.9%"],
        ["交通运输支出", 304.8, 304.2, "99.8%"],
        ["教育支出", 211.6, 197.8, "93.5%"],
        ["公共安全支出", 77.2, 74.3, "99.2%"],
        ["卫生健康支出", 58.9, 45.0, "76.4%"],
        ["注：2020年全省一般公共预算支出11200.7亿元，增长8.2%。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "B4:C8": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "主要支出完成情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "公共安全支出 74.3 / 77.2 = 96.2%, not the 99.2% stated" },
      { rule: "execution.behind-schedule", cell: "C6", why: "教育支出 197.8 / 211.6 = 93.5% at the end of 2020 (time progress 100%): 6.5 points behind, more than 5" },
      { rule: "execution.behind-schedule", cell: "C8", why: "卫生健康支出 45.0 / 58.9 = 76.4% at the end of 2020: 23.6 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "930.6 / 931.5 = 99.90%, as stated" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "197.8 / 211.6 = 93.48% rounds to 93.5%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "45.0 / 58.9 = 76.40%" },
      { rule: "execution.behind-schedule", cell: "C7", why: "公共安全 at 96.2% of its budget is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "C5", why: "交通运输 99.8%" },
      { rule: "execution.overspent", why: "every line spent less than its budget" },
      { rule: "execution.total-mismatch", why: "no total row: the note's 11200.7亿元 is the whole province, not these lines' sum" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no data row" },
    ],
  },
};
