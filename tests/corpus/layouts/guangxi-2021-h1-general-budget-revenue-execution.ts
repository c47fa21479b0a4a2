import type { CorpusLayout } from "../types";

// 广西财政厅 2021-07-26 report to the 人大常委会: the first half's 一般公共预算收入 — 1,028.44亿元 (58.4% of budget), 税收 645.52 (53.8%) with
// 国内增值税 and 企业所得税 under it, 非税 — in 亿元 beside the growth column; 企业所得税's share typed 51.9% for 59.1%.
export const layout: CorpusLayout = {
  id: "guangxi-2021-h1-general-budget-revenue-execution",
  source: {
    title: "关于广西壮族自治区2021年上半年预算执行情况的报告（全区一般公共预算收入执行情况表据报告拟）",
    url: "http://rddy.org.cn/show-4904.html",
    publisher: "广西壮族自治区财政厅（自治区十三届人大常委会第二十四次会议）",
    date: "2021-07-26",
    changes:
      "The page is the report in prose; the table is ours (表据正文拟). As published: 全区一般公共预算收入 1,028.44亿元, 58.4% of budget, +6.9%; 税收收入 " +
      "645.52, 53.8%, +16.8%; 国内增值税 261.74, 52.8%, +22.3%; 企业所得税 109.99, 59.1%, +4.3%. The budgets are derived from these shares (to one decimal), " +
      "the 非税收入 line is the revenue less its taxes. Planted: 企业所得税's 完成预算% typed 51.9% where 109.99 / 186.1 = 59.1%.",
  },
  classes: ["execution", "revenue-execution", "qizhong-lines", "partial-qizhong", "complement-qizhong", "growth-column", "rates-as-text", "one-decimal-rates", "two-decimal-yiyuan", "yiyuan-caption", "half-year", "year-in-title", "notes-under-table", "table-from-prose", "report-to-congress", "province-level", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2021-06-30" },
  sheets: [
    {
      name: "收入执行",
      widths: [28, 14, 14, 12, 14],
      rows: [
        ["2021年上半年广西全区一般公共预算收入执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "1—6月完成数", "完成预算%", "比上年同期增长%"],
        ["全区一般公共预算收入", 1761.0, 1028.44, "58.4%", "6.9%"],
        ["其中：税收收入", 1199.8, 645.52, "53.8%", "16.8%"],
        ["  其中：国内增值税", 495.7, 261.74, "52.8%", "22.3%"],
        ["        企业所得税", 186.1, 109.99, "51.9%", "4.3%"],
        ["      非税收入", 561.2, 382.92, "68.2%", "-12.8%"],
        ["注：上半年全区组织财政收入1707.99亿元，完成全年预期目标的58.1%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:B8": "0.0", "C4:C8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "企业所得税 109.99 / 186.1 = 59.10%, typed 51.9%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 645.52 + 非税 382.92 = 1,028.44; 增值税 and 企业所得税 are only part of 税收, not added again" },
      { rule: "execution.total-mismatch", cell: "C5", why: "税收收入 645.52 is more than 增值税 + 企业所得税 (371.73): a partial 其中, not a sum" },
      { rule: "execution.total-mismatch", cell: "B4", why: "1,199.8 + 561.2 = 1,761.0" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,028.44 / 1,761.0 = 58.40%" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "比上年同期增长% is growth, not the share of budget" },
      { rule: "execution.behind-schedule", why: "as of June time progress is 6/12 = 50%; every line is at 52.8% or more" },
      { rule: "execution.overspent", why: "no line above its budget" },
    ],
  },
};
