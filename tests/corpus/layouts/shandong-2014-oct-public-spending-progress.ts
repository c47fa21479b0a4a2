import type { CorpusLayout } from "../types";

// 中国财经报 2014-11-25: 山东's public spending 1—10月 — 全省 5519亿元, 80.7% of the budget, 4.1 points ahead of last year's pace; 省级 553亿元,
// 83.8%. Built as the usual 支出完成情况表: 全省 with its 其中 省级 | 市县级, 年初预算 | 1—10月累计支出 | 完成预算% | 比上年同期提高.
export const layout: CorpusLayout = {
  id: "shandong-2014-oct-public-spending-progress",
  source: {
    title: "山东公共财政支出同比增4.1个百分点（1—10月公共财政支出完成情况表据报道拟）",
    url: "http://finance.china.com.cn/news/dfjj/20141125/2810566.shtml",
    publisher: "中国财经报 (via 中国网财经)",
    date: "2014-11-25",
    changes:
      "As published: 全省 spending 5519亿元 at 80.7% of the budget and 4.1 points above last year's pace, 省级 553亿元 at 83.8%. The report is prose: the " +
      "table, the budgets (6839 and 660, drawn so the stated shares hold; 市县级 the rest), the 市县级 line and the note are ours. Planted: 市县级's " +
      "share typed 83.7% where 4966 / 6179 = 80.4%.",
  },
  classes: ["execution", "spending-progress", "province-level", "qizhong-levels", "total-row-first", "rates-as-text", "one-decimal-rates", "change-in-points-column", "whole-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "shandong"],
  settings: { asOf: "2014-10-31", district: "山东省" },
  sheets: [
    {
      name: "支出完成情况",
      widths: [24, 12, 16, 14, 20],
      rows: [
        ["2014年1—10月全省公共财政支出完成情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1—10月累计支出", "完成预算%", "比上年同期提高（百分点）"],
        ["全省公共财政支出", 6839, 5519, "80.7%", 4.1],
        ["  其中：省级", 660, 553, "83.8%", null],
        ["        市县级", 6179, 4966, "83.7%", null],
        ["注：支出进度快于全国财政支出进度；1—6月全省公共财政累计支出3452亿元，完成年初预算的50.5%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支出完成情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "市县级 83.7% where 4966 / 6179 = 80.37%, which shows as 80.4%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "5519 / 6839 = 80.70%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "553 / 660 = 83.79%, shown 83.8%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年同期提高 4.1 points is a change on last year, never the rate" },
      { rule: "execution.total-mismatch", cell: "B4", why: "6839 = 省级 660 + 市县级 6179" },
      { rule: "execution.total-mismatch", cell: "C4", why: "5519 = 553 + 4966" },
      { rule: "execution.behind-schedule", cell: "D4", why: "80.7% against October's time progress 10/12 = 83.33%: 2.6 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "D6", why: "4966 / 6179 = 80.4%: 2.9 points behind 83.33%, within 5" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
