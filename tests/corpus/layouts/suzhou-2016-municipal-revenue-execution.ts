import type { CorpusLayout } from "../types";

// 苏州市审计局 2017-06-27: the audit report on the 2016 市本级 budget execution says 市本级一般公共预算收入 grew 12%, 税收 83% of it.
// Built from the prose as the usual revenue execution grid: 项目 | 预算数 | 完成数 | 完成预算% | 比上年增长%, 其中 税收收入 / 非税收入.
export const layout: CorpusLayout = {
  id: "suzhou-2016-municipal-revenue-execution",
  source: {
    title: "关于2016年度苏州市本级预算执行和其他财政收支的审计工作报告（市本级一般公共预算收入执行表据正文拟）",
    url: "http://www.audit.suzhou.gov.cn/govxxgk/00105/2017-10-13/d630a9dd-b150-46ec-974e-6e008ffecd03.html",
    publisher: "苏州市审计局",
    date: "2017-06-27",
    changes:
      "Built from the prose (table from prose): the report gives the growth (12%) and the tax share (83%); the grid, the 亿元 caption, " +
      "the budget and every other figure are ours, chosen so that 税收 is 83% of the whole and the whole grew 12.0%. Planted: 非税收入's " +
      "完成预算% typed 107.17% (36.11 / 35.00 = 103.17%). Revenue above its budget is collected beyond plan, not overspending.",
  },
  classes: ["execution", "revenue-execution", "qizhong-split", "growth-column", "revenue-above-budget", "year-end", "two-decimal-yiyuan", "yiyuan-caption", "percent-text", "notes-under-table", "table-from-prose", "audit-report", "city-level", "jiangsu"],
  settings: { asOf: "2016-12-31" },
  sheets: [
    {
      name: "收入执行",
      widths: [28, 12, 12, 14, 14],
      rows: [
        ["2016年苏州市本级一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "完成数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 205.0, 212.4, "103.61", "12.0"],
        ["其中：税收收入", 170.0, 176.29, "103.70", "10.3"],
        ["      非税收入", 35.0, 36.11, "107.17", "21.4"],
        ["注：税收收入占一般公共预算收入的83%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
      numberFormats: { "B4:C6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "D6", why: "36.11 / 35.00 = 103.17%, stated 107.17" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "收入执行", cell: "C4", why: "176.29 + 36.11 = 212.40; 170.00 + 35.00 = 205.00 (the 其中 lines are all of it)" },
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "E4", why: "比上年增长% is growth, never the rate" },
      { rule: "execution.overspent", sheet: "收入执行", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.behind-schedule", sheet: "收入执行", why: "every line is above its budget at the year's end" },
      { rule: "input.unreadable-value", sheet: "收入执行", cell: "A7", why: "the note under the table is text" },
    ],
  },
};
