import type { CorpusLayout } from "../types";

// 伊州区2025年上半年预算执行情况 (哈密, 新疆; 2025-07): 1—6月 一般公共预算支出累计完成39.91亿元, 为预算的54.59%. The report gives no table by
// function. Set out as a half-year execution table: 项目 | 预算数 | 1—6月累计完成 | 为预算% | 同比增长%, 合计 first.
export const layout: CorpusLayout = {
  id: "yizhou-2025-h1-general-spending-by-function",
  source: {
    title: "伊州区2025年上半年预算执行情况（一般公共预算支出分功能执行表据正文拟）",
    url: "http://www.yizhou.gov.cn/xjhm/qzczj/202507/a5d12c035a174323b9ff07e7161ebc97.shtml",
    publisher: "哈密市伊州区财政局",
    date: "2025-07",
    changes:
      "From the report: the half year, the total 39.91亿元 and 54.59% of the budget. The lines by function and their figures are ours, chosen " +
      "to add up to the report's total (budget 73.11); the growth column is ours. Planted: 科学技术支出 at 34.44% at the end of June (time " +
      "progress 6/12 = 50%); 节能环保支出 nothing spent of 2.30; 农林水支出's rate typed 58.85 (7.05 / 12.40 = 56.85%).",
  },
  classes: ["execution", "budget-execution-report", "function-classification-lines", "adjusted-budget", "half-year", "rate-as-number", "growth-column", "total-row-first", "zero-line", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "district-level", "xinjiang"],
  settings: { district: "哈密市伊州区", asOf: "2025-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 12, 16, 12, 14],
      rows: [
        ["伊州区2025年1—6月一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "1—6月累计完成", "为预算%", "同比增长%"],
        ["一般公共预算支出合计", 73.11, 39.91, 54.59, 1.19],
        ["一般公共服务支出", 6.2, 3.41, 55.0, 2.4],
        ["公共安全支出", 5.8, 3.02, 52.07, -3.1],
        ["教育支出", 12.6, 7.18, 56.98, 4.6],
        ["科学技术支出", 0.9, 0.31, 34.44, -12.5],
        ["社会保障和就业支出", 9.4, 5.66, 60.21, 6.8],
        ["卫生健康支出", 5.1, 2.97, 58.24, 1.9],
        ["节能环保支出", 2.3, 0, 0, -100.0],
        ["城乡社区支出", 14.2, 7.52, 52.96, 3.3],
        ["农林水支出", 12.4, 7.05, 58.85, -2.7],
        ["其他支出", 4.21, 2.79, 66.27, 8.2],
        ["注：以上数据按照2025年自治区财政体制改革实施后口径测算；节能环保支出项目尚在招标，资金未拨付。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
      numberFormats: { "B4:C14": "0.00", "D4:E14": "0.00" },
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
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C8", why: "科学技术支出 0.31 / 0.90 = 34.44% at the end of June, time progress 6/12 = 50%: 15.56 points behind" },
      { rule: "execution.no-spending", cell: "C11", why: "节能环保支出 nothing spent of a 2.30 budget half-way through the year" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "农林水支出 7.05 / 12.40 = 56.85%, typed 58.85" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "the ten budgets add up to 73.11" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the ten spendings add up to 39.91" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "39.91 / 73.11 = 54.589% → 54.59" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "3.02 / 5.80 = 52.069% → 52.07" },
      { rule: "execution.behind-schedule", cell: "C6", why: "公共安全支出 52.07% is above the 50% of June" },
      { rule: "execution.behind-schedule", cell: "C11", why: "节能环保 is no-spending, one status a row" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a 合计 row gets no spending status of its own" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "同比增长 is growth on last year, no execution rate" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no line" },
    ],
  },
};
