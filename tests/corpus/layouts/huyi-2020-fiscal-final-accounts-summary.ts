import type { CorpusLayout } from "../types";

// 西安市鄠邑区财政局 2021-07-28: the 2020 final accounts (决算草案) of the three budgets as the report gives them — each revenue and
// spending line with its share of the adjusted budget (完成调整预算的…%). Grid ours: 项目 | 调整预算数 | 决算数 | 完成调整预算%.
export const layout: CorpusLayout = {
  id: "huyi-2020-fiscal-final-accounts-summary",
  source: {
    title: "西安市鄠邑区2020年财政决算草案和2021年上半年财政预算执行情况的报告（决算情况表据报告拟）",
    url: "http://www.xahy.gov.cn/zwgk/czzj/qzfczyjs/611a2a0cf8fd1c0bdc47f398.html",
    publisher: "西安市鄠邑区财政局",
    date: "2021-07-28",
    changes:
      "The report states, for the general, fund and state-capital budgets, the 2020 revenue and spending and their share of the adjusted budget " +
      "(一般公共预算支出 完成调整预算的100.09%, 政府性基金预算支出 97.28%, 国有资本经营预算收入 115% of its budget). The grid (six lines, 调整预算数 | " +
      "决算数 | 完成调整预算%, the draft's note under it) is built from those sentences; the figures are ours, in 万元. Planted: 一般公共预算支出 387,000 " +
      "against an adjusted budget of 386,650; 政府性基金预算支出's share typed 92.78% where 120,100 / 123,460 = 97.28%.",
  },
  classes: ["execution", "final-accounts", "three-budgets", "revenue-and-spending-lines", "adjusted-budget", "two-decimal-rates", "revenue-above-budget", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-finance-report", "shaanxi"],
  settings: { district: "西安市鄠邑区" },
  sheets: [
    {
      name: "决算情况",
      widths: [26, 14, 14, 16],
      rows: [
        ["西安市鄠邑区2020年财政收支决算情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "完成调整预算%"],
        ["一般公共预算收入", 79350, 78800, 0.9931],
        ["一般公共预算支出", 386650, 387000, 1.0009],
        ["政府性基金预算收入", 179020, 179400, 1.0021],
        ["政府性基金预算支出", 123460, 120100, 0.9278],
        ["国有资本经营预算收入", 20, 23, 1.15],
        ["国有资本经营预算支出", 65, 62, 0.9538],
        ["注：本表为2020年决算草案数，经区人大常委会审查批准后如有变化，另行报告。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0", "D4:D9": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "决算情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C5", why: "一般公共预算支出 387,000 against an adjusted budget of 386,650 (350万元 over, 100.09%)" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "政府性基金预算支出 120,100 / 123,460 = 97.28%, typed 92.78%" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C6", why: "政府性基金预算收入 above its budget is revenue collected ahead, not spending over" },
      { rule: "execution.overspent", cell: "C8", why: "国有资本经营预算收入 23 of 20: revenue, not spending" },
      { rule: "execution.behind-schedule", cell: "D9", why: "国有资本经营预算支出 62 / 65 = 95.38%: 4.62 points short of the closed year's 100%, within the tolerance" },
      { rule: "execution.behind-schedule", cell: "D4", why: "一般公共预算收入 78,800 / 79,350 = 99.31%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "政府性基金预算支出 97.28% as computed: within the tolerance" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "387,000 / 386,650 = 100.09%" },
      { rule: "execution.total-mismatch", why: "six lines of three budgets, no total row" },
    ],
  },
};
