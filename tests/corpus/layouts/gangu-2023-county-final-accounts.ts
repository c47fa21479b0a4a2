import type { CorpusLayout } from "../types";

// 甘肃省天水市甘谷县 2023 决算报告 (一、财政收支完成情况): revenue — 大口径 with 其中 一般公共预算收入 / 政府性基金收入, each against its
// budget (占预算…的%) and last year (同比增长 / 下降%) — and spending with its two 其中 against last year only. Laid out as the
// report's figures in one table: 预算数 | 决算数 | 完成预算% | 上年决算数 | 比上年增长%.
export const layout: CorpusLayout = {
  id: "gangu-2023-county-final-accounts",
  source: {
    title: "甘谷县2023年财政决算报告（一、财政收支完成情况；表据正文拟）",
    url: "http://www.gangu.gov.cn/info/3221/598252.htm",
    publisher: "甘谷县财政局",
    changes:
      "As published: the six figures the report gives (大口径财政收入 with 其中 一般公共预算收入 and 政府性基金收入, each with its budget, the share " +
      "of it and the change on last year; 财政总支出 with 其中 一般公共预算支出 and 政府性基金预算支出, against last year only), in its order and " +
      "wording. The report is prose: the table (项目 | 预算数 | 决算数 | 完成预算% | 上年决算数 | 比上年增长%) is laid out from it, last year's " +
      "figures worked back from the stated 减收 / 增支, and two values are ours. Planted: 一般公共预算收入 written 47,100 (the report: 46,900) " +
      "beside the report's 100.8%; 政府性基金收入's budget written 21,000 (the report: 20,000) beside the report's 172.6%.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "qizhong-lines", "some-parts-only", "budget-for-revenue-only", "growth-rate-column", "negative-growth", "rates-as-text", "one-decimal-rates", "dash-as-nothing", "report-as-prose", "year-end", "wanyuan-caption", "gansu"],
  settings: { asOf: "2024-06-30" },
  sheets: [
    {
      name: "财政收支决算",
      widths: [28, 12, 12, 12, 12, 14],
      rows: [
        ["甘谷县2023年财政收支完成情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "完成预算%", "上年决算数", "比上年增长%"],
        ["一、大口径财政收入", 92390, 99895, "108.1%", 110374, "-9.5%"],
        ["其中：一般公共预算收入", 46508, 47100, "100.8%", 43897, "7.3%"],
        ["　　　政府性基金收入", 21000, 34519, "172.6%", 45988, "-24.9%"],
        ["二、财政总支出", "—", 526499, "—", 505514, "4.2%"],
        ["其中：一般公共预算支出", "—", 456269, "—", 414464, "10.1%"],
        ["　　　政府性基金预算支出", "—", 70230, "—", 91050, "-22.9%"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:C9": "#,##0", "E4:E9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "财政收支决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "一般公共预算收入 47,100 / 46,508 = 101.27%, stated 100.8%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "政府性基金收入 34,519 / 21,000 = 164.38%, stated 172.6%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "99,895 / 92,390 = 108.12%, shown 108.1%" },
      { rule: "execution.overspent", why: "the lines above their budgets are revenue collected above its budget (108.1%, 172.6%), not spending; the spending lines have no budget" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the two 其中 are only some of 大口径财政收入 (47,100 + 34,519 = 81,619 of 99,895): not summed" },
      { rule: "execution.total-mismatch", cell: "B4", why: "the 其中 budgets are only some of the 大口径 budget: not summed" },
      { rule: "execution.total-mismatch", cell: "C7", why: "456,269 + 70,230 = 526,499 = 财政总支出 whether or not the two are summed" },
      { rule: "execution.no-spending", why: "every line has figures; the spending lines have no budget" },
      { rule: "execution.behind-schedule", why: "no time progress: a year-end report" },
      { rule: "input.unreadable-value", why: "— is nothing, and the growth rates (-9.5%) are rates, not amounts" },
    ],
  },
};
