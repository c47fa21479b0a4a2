import type { CorpusLayout } from "../types";

// 重庆市开州区人民政府 2025-09: 关于开州区2025年1—6月预算执行情况的报告 — 一般公共预算收入 15.78亿元 (+2%, 51.2% of budget), 税收 7.72亿元
// (+9.7%, 46.5%), 非税 8.06亿元 (−4.4%); 一般公共预算支出 55.03亿元 (−9.4%, 45.3%). Laid out as a 1—6月 execution table in 万元,
// revenue and spending with 其中 lines; the budgets and the spending lines are ours.
export const layout: CorpusLayout = {
  id: "kaizhou-2025-h1-general-budget-execution",
  source: {
    title: "重庆市开州区人民政府关于开州区2025年1—6月预算执行情况的报告（一般公共预算收支执行表据报告拟）",
    url: "http://www.cqkz.gov.cn/zwgk_238/fdzdgknr/czyjs/zfysgk/202509/t20250904_14970489_wap.html",
    publisher: "重庆市开州区人民政府",
    date: "2025-09-04",
    changes:
      "As published: revenue 157,800万元 at 51.2% (+2.0%), 税收 77,200 at 46.5% (+9.7%), 非税 80,600 (−4.4%), spending 550,300 at 45.3% (−9.4%). " +
      "Ours: the budgets (308,200, 166,000, 142,200, 1,215,000, giving the published rates), the 非税 rate, the six spending 其中 lines with " +
      "their figures and growth. Left out: 政府性基金 and 国有资本经营 revenue. Planted: 教育支出's rate typed 52.6 for 112,340 / 236,000 = 47.6%; " +
      "农林水支出 at 41.4% against a time progress of 6/12 = 50%.",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "some-parts-only", "section-total-above-lines", "one-decimal-rates", "rate-column-as-number", "growth-column", "negative-growth", "whole-wanyuan", "wanyuan-caption", "as-of-in-title", "table-from-prose", "district-government-report", "chongqing"],
  settings: { district: "重庆市开州区", asOf: "2025-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 14, 12],
      rows: [
        ["开州区2025年1—6月一般公共预算收支执行情况表", null, null, null, null],
        ["单位：万元、%", null, null, null, null],
        ["项目", "预算数", "1—6月完成数", "为预算数%", "同比增长%"],
        ["一、一般公共预算收入", 308200, 157800, 51.2, 2.0],
        ["    其中：税收收入", 166000, 77200, 46.5, 9.7],
        ["          非税收入", 142200, 80600, 56.7, -4.4],
        ["二、一般公共预算支出", 1215000, 550300, 45.3, -9.4],
        ["    其中：一般公共服务支出", 98000, 47530, 48.5, 3.1],
        ["          教育支出", 236000, 112340, 52.6, -6.2],
        ["          社会保障和就业支出", 198000, 101370, 51.2, 4.8],
        ["          卫生健康支出", 121000, 58690, 48.5, -2.7],
        ["          农林水支出", 176000, 72860, 41.4, -18.5],
        ["          城乡社区支出", 83000, 38600, 46.5, -12.9],
        ["注：上半年向上争资完成全年目标的70.41%，超序时进度20个百分点。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:E14"],
      numberFormats: { "B4:C13": "#,##0", "D4:E13": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2025 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "教育支出 112,340 / 236,000 = 47.6%, typed 52.6" },
      { rule: "execution.behind-schedule", cell: "C12", why: "农林水支出 72,860 / 176,000 = 41.4% against 6/12 = 50% as of 2025-06-30: 8.6 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "the spending lines are 其中 lines (some parts only): 550,300 is not their sum (431,390)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 77,200 + 非税 80,600 = 157,800; budgets 166,000 + 142,200 = 308,200" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "157,800 / 308,200 = 51.20%, shown 51.2; 550,300 / 1,215,000 = 45.29%, shown 45.3" },
      { rule: "execution.behind-schedule", cell: "C5", why: "税收收入 at 46.5%, 3.5 points under 50%: within 5" },
      { rule: "execution.behind-schedule", cell: "C13", why: "城乡社区支出 38,600 / 83,000 = 46.5%, 3.5 points under 50%: within 5" },
      { rule: "execution.behind-schedule", cell: "C9", why: "教育支出 actually spent 47.6%, 2.4 points under 50%: within 5 (its typed rate is the slip)" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "同比增长 is growth on last year, not an execution rate" },
      { rule: "input.unreadable-value", why: "the note is a sentence under the table" },
    ],
  },
};
