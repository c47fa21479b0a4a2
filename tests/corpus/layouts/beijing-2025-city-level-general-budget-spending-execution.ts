import type { CorpusLayout } from "../types";

// 北京市财政局: 关于北京市2025年预算执行情况和2026年预算的报告 (2026-01-25, 市十六届人大四次会议). The report says the city-level
// spending was adjusted during the year (调整预算 approved by the 人大常委会); we lay the city-level 一般公共预算支出 out as the
// report's annexed execution table by function: 调整预算数 | 执行数 | 完成调整预算% in 亿元, the year ended. Figures ours.
export const layout: CorpusLayout = {
  id: "beijing-2025-city-level-general-budget-spending-execution",
  source: {
    title: "关于北京市2025年预算执行情况和2026年预算的报告（市级一般公共预算支出执行情况表据报告拟）",
    url: "https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/zhengce/zhengcefagui/202602/t20260206_4495110.html",
    publisher: "北京市财政局",
    date: "2026-02-06",
    changes:
      "As published: the budget report, in prose; it names the year's adjusted city-level budget. The table by function is built from the report (表据报告拟), nine functions kept, " +
      "all figures ours (亿元, one decimal; rates one decimal as numbers). Planted: 社会保障和就业支出's rate typed 96.4 (419.2 / 421.7 = 99.4%); 科学技术支出 at 86.0% with the year ended.",
  },
  classes: ["execution", "by-function", "adjusted-budget", "year-end", "one-decimal-rates", "rate-column-as-number", "one-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "budget-report", "province-level", "beijing"],
  settings: { district: "北京市", asOf: "2025-12-31" },
  sheets: [
    {
      name: "市级支出",
      widths: [28, 14, 12, 16],
      rows: [
        ["北京市2025年市级一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%"],
        ["一般公共服务支出", 142.6, 139.8, 98.0],
        ["公共安全支出", 318.4, 315.1, 99.0],
        ["教育支出", 512.3, 508.7, 99.3],
        ["科学技术支出", 468.5, 402.9, 86.0],
        ["社会保障和就业支出", 421.7, 419.2, 96.4],
        ["卫生健康支出", 276.8, 274.1, 99.0],
        ["城乡社区支出", 389.2, 383.6, 98.6],
        ["农林水支出", 138.5, 136.9, 98.8],
        ["交通运输支出", 301.6, 298.3, 98.9],
        ["支出合计", 2969.6, 2878.6, 96.9],
        ["注：调整预算数为经市十六届人大常委会审查批准的调整预算；执行数为快报数，决算时会有所变化。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:C14": "0.0", "D4:D14": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "市级支出", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2025 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "社会保障和就业支出 419.2 / 421.7 = 99.4%, typed 96.4" },
      { rule: "execution.behind-schedule", cell: "C7", why: "科学技术支出 402.9 / 468.5 = 86.0% with the year ended (100%): 14.0 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B13", why: "调整预算 lines add up to 2969.6 as stated" },
      { rule: "execution.total-mismatch", cell: "C13", why: "执行数 lines add up to 2878.6 as stated" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "2878.6 / 2969.6 = 96.94% rounds to 96.9" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "139.8 / 142.6 = 98.04% rounds to 98.0" },
      { rule: "execution.behind-schedule", cell: "C13", why: "a total row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "C4", why: "一般公共服务 at 98.0%: within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "社会保障和就业 actually at 99.4% (the typed 96.4 is the slip, and is within 5 points as well)" },
    ],
  },
};
