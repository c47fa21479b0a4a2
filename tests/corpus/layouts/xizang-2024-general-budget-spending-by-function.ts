import type { CorpusLayout } from "../types";

// 西藏日报 2025-01-27: 自治区财政厅 关于西藏自治区2024年预算执行情况和2025年预算草案的报告 — the stored copy holds the report's opening
// (收入规模创新高, 支出连续两年结转零增加) but not its figures. Laid out as the report's annexed 一般公共预算支出执行情况表 by function, against the
// 年初预算 alone; every figure ours.
export const layout: CorpusLayout = {
  id: "xizang-2024-general-budget-spending-by-function",
  source: {
    title: "关于西藏自治区2024年预算执行情况和2025年预算草案的报告（一般公共预算支出执行情况表据报告拟）",
    url: "https://e.xzxw.com/xzrb/202501/27/content_293616.html",
    publisher: "西藏自治区财政厅（西藏日报）",
    date: "2025-01-27",
    changes:
      "As published: the report's title, date and its opening on the year's execution; the stored copy shows no table and no figures. The table " +
      "(twelve functions, 年初预算数 | 执行数 | 为年初预算% | 比上年增长%, 亿元) and all its figures are ours (表据报告拟). Planted: 教育支出's rate typed " +
      "99.8 for 341.2 / 345.0 = 98.9%; 科学技术支出 at 85.5% of its budget when the year has ended; 农林水支出 531.6 against a budget of 500.0.",
  },
  classes: ["execution", "by-function", "initial-budget-only", "year-end", "growth-column", "one-decimal-rates", "rate-column-as-number", "one-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-not-in-stored-copy", "province-level", "xizang"],
  settings: { district: "西藏自治区", asOf: "2024-12-31" },
  sheets: [
    {
      name: "支出执行",
      widths: [28, 14, 12, 14, 14],
      rows: [
        ["西藏自治区2024年一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "执行数", "为年初预算%", "比上年增长%"],
        ["一般公共服务支出", 220.0, 214.6, 97.5, 3.2],
        ["公共安全支出", 190.0, 186.8, 98.3, 1.9],
        ["教育支出", 345.0, 341.2, 99.8, 4.6],
        ["科学技术支出", 20.0, 17.1, 85.5, -6.0],
        ["文化旅游体育与传媒支出", 65.0, 63.9, 98.3, -3.5],
        ["社会保障和就业支出", 330.0, 327.5, 99.2, 6.8],
        ["卫生健康支出", 160.0, 158.3, 98.9, 2.1],
        ["节能环保支出", 105.0, 102.4, 97.5, -8.4],
        ["城乡社区支出", 270.0, 266.1, 98.6, -4.9],
        ["农林水支出", 500.0, 531.6, 106.3, 9.7],
        ["交通运输支出", 270.0, 266.5, 98.7, -2.2],
        ["其他支出", 300.0, 290.2, 96.7, 12.4],
        ["全区一般公共预算支出合计", 2775.0, 2766.2, 99.7, 3.1],
        ["注：执行数为快报数，最终以决算数为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:E16": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 16, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "教育支出 341.2 / 345.0 = 98.9%, typed 99.8" },
      { rule: "execution.behind-schedule", cell: "C7", why: "科学技术支出 17.1 / 20.0 = 85.5% with the year ended (100%): 14.5 points behind" },
      { rule: "execution.overspent", cell: "C13", why: "农林水支出 spent 531.6 of a budget of 500.0: 31.6亿元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C16", why: "the twelve functions add up to 2775.0 budgeted and 2766.2 spent, as stated" },
      { rule: "execution.rate-mismatch", cell: "D16", why: "2766.2 / 2775.0 = 99.68%, shown 99.7" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "节能环保 102.4 / 105.0 = 97.52%, shown 97.5; 一般公共服务 214.6 / 220.0 = 97.55%, shown 97.5 — both round so" },
      { rule: "execution.behind-schedule", cell: "C15", why: "其他支出 96.7%, 3.3 points short of 100: within 5" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "比上年增长% is growth on last year, not an execution rate" },
      { rule: "input.unreadable-value", why: "the note and caption are text by nature" },
    ],
  },
};
