import type { CorpusLayout } from "../types";

// 璧山区财政局 2024-02-18: 重庆市璧山区2023年预算执行情况和2024年预算草案报告 — 全区一般公共预算本级收入 53.19亿元 (税收 29.09, 非税 24.1),
// 本级支出 75.80亿元 (区本级 68.34, 街道 4.39, 镇 3.07). The report is prose; laid out as the 收支执行情况表 such a report annexes:
// 项目 | 调整预算数 | 执行数 | 完成预算%, 单位：万元, 其中 lines under each block.
export const layout: CorpusLayout = {
  id: "bishan-2023-general-budget-execution-by-level",
  source: {
    title: "重庆市璧山区2023年预算执行情况和2024年预算草案报告（一般公共预算收支执行情况表据报告拟）",
    url: "http://www.bishan.gov.cn/zwgk_241/fdzdgknr/ysjs/bsqyjsbg/bsqysbg/202402/t20240218_12927247.html",
    publisher: "重庆市璧山区财政局",
    date: "2024-02-18",
    changes:
      "Table from prose: the report's 全区预算执行情况（含区本级、街道、镇） laid out as a table — the revenue block split 税收收入 / 非税收入 and the " +
      "spending block split 区本级 / 街道 / 镇 支出, as the report splits them. Every figure is ours (the report's 亿元 figures not kept), the " +
      "budgets and rates too. Planted: 街道支出's rate typed 96.7% where 43,900 / 45,000 = 97.6% (digits swapped).",
  },
  classes: [
    "execution", "table-from-prose", "revenue-and-spending-blocks", "qizhong-lines", "rate-one-decimal", "whole-wanyuan",
    "spending-by-level", "transposed-digits", "district-unit", "chongqing",
  ],
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 12],
      rows: [
        ["璧山区2023年一般公共预算收支执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项    目", "调整预算数", "执行数", "完成预算%"],
        ["一、一般公共预算本级收入", 520000, 531900, "102.3%"],
        ["    其中：税收收入", 285000, 290900, "102.1%"],
        ["          非税收入", 235000, 241000, "102.6%"],
        ["二、一般公共预算本级支出", 774500, 758000, "97.9%"],
        ["    其中：区本级支出", 698000, 683400, "97.9%"],
        ["          街道支出", 45000, 43900, "96.7%"],
        ["          镇支出", 31500, 30700, "97.5%"],
        ["注：本表为全区（含区本级、街道、镇）口径。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11"],
      numberFormats: { "B4:C10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "街道支出 96.7%; 43,900 / 45,000 = 97.56%, 97.6% at one decimal" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "支出 758,000 = 683,400 + 43,900 + 30,700; budget 774,500 = 698,000 + 45,000 + 31,500" },
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 531,900 = 290,900 + 241,000; budget 520,000 = 285,000 + 235,000" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspending" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "758,000 / 774,500 = 97.87%, 97.9%" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "30,700 / 31,500 = 97.46%, 97.5%" },
      { rule: "execution.behind-schedule", why: "2023 is past; every spending line is at 97.5% or more, within 5 points of the year's 100%" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
