import type { CorpusLayout } from "../types";

// 贵州省财政厅 2026-01-27: report on the 2025 budget's execution to the provincial congress — 全省一般公共预算支出 6556.39亿元, 增长0.5%,
// 民生类重点支出 4410.75亿元 (67.3%). The report is prose; laid out as the 支出执行情况表 such reports annex: 项目 | 预算数 | 执行数 |
// 完成预算% | 比上年增长%, 亿元.
export const layout: CorpusLayout = {
  id: "guizhou-2025-province-general-budget-expenditure-execution",
  source: {
    title: "贵州省2025年预算执行情况和2026年预算草案的报告（全省一般公共预算支出执行情况表据正文拟）",
    url: "https://czt.guizhou.gov.cn/zwgk/zdlyxx/czys/202602/t20260214_89549920.html",
    publisher: "贵州省财政厅",
    date: "2026-01-27",
    changes:
      "As published: 全省一般公共预算支出完成6556.39亿元, 增长0.5%, 民生类重点支出4410.75亿元 占67.3% (kept in the note). The report is prose: " +
      "the table, its headings, the split by function, every budget and every line's figure are ours, the lines adding up to the published " +
      "6556.39. Planted: 教育支出's rate typed 96.51 where 1162.45 / 1180 = 98.51%; 交通运输支出 at 88.43% of its budget at the year's end.",
  },
  classes: ["execution", "by-function", "province-wide", "growth-column", "rates-as-numbers", "percent-in-header", "total-row-first", "yiyuan-caption", "notes-under-table", "year-in-title", "table-from-prose", "guizhou"],
  settings: { asOf: "2025-12-31", district: "贵州省" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 12, 12, 12, 12],
      rows: [
        ["贵州省2025年全省一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "完成预算%", "比上年增长%"],
        ["全省一般公共预算支出", 6770, 6556.39, 96.84, 0.5],
        ["一般公共服务支出", 520, 498.36, 95.84, 2.1],
        ["教育支出", 1180, 1162.45, 96.51, 3.4],
        ["社会保障和就业支出", 980, 972.18, 99.2, 4.2],
        ["卫生健康支出", 560, 548.2, 97.89, 1.5],
        ["农林水支出", 860, 846.52, 98.43, -0.8],
        ["交通运输支出", 420, 371.4, 88.43, -12.6],
        ["城乡社区支出", 450, 441.63, 98.14, 0.9],
        ["其他支出", 1800, 1715.65, 95.31, -1.2],
        ["注：全省民生类重点支出4410.75亿元，占一般公共预算支出的67.3%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "0.00", "D4:E12": "0.00" },
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
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "教育支出 1162.45 / 1180 = 98.51%, stated 96.51" },
      { rule: "execution.behind-schedule", cell: "D10", why: "交通运输支出 371.4 / 420 = 88.43% at the year's end (time progress 100%): 11.57 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "498.36 + 1162.45 + 972.18 + 548.2 + 846.52 + 371.4 + 441.63 + 1715.65 = 6556.39" },
      { rule: "execution.total-mismatch", cell: "B4", why: "520 + 1180 + 980 + 560 + 860 + 420 + 450 + 1800 = 6770" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "6556.39 / 6770 = 96.84%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on last year, never the rate" },
      { rule: "execution.behind-schedule", cell: "D12", why: "其他支出 95.31%: 4.69 points below 100, within 5" },
      { rule: "execution.behind-schedule", cell: "D5", why: "一般公共服务支出 95.84%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the total row gets no status of its own" },
      { rule: "execution.overspent", why: "no line spends above its budget" },
      { rule: "input.unreadable-value", why: "the note is prose" },
    ],
  },
};
