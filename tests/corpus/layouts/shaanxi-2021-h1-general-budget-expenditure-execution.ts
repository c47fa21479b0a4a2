import type { CorpusLayout } from "../types";

// 陕西省财政厅 2021-07-26 report to the provincial people's congress standing committee: 1-6月 一般公共预算支出 3,078.34亿元, 58.59% of the
// adjusted budget, with 教育 / 科技 / 卫生健康 growth named; set out as a by-function execution table in 亿元, 合计 first.
export const layout: CorpusLayout = {
  id: "shaanxi-2021-h1-general-budget-expenditure-execution",
  source: {
    title: "今年上半年陕西省科技支出增长98.11%（1-6月一般公共预算支出执行情况表据报道拟）",
    url: "https://shaanxi.china.com/m/news/20000876/20210727/25433317.html",
    publisher: "陕西日报（中华网陕西转载）",
    date: "2021-07-27",
    changes:
      "The report is prose. Kept from it: the 合计 — 支出 3,078.34亿元, 58.59% of the adjusted budget (调整预算 5,254.04亿元 is ours, " +
      "3,078.34 ÷ 58.59%) — and the growth of 教育 8.95%, 科学技术 98.11%, 卫生健康 16.25%. The table, its lines by function, their budgets, " +
      "spending and the other growth figures are ours (— where the report gives none). Planted: 教育's share typed 58.34% (462.31 ÷ 820.50 = 56.34%); " +
      "住房保障 at 37.50% against the half year's 50%.",
  },
  classes: [
    "execution", "by-function", "adjusted-budget-alone", "growth-column", "total-row-first", "percent-format-rates", "two-decimal-yiyuan",
    "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "province-level", "shaanxi",
  ],
  settings: { asOf: "2021-06-30", district: "陕西省" },
  sheets: [
    {
      name: "支出执行",
      widths: [22, 14, 14, 16, 18],
      rows: [
        ["陕西省2021年1-6月一般公共预算支出执行情况表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "1-6月支出", "完成调整预算%", "比上年同期增长%"],
        ["合计", 5254.04, 3078.34, 0.5859, 0.0636],
        ["教育", 820.5, 462.31, 0.5834, 0.0895],
        ["科学技术", 118.6, 71.28, 0.601, 0.9811],
        ["社会保障和就业", 960.2, 574.35, 0.5982, "—"],
        ["卫生健康", 520.4, 301.62, 0.5796, 0.1625],
        ["农林水", 610.3, 330.48, 0.5415, "—"],
        ["住房保障", 230.8, 86.55, 0.375, "—"],
        ["城乡社区", 480.6, 262.1, 0.5454, "—"],
        ["其他支出", 1512.64, 989.65, 0.6543, "—"],
        ["注：1-6月全省一般公共预算支出3078.34亿元，比上年同期增长6.36%，完成调整预算的58.59%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "#,##0.00", "D4:E12": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "支出执行", cell: "D5", why: "教育 462.31 ÷ 820.50 = 56.34%, typed 58.34%" },
      { rule: "execution.behind-schedule", sheet: "支出执行", cell: "C10", why: "住房保障 86.55 ÷ 230.80 = 37.50% against 6/12 = 50% as of 2021-06-30: 12.5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "支出执行", cell: "B4", why: "the eight budgets add up to 5,254.04" },
      { rule: "execution.total-mismatch", sheet: "支出执行", cell: "C4", why: "the eight lines' spending adds up to 3,078.34" },
      { rule: "execution.rate-mismatch", sheet: "支出执行", cell: "E6", why: "比上年同期增长 98.11% is growth, not a share of the budget" },
      { rule: "execution.rate-mismatch", sheet: "支出执行", cell: "D4", why: "3,078.34 ÷ 5,254.04 = 58.59%" },
      { rule: "execution.behind-schedule", sheet: "支出执行", cell: "C9", why: "农林水 54.15% is above 50% − 5" },
      { rule: "execution.behind-schedule", sheet: "支出执行", cell: "C4", why: "a total row gets no status of its own" },
      { rule: "execution.overspent", why: "no line spent above its budget" },
    ],
  },
};
