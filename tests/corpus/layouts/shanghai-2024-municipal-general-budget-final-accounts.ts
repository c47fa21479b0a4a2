import type { CorpusLayout } from "../types";

// 上海市财政局, 关于上海市2024年市级决算及2025年上半年预算执行情况的报告 (市人大常委会 2025-07-31): （一）2024年一般公共预算收支决算情况 in
// prose — 全市 and 市级 revenue as 为预算的 %, spending as 完成调整预算的 %, each with its growth on 2023 — laid out as the 决算 table such reports
// annex: 项目 | 预算数 | 决算数 | 为预算% | 比上年增长%, in 亿元, a note under it.
export const layout: CorpusLayout = {
  id: "shanghai-2024-municipal-general-budget-final-accounts",
  source: {
    title: "关于上海市2024年市级决算及2025年上半年预算执行情况的报告（一般公共预算收支决算表据正文拟）",
    url: "https://www.shanghai.gov.cn/nw12339/20251202/bfe0112fe7d44e72a61e6d7bbd950689.html",
    publisher: "上海市财政局",
    date: "2025-12-02",
    changes:
      "The page is prose; the table, its headings and the note are ours, with the report's four lines in its order (全市收入, 全市支出, 市级收入, then " +
      "市级支出, which the stored copy cuts off). Every figure is ours (the report's 全市 revenue is 8,374.2亿元, 95.9%). Planted: 市级一般公共预算支出's " +
      "share typed 97.4% where 2,906.8 / 3,015.0 = 96.4%; 市级 revenue collected 93.7% of its budget, 6.3 points short at the closed year's end.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "city-and-municipal-lines", "growth-column", "one-decimal-rate", "percent-text", "past-year", "yiyuan-caption", "notes-under-table", "table-from-prose", "budget-report", "province-fund", "shanghai"],
  settings: { district: "上海市", asOf: "2025-07-31" },
  sheets: [
    {
      name: "决算情况",
      widths: [30, 14, 14, 12, 14],
      rows: [
        ["上海市2024年一般公共预算收支决算情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "为预算%", "比上年增长%"],
        ["全市一般公共预算收入", 8745.0, 8390.6, "95.9%", "0.9%"],
        ["全市一般公共预算支出", 10036.0, 9890.2, "98.5%", "2.6%"],
        ["市级一般公共预算收入", 4120.0, 3862.4, "93.7%", "0.3%"],
        ["市级一般公共预算支出", 3015.0, 2906.8, "97.4%", "1.8%"],
        ["注：收入为预算的%按年初预算计算，支出为预算的%按调整预算计算；全市数含市级和区级。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "决算情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "市级支出 2,906.8 / 3,015.0 = 96.41%, shown 97.4%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "市级收入 3,862.4 / 4,120.0 = 93.7% at the end of 2024 (time progress 100%): 6.3 points short, beyond 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "8,390.6 / 8,745.0 = 95.95% → 95.9%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "9,890.2 / 10,036.0 = 98.55% → 98.5%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on 2023, not a share of the budget" },
      { rule: "execution.behind-schedule", cell: "D4", why: "全市收入 95.9%: 4.1 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "D7", why: "市级支出 96.4%: 3.6 points short, within 5" },
      { rule: "execution.overspent", why: "no line above its budget" },
      { rule: "execution.total-mismatch", why: "市级 lines are not written as 其中 of the 全市 lines, and no total row: nothing to add up" },
    ],
  },
};
