import type { CorpusLayout } from "../types";

// 楚雄州财政局: 上半年 “双过半” — 地方一般公共预算收入 455,490万元 (57.8% of budget), 支出 1,552,981万元 (62.9%).
// Laid out as a 1-6月 execution table with 其中 lines under revenue and spending; the lines' figures are ours.
export const layout: CorpusLayout = {
  id: "chuxiong-2022-h1-general-budget-execution",
  source: {
    title: "楚雄州财政收支实现上半年“双过半”目标（1-6月一般公共预算收支执行表据正文拟）",
    url: "https://czj.cxz.gov.cn/info/1096/1455.htm",
    publisher: "楚雄州财政局（国库科）",
    date: "2022-07",
    changes:
      "As published: revenue 455,490万元 at 57.8% of budget (+19.9%), spending 1,552,981万元 at 62.9% (+19.6%), as of 6月30日. " +
      "The stored copy states no year: we take 2022 and say so in the title row. " +
      "Ours: the budgets (788,000 and 2,469,000, giving the published rates), the 其中 lines and their figures, the growth column. " +
      "Planted: 教育支出's rate typed 68.9 for 268,450 / 420,000 = 63.9%; 城乡社区支出 at 38.1% against a time progress of 6/12 = 50%.",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "some-parts-only", "section-total-above-lines", "one-decimal-rates", "rate-column-as-number", "growth-column", "whole-wanyuan", "wanyuan-caption", "as-of-in-title", "table-from-prose", "news-report", "prefecture-budget", "yunnan"],
  settings: { district: "楚雄彝族自治州", asOf: "2022-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 14, 12],
      rows: [
        ["楚雄州2022年1-6月一般公共预算收支执行情况表", null, null, null, null],
        ["单位：万元、%", null, null, null, null],
        ["项目", "年初预算数", "1-6月完成数", "完成预算%", "同比增长%"],
        ["一、地方一般公共预算收入", 788000, 455490, 57.8, 19.9],
        ["    其中：税收收入", 520000, 300120, 57.7, 16.4],
        ["          非税收入", 268000, 155370, 58.0, 27.3],
        ["二、一般公共预算支出", 2469000, 1552981, 62.9, 19.6],
        ["    其中：一般公共服务支出", 210000, 121380, 57.8, 8.2],
        ["          教育支出", 420000, 268450, 68.9, 12.5],
        ["          社会保障和就业支出", 360000, 214560, 59.6, 15.1],
        ["          卫生健康支出", 250000, 151230, 60.5, 21.7],
        ["          农林水支出", 380000, 262960, 69.2, 33.4],
        ["          城乡社区支出", 150000, 57150, 38.1, -6.8],
        ["注：收入增幅高于全省平均增幅8.9个百分点；支出增幅高于全省平均增幅2.1个百分点。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:E14"],
      numberFormats: { "B4:C13": "#,##0", "D4:E13": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "教育支出 268,450 / 420,000 = 63.9%, typed 68.9" },
      { rule: "execution.behind-schedule", cell: "C13", why: "城乡社区支出 57,150 / 150,000 = 38.1% against 6/12 = 50% as of 2022-06-30: 11.9 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "the spending lines are 其中 lines (some parts only): 1,552,981 is not their sum" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 300,120 + 非税 155,370 = 455,490; budgets 520,000 + 268,000 = 788,000" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "455,490 / 788,000 = 57.80%, shown 57.8; 1,552,981 / 2,469,000 = 62.90%, shown 62.9" },
      { rule: "execution.behind-schedule", cell: "C5", why: "revenue lines at 57.7% and 58.0%, above 50%" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "同比增长 is growth on last year, not an execution rate" },
    ],
  },
};
