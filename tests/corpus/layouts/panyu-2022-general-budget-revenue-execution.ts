import type { CorpusLayout } from "../types";

// 广州市番禺区财政局 2023-02-09: 2022年预算执行情况和2023年预算草案的报告 — the general-budget revenue in prose (1,042,625万元, 100.99% of
// the budget; 税收 720,801, 非税 321,824, 增值税 316,496, 企业所得税 145,378, the changes on 2021). Laid out as the 收入执行情况表 such reports annex (表据正文拟).
export const layout: CorpusLayout = {
  id: "panyu-2022-general-budget-revenue-execution",
  source: {
    title: "关于广州市番禺区2022年预算执行情况和2023年预算草案的报告（2022年一般公共预算收入执行情况表据正文拟）",
    url: "https://gcs66.com/document_detail/110413.html",
    publisher: "广州市番禺区财政局 (reposted)",
    date: "2023-02-09",
    changes:
      "As published: 一般公共预算收入 1,042,625万元 at 100.99% of the budget and 34,086 below 2021; 税收收入 720,801 (92,021 below 2021); 非税收入 321,824 " +
      "(57,935 above, +21.95%); 增值税 316,496 and 企业所得税 145,378 among the taxes. The growth column is derived from those changes. " +
      "Ours: the table's form, the budgets of 税收 (748,000), 非税 (284,404: the two add to the 1,032,404 the 100.99% implies), 增值税 and 企业所得税. " +
      "Planted: 非税收入's rate typed 111.36 (321,824 / 284,404 = 113.16%); 企业所得税 collected 92.01% of its budget at the year's end.",
  },
  classes: ["execution", "revenue-execution", "qizhong-rows", "partial-qizhong", "growth-column", "rate-as-number", "two-decimal-rates", "whole-wanyuan", "wanyuan-caption", "total-row-first", "outline-numbering", "past-year-at-year-end", "notes-under-table", "table-from-prose", "district-budget", "guangdong"],
  settings: { district: "广州市番禺区", asOf: "2023-02-09" },
  sheets: [
    {
      name: "收入执行",
      widths: [30, 14, 14, 14, 14],
      rows: [
        ["番禺区2022年一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "执行数", "完成预算%", "比上年增减%"],
        ["一般公共预算收入", 1032404, 1042625, 100.99, -3.17],
        ["一、税收收入", 748000, 720801, 96.36, -11.32],
        ["    其中：增值税", 322000, 316496, 98.29, null],
        ["          企业所得税", 158000, 145378, 92.01, null],
        ["二、非税收入", 284404, 321824, 111.36, 21.95],
        ["注：税收收入剔除留抵退税后同口径下降6.07%，一般公共预算收入剔除留抵退税后同口径增长0.67%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "#,##0", "D4:E8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "非税收入 321,824 / 284,404 = 113.16%, typed 111.36" },
      { rule: "execution.behind-schedule", cell: "D7", why: "企业所得税 145,378 / 158,000 = 92.01% for 2022, measured at the year's end (100%): 7.99 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "增值税 and 企业所得税 are 其中 rows, only two of the taxes: 316,496 + 145,378 is not meant to make 720,801" },
      { rule: "execution.total-mismatch", cell: "B5", why: "322,000 + 158,000 are 其中 budgets, a part of 748,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "720,801 + 321,824 = 1,042,625" },
      { rule: "execution.total-mismatch", cell: "B4", why: "748,000 + 284,404 = 1,032,404" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,042,625 / 1,032,404 = 100.99%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "720,801 / 748,000 = 96.36%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "145,378 / 158,000 = 92.01% as typed: the row is behind, not mis-stated" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入 96.36%: 3.64 points below 100%, within 5" },
      { rule: "execution.behind-schedule", cell: "D6", why: "增值税 98.29%: within 5 points" },
      { rule: "execution.overspent", cell: "C8", why: "revenue collected above its budget is no overspending" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增减% is growth on 2021 (−3.17), never a rate of the budget" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is text" },
    ],
  },
};
