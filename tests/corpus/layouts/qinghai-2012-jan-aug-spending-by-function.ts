import type { CorpusLayout } from "../types";

// A 2012-09 report on 青海's 1-8月 公共财政: 全省公共财政预算支出完成690.5亿元, 增长27.7%; 教育、文化体育与传媒、粮油物资储备事务和农林水事务
// up 64.3%, 29%, 38.8% and 43.1%. Laid out as a 支出执行 table by 功能分类: 项目 | 调整预算数 | 1-8月完成数 | 完成预算% | 序时进度% |
// 比上年增长%, 合计 first, a note under it.
export const layout: CorpusLayout = {
  id: "qinghai-2012-jan-aug-spending-by-function",
  source: {
    title: "青海省1-8月公共财政收支进度继续加快（支出执行表据报道拟）",
    url: "https://iruorou.com/gzdt/2012-09/16/content_2225687.htm",
    publisher: "青海省财政厅（记者 卢海）",
    date: "2012-09-16",
    changes:
      "A short report in prose: the 合计 690.5亿元 and the four growth rates follow it; the other lines, the budgets and the remaining growth " +
      "rates are ours (table-from-prose). Planted: 粮油物资储备事务 at 52.0% as of August (time progress 8/12 = 66.7%, 14.7 points behind); " +
      "农林水事务's rate typed 96.0 where 128.69 / 186.50 = 69.0%.",
  },
  classes: ["execution", "budget-execution-by-function", "adjusted-budget", "rate-as-number", "progress-column", "growth-column", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "jan-aug", "notes-under-table", "table-from-prose", "news-report", "province-level", "qinghai"],
  settings: { asOf: "2012-08-31", district: "青海省" },
  sheets: [
    {
      name: "支出执行",
      widths: [22, 14, 14, 12, 12, 14],
      rows: [
        ["2012年1-8月青海省公共财政预算支出执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "1-8月完成数", "完成预算%", "序时进度%", "比上年增长%"],
        ["合计", 1020, 690.5, 67.7, 66.7, 27.7],
        ["一般公共服务", 78.5, 52.6, 67.0, 66.7, 12.4],
        ["公共安全", 45.2, 30.28, 67.0, 66.7, 15.2],
        ["教育", 168.4, 112.83, 67.0, 66.7, 64.3],
        ["文化体育与传媒", 22.6, 15.37, 68.0, 66.7, 29.0],
        ["社会保障和就业", 182.3, 125.79, 69.0, 66.7, 18.6],
        ["医疗卫生", 72.8, 48.05, 66.0, 66.7, 21.3],
        ["农林水事务", 186.5, 128.69, 96.0, 66.7, 43.1],
        ["交通运输", 96.4, 63.62, 66.0, 66.7, 9.7],
        ["粮油物资储备事务", 12, 6.24, 52.0, 66.7, 38.8],
        ["其他支出", 155.3, 107.03, 68.9, 66.7, 25.5],
        ["注：序时进度按月计算（8/12）；完成数为国库集中支付口径。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:F15"],
      numberFormats: { "B4:C14": "#,##0.00", "D4:F14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate", E: "progress" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D13", why: "粮油物资储备事务 6.24 / 12.00 = 52.0% as of August, time progress 8/12 = 66.7%: 14.7 points behind" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "农林水事务 128.69 / 186.50 = 69.0%, typed 96.0" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D10", why: "医疗卫生 66.0% is 0.7 points below 66.7%: within 5" },
      { rule: "execution.behind-schedule", cell: "D12", why: "交通运输 66.0%: within 5 points" },
      { rule: "execution.total-mismatch", cell: "B4", why: "78.50 + 45.20 + 168.40 + 22.60 + 182.30 + 72.80 + 186.50 + 96.40 + 12.00 + 155.30 = 1,020.00" },
      { rule: "execution.total-mismatch", cell: "C4", why: "52.60 + 30.28 + 112.83 + 15.37 + 125.79 + 48.05 + 128.69 + 63.62 + 6.24 + 107.03 = 690.50" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "690.50 / 1,020.00 = 67.70%" },
      { rule: "execution.rate-mismatch", cell: "D14", why: "其他支出 107.03 / 155.30 = 68.92%, shown 68.9" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "序时进度 66.7 is 8/12 = 66.67% rounded, the same on every line" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "比上年增长 64.3 is a growth rate, not the share of budget" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 row gets no status of its own" },
    ],
  },
};
