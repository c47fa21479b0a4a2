import type { CorpusLayout } from "../types";

// 天津市滨海新区财政局 2025: the 2024 决算草案 report to the district's 人大常委会 — 一般公共预算收入 596.5亿元, 完成预算 99.5%, 增长 5.5%,
// 税收收入 505.6亿元 (84.8% of it); 一般公共预算支出 824.5亿元, 完成预算 96.1%, 增长 7.9%. Laid out as the 收支决算表 in 亿元:
// 预算数 | 决算数 | 完成预算% | 比上年增长%, 其中 税收收入 | 非税收入 under the revenue.
export const layout: CorpusLayout = {
  id: "binhai-tj-2024-general-budget-final-accounts",
  source: {
    title: "关于滨海新区2024年决算草案及2025年以来预算执行情况的报告（2024年一般公共预算收支决算表据报告拟）",
    url: "https://czj.tjbh.gov.cn/contents/9749/294681.html",
    publisher: "天津市滨海新区财政局",
    date: "2025",
    changes:
      "As published: 收入 596.5 (99.5%, +5.5%), 税收收入 505.6 (+2.1%), 支出 824.5 (96.1%, +7.9%). Ours: the table, the budgets (收入 599.5 " +
      "split 508.0 | 91.5, 支出 858.0, each chosen so the published shares hold), 非税收入 as the rest (90.9), its growth, and the note. " +
      "Planted: 税收收入's 完成预算 typed 95.5% where 505.6 / 508.0 = 99.53%.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "qizhong-lines", "complement-qizhong", "growth-column", "rates-as-text", "one-decimal-rates", "yiyuan-caption", "year-in-title", "past-year", "notes-under-table", "table-from-prose", "report-to-congress", "district-level", "tianjin"],
  settings: { district: "滨海新区" },
  sheets: [
    {
      name: "收支决算",
      widths: [30, 12, 12, 12, 12],
      rows: [
        ["滨海新区2024年一般公共预算收支决算表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 599.5, 596.5, "99.5%", "5.5%"],
        ["  其中：税收收入", 508.0, 505.6, "95.5%", "2.1%"],
        ["        非税收入", 91.5, 90.9, "99.3%", "25.6%"],
        ["一般公共预算支出", 858.0, 824.5, "96.1%", "7.9%"],
        ["注：税收收入占一般公共预算收入的84.8%。上级财政转移支付、债务收入及调入资金等另列，不在本表。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支决算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "税收收入 505.6 / 508.0 = 99.53%, typed 95.5%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "596.5 / 599.5 = 99.50%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "90.9 / 91.5 = 99.34% rounds to 99.3%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "824.5 / 858.0 = 96.10%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年增长% is growth on last year, never the execution rate" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 505.6 + 非税 90.9 = 596.5; budgets 508.0 + 91.5 = 599.5" },
      { rule: "execution.behind-schedule", cell: "D7", why: "a past year measured at its end (100%): 96.1% is 3.9 points under, within 5" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入 really 99.53% of its budget, within 5 points of 100%" },
      { rule: "execution.overspent", why: "every 决算数 is under its 预算数" },
    ],
  },
};
