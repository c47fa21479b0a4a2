import type { CorpusLayout } from "../types";

// 琼中县财政局 2021-01: the county's 2020 revenue and spending against the (adjusted) budget — general budget and
// government funds, each 收入 | 支出, with 为预算% and 增长%; spending ran above the budget (122.1% and 110.5% as published).
export const layout: CorpusLayout = {
  id: "qiongzhong-2020-budget-execution-summary",
  source: {
    title: "关于2020年琼中黎族苗族自治县和县本级财政预算执行情况及2021年预算的报告（预算执行情况表据报告拟）",
    url: "http://www.sznianjian.com/show.php?mlid=23069",
    publisher: "琼中黎族苗族自治县财政局",
    date: "2021-01",
    changes:
      "The report states each figure in prose (一般公共预算收入 32044万元; 支出 397114万元, 为预算的122.1%（指调整预算数）; 基金收入 100.6%, " +
      "基金支出 110.5%). The table — 项目 | 预算数 | 执行数 | 为预算% | 增长%, one row each, 一、二、 numbering, a note that 预算数 is the " +
      "adjusted budget — is built from it; figures are ours, keeping the two spending lines above their budgets. Planted: the general revenue's " +
      "share typed 102.0 (30560 / 30500 = 100.2%).",
  },
  classes: ["execution", "revenue-and-spending", "adjusted-budget", "spending-above-budget", "rate-column", "rates-as-numbers", "growth-column", "revenue-beyond-plan", "chinese-numbering", "past-year", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "report-to-congress", "county-level", "hainan"],
  settings: { district: "琼中黎族苗族自治县", asOf: "2021-01-20" },
  sheets: [
    {
      name: "预算执行",
      widths: [26, 12, 12, 10, 10],
      rows: [
        ["琼中黎族苗族自治县2020年预算执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "执行数", "为预算%", "增长%"],
        ["一、一般公共预算", null, null, null, null],
        ["一般公共预算收入", 30500, 30560, 102.0, 6.7],
        ["一般公共预算支出", 321000, 391400, 121.9, 3.4],
        ["二、政府性基金预算", null, null, null, null],
        ["政府性基金预算收入", 23900, 24030, 100.5, 69.5],
        ["政府性基金预算支出", 54500, 60210, 110.5, 271.9],
        ["注：预算数为调整预算数；执行数为决算预计数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "D5:E9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "预算执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "30560 / 30500 = 100.20%, typed 102.0" },
      { rule: "execution.overspent", cell: "C6", why: "general-budget spending 391400 against its budget 321000 (70400 over, 121.9%)" },
      { rule: "execution.overspent", cell: "C9", why: "fund spending 60210 against its budget 54500 (5710 over, 110.5%)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C5", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.overspent", cell: "C8", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "增长% is growth on last year (271.9), not a rate" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "391400 / 321000 = 121.93%, 121.9 as typed" },
      { rule: "execution.total-mismatch", why: "一、二、 are section labels with no figures: nothing to add" },
    ],
  },
};
