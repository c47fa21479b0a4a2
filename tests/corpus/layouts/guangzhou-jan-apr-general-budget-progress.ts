import type { CorpusLayout } from "../types";

// 广州市财政局 (重点领域信息公开): 1-4月 全市一般公共预算收支 in prose — revenue and spending, each split 其中 市本级 | 区级, spending 完成年初预算
// 36.7% 快于序时进度3.4个百分点 — laid out as the monthly execution table: 项目 | 年初预算 | 1-4月执行数 | 完成年初预算% | 序时进度 | 比上年增长%.
export const layout: CorpusLayout = {
  id: "guangzhou-jan-apr-general-budget-progress",
  source: {
    title: "广州市1-4月一般公共预算收支情况（收支执行进度表据正文拟）",
    url: "https://czj.gz.gov.cn/zzzs/zdlyxxgk/content/post_9663016.html",
    publisher: "广州市财政局",
    date: "2024",
    changes:
      "The page is two paragraphs (the stored copy shows no year; we date the table 2024, as-of 2024-04-30). Lines and their order are the page's: 全市收入 " +
      "with 其中 市本级收入 and 区级收入, 全市支出 with 其中 市本级支出 and 区级支出. The 年初预算 column and every figure are ours; the 序时进度 column " +
      "states the 4/12 the page measures against. Planted: 区级收入's share typed 38.3% where 366.4 / 1,010.0 = 36.3%; 全市支出 typed 971.9 where " +
      "市本级 344.6 + 区级 617.3 = 961.9 (its 33.9% agrees with the lines); 市本级支出 at 26.7%, 6.6 points behind 33.3%.",
  },
  classes: ["execution", "revenue-and-spending", "qizhong-levels", "initial-budget-only", "progress-column", "growth-column", "negative-growth", "one-decimal-rate", "percent-text", "yiyuan-caption", "as-of-in-title", "table-from-prose", "city-finance-report", "guangdong"],
  settings: { district: "广州市", asOf: "2024-04-30" },
  sheets: [
    {
      name: "收支进度",
      widths: [28, 12, 14, 16, 10, 14],
      rows: [
        ["广州市1-4月一般公共预算收支执行情况（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1-4月执行数", "完成年初预算%", "序时进度", "比上年增长%"],
        ["一、全市一般公共预算收入", 1978.0, 712.6, "36.0%", "33.3%", "2.1%"],
        ["    其中：市本级收入", 968.0, 346.2, "35.8%", "33.3%", "-0.5%"],
        ["          区级收入", 1010.0, 366.4, "38.3%", "33.3%", "4.6%"],
        ["二、全市一般公共预算支出", 2835.0, 971.9, "33.9%", "33.3%", "-3.8%"],
        ["    其中：市本级支出", 1290.0, 344.6, "26.7%", "33.3%", "0.4%"],
        ["          区级支出", 1545.0, 617.3, "40.0%", "33.3%", "-6.5%"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:C9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支进度", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate", E: "progress" } },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "区级收入 366.4 / 1,010.0 = 36.28%, shown 38.3%" },
      { rule: "execution.total-mismatch", cell: "C7", why: "全市支出 971.9 where its levels add up to 市本级 344.6 + 区级 617.3 = 961.9 (10.0亿元 over)" },
      { rule: "execution.behind-schedule", cell: "D8", why: "市本级支出 344.6 / 1,290.0 = 26.7% against time progress 4/12 = 33.3%: 6.6 points behind, beyond 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "33.9% is 961.9 / 2,835.0, the figure its lines add up to: the slip is reported once, at C7" },
      { rule: "execution.total-mismatch", cell: "C4", why: "全市收入 712.6 = 346.2 + 366.4" },
      { rule: "execution.total-mismatch", cell: "B7", why: "年初预算 2,835.0 = 1,290.0 + 1,545.0 (and 1,978.0 = 968.0 + 1,010.0)" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "比上年增长% is growth, negative figures included; not a share of the budget" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "序时进度 33.3% is 4/12, the time, not a line's share" },
      { rule: "execution.behind-schedule", cell: "D7", why: "全市支出 33.9% (by its lines) is ahead of 33.3%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "市本级收入 35.8%, ahead of 33.3%" },
      { rule: "execution.overspent", why: "no line above its year's budget" },
    ],
  },
};
