import type { CorpusLayout } from "../types";

// 六安市财政局 2024 1-8月: central 直达资金 received and spent by field, in 亿元 — 收到 147.6, 支出 99.7, 支出进度 67.5%, 社保补助 28.3
// (83.2%), 农业补助 15.8, 教育补助 10.0 — as 领域 | 收到直达资金 | 累计支出 | 支出进度, 合计 first, the province's average in a note.
export const layout: CorpusLayout = {
  id: "luan-2024-aug-direct-funds-execution-by-field",
  source: {
    title: "六安市2024年1-8月份直达资金预算执行情况（分领域执行表据正文拟）",
    url: "https://czj.luan.gov.cn/public/6608251/10570296.html",
    publisher: "六安市财政局",
    date: "2024-09",
    changes:
      "The page is prose: 收到147.6亿元、支出99.7亿元、支出进度67.5%、高于全省平均1.8个百分点; 社保补助 28.3亿元 83.2%; 农业补助 15.8亿元; " +
      "教育补助 10亿元 79.2%. We built the table from it (title suffix 表据正文拟): the 合计, 社保 and the three spent figures kept; the " +
      "budgets of 农业 / 教育, the 卫生健康 and 其他 lines are ours (教育's 收到 12.6, so its share is 79.4%). Planted: 农业补助's 支出进度 typed " +
      "75.0% where 15.8 / 20.0 = 79.0%; 其他领域 46.7% against August's 8/12 = 66.67%.",
  },
  classes: [
    "execution", "direct-funds", "by-field", "total-row-first", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption",
    "as-of-in-title", "time-progress-by-month", "notes-under-table", "province-average-in-note", "table-from-prose", "city-level", "anhui",
  ],
  settings: { district: "六安市", asOf: "2024-08-31" },
  sheets: [
    {
      name: "直达资金执行",
      widths: [22, 16, 14, 12],
      rows: [
        ["六安市2024年1-8月份直达资金预算执行情况（表据正文拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["领域", "收到直达资金", "累计支出", "支出进度"],
        ["合计", 147.6, 99.7, "67.5%"],
        ["社保补助", 34.0, 28.3, "83.2%"],
        ["农业补助", 20.0, 15.8, "75.0%"],
        ["教育补助", 12.6, 10.0, "79.4%"],
        ["卫生健康补助", 24.0, 19.0, "79.2%"],
        ["其他领域", 57.0, 26.6, "46.7%"],
        ["注：支出进度=累计支出/收到直达资金。全省平均支出进度65.7%，我市高于全省平均水平1.8个百分点，居全省第三位。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "直达资金执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "农业补助 15.8 / 20.0 = 79.0%, typed 75.0%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "其他领域 26.6 / 57.0 = 46.7% against 8/12 = 66.67% as of 2024-08-31: 20.0 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "147.6 = 34.0 + 20.0 + 12.6 + 24.0 + 57.0" },
      { rule: "execution.total-mismatch", cell: "C4", why: "99.7 = 28.3 + 15.8 + 10.0 + 19.0 + 26.6" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "99.7 / 147.6 = 67.55%, shown 67.5% at one decimal (67.547 rounds to 67.5)" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "28.3 / 34.0 = 83.24% → 83.2%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "19.0 / 24.0 = 79.17% → 79.2%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a 合计 row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "D6", why: "农业补助 79.0% is ahead of 66.67%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "教育补助 79.4% is ahead of 66.67%" },
      { rule: "execution.overspent", why: "no line spent more than it received" },
      { rule: "execution.rate-mismatch", cell: "A10", why: "the note's 65.7% and 1.8 points are the province's average, not a line" },
    ],
  },
};
