import type { CorpusLayout } from "../types";

// 禄劝彝族苗族自治县人民政府 2024-09-26: report on the 2023 local final accounts and 1-8月 2024 execution. The report gives the
// 2023 spending of the three budgets as 年初预算 beside 决算 with the share completed, in prose; laid out here as the small
// 支出决算完成情况表 such reports attach: 项目 | 年初预算数 | 决算数 | 完成年初预算%, a 合计 at the foot and a note under it.
export const layout: CorpusLayout = {
  id: "luquan-2023-local-fiscal-expenditure-final-accounts",
  source: {
    title: "禄劝彝族苗族自治县人民政府关于2023年地方财政决算和2024年1-8月地方财政预算执行情况报告（支出决算完成情况表据正文拟）",
    url: "http://www.kmlq.gov.cn/c/2024-10-12/6912974.shtml",
    publisher: "禄劝彝族苗族自治县财政局",
    date: "2024-09-26",
    changes:
      "Kept from the report: the three spending lines (一般公共预算支出, 政府性基金预算支出, 国有资本经营预算支出) measured as 决算 against the " +
      "年初预算 with a 完成年初预算 share. The report has no table: the grid is ours (表据正文拟) and so are the figures (368,500 / 352,960; " +
      "24,600 / 26,410; 20 / 7). Planted: 一般公共预算支出's share typed 97.58% where 352,960 / 368,500 = 95.78%; 政府性基金预算支出 spent " +
      "26,410 against 24,600 (overspent, as the report's own 108.26% was); 国有资本经营预算支出 7 of 20 (35.00%) at the year's end.",
  },
  classes: ["execution", "final-accounts", "three-budgets-as-lines", "initial-budget-only", "completion-rate-column", "two-decimal-percent", "total-at-foot", "wanyuan-caption", "notes-under-table", "past-year", "table-from-prose", "county-report", "yunnan"],
  settings: { asOf: "2023-12-31", district: "禄劝彝族苗族自治县" },
  sheets: [
    {
      name: "支出决算",
      widths: [26, 14, 14, 16],
      rows: [
        ["禄劝彝族苗族自治县2023年地方财政支出决算完成情况表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "完成年初预算%"],
        ["一般公共预算支出", 368500, 352960, 0.9758],
        ["政府性基金预算支出", 24600, 26410, 1.0736],
        ["国有资本经营预算支出", 20, 7, 0.35],
        ["合计", 393120, 379377, 0.965],
        ["注：决算数为2023年地方财政决算数；完成年初预算%＝决算数÷年初预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:C7": "#,##0", "D4:D7": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "一般公共预算支出 352,960 / 368,500 = 95.78%, typed 97.58%" },
      { rule: "execution.overspent", cell: "C5", why: "政府性基金预算支出 26,410 against a 年初预算 of 24,600: 1,810 over (107.36%)" },
      { rule: "execution.behind-schedule", cell: "D6", why: "国有资本经营预算支出 7 / 20 = 35.00% at the end of 2023 (time progress 100%): 65 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "393,120 = 368,500 + 24,600 + 20" },
      { rule: "execution.total-mismatch", cell: "C7", why: "379,377 = 352,960 + 26,410 + 7" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "379,377 / 393,120 = 96.50%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "26,410 / 24,600 = 107.36%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "95.78% (the true share) is 4.22 points below 100%, within 5" },
      { rule: "execution.behind-schedule", cell: "D7", why: "the 合计 row never gets a spending status of its own" },
      { rule: "execution.no-spending", cell: "C6", why: "国有资本经营预算支出 spent 7: little, not nothing" },
    ],
  },
};
