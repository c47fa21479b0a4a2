import type { CorpusLayout } from "../types";

// 伊川县财政局 (河南 洛阳) 2022-05-23: the report on the county's 2021 budget execution to the county people's congress — each budget's
// year-start budget, its adjusted budget where it was changed, the outcome, its share of the budget and its change on last year. Laid out as the
// table behind the report: 项目 | 年初预算数 | 调整预算数 | 完成数 | 完成预算% | 同比增长%.
export const layout: CorpusLayout = {
  id: "yichuan-2021-budget-execution",
  source: {
    title: "伊川县2021年财政预算执行情况和2022年财政预算（草案）的报告（一、2021年财政预算执行情况；表据正文拟）",
    url: "https://gcs66.com/document_detail/109458.html",
    publisher: "伊川县财政局",
    date: "2022-05-23",
    changes:
      "As published: 全县一般公共财政收入 21.06 → 21.87亿元 (103.8%, +11.9%); 支出 35.81 adjusted to 45.12, 36.96 (+4.9%); 基金收入 20.65 → 17.07 " +
      "(82.6%, +9.5%); 基金支出 21.56 adjusted to 19.44, 15.17 (78%, −15%); 县本级收入 17.36 → 17.18 (99%, +9.6%). Ours: the table form, the rates the report " +
      "does not state (81.9%), the 县本级支出 line (the excerpt stops before it). Planted: 县本级支出 stated 92.5% where 28.66 / 32.40 = 88.46%.",
  },
  classes: ["execution", "county-report", "year-end", "initial-and-adjusted-budget", "revenue-and-spending-lines", "growth-column", "yiyuan-caption", "two-decimal-yiyuan", "rates-as-numbers", "published-rate-within-rounding", "table-from-prose", "henan"],
  sheets: [
    {
      name: "执行情况",
      widths: [28, 12, 12, 12, 12, 12],
      rows: [
        ["伊川县2021年财政预算执行情况表", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["项目", "年初预算数", "调整预算数", "完成数", "完成预算%", "同比增长%"],
        ["一、全县一般公共预算收入", 21.06, "—", 21.87, 1.038, 0.119],
        ["二、全县一般公共预算支出", 35.81, 45.12, 36.96, 0.819, 0.049],
        ["三、全县政府性基金收入", 20.65, "—", 17.07, 0.826, 0.095],
        ["四、全县政府性基金支出", 21.56, 19.44, 15.17, 0.78, -0.15],
        ["五、县本级一般公共预算收入", 17.36, "—", 17.18, 0.99, 0.096],
        ["六、县本级一般公共预算支出", 30.12, 32.4, 28.66, 0.925, 0.031],
        ["注：调整预算数经县人大常委会批准；完成预算%按调整预算数计算，未调整的按年初预算数计算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A10:F10"],
      numberFormats: { "B4:D9": "0.00", "E4:F9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E9", why: "县本级支出 28.66 / 32.40 = 88.46%, stated 92.5%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "全县支出 36.96 / 45.12 = 81.91% at the year's end (time progress 100%): more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "D6", why: "基金收入 17.07 / 20.65 = 82.66% at the year's end: behind" },
      { rule: "execution.behind-schedule", cell: "D7", why: "基金支出 15.17 / 19.44 = 78.03% at the year's end: behind" },
      { rule: "execution.behind-schedule", cell: "D9", why: "县本级支出 28.66 / 32.40 = 88.46% at the year's end: behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "82.6% as published: 17.07 / 20.65 = 82.66%, but 2-decimal 亿元 figures allow 17.065 / 20.655 = 82.62%, which rounds to 82.6%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "21.87 / 21.06 = 103.85%, shown 103.8% within its figures' rounding" },
      { rule: "execution.overspent", cell: "D5", why: "36.96 is above the year-start 35.81 but below the adjusted 45.12: the budget was raised" },
      { rule: "execution.overspent", cell: "D4", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.behind-schedule", cell: "D8", why: "县本级收入 98.96% is within 5 points" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "同比增长% is growth, never the rate" },
    ],
  },
};
