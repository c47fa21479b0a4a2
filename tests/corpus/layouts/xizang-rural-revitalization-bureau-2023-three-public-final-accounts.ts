import type { CorpusLayout } from "../types";

// 西藏自治区农业农村厅 2024-09: 原西藏自治区乡村振兴局2023年度部门决算公开报告, 第九部分 财政拨款“三公”经费支出决算.
// Laid out as the 三公 table of the report — 预算数 | 决算数 | 执行率 by line, 公务用车 with 其中 购置 / 运行 — with our own figures.
export const layout: CorpusLayout = {
  id: "xizang-rural-revitalization-bureau-2023-three-public-final-accounts",
  source: {
    title: "原西藏自治区乡村振兴局2023年度部门决算公开报告（财政拨款“三公”经费支出决算表据正文拟）",
    url: "http://nynct.xizang.gov.cn/zwgk/xxgkml/czyjsjsgjf/202409/t20240904_434748.html",
    publisher: "西藏自治区农业农村厅（原自治区乡村振兴局）",
    date: "2024-09-04",
    changes:
      "As published: the report's contents (第九部分 财政拨款“三公”经费支出决算情况说明); the stored copy shows no figures. " +
      "Ours: the table's lines laid out vertically (项目 | 预算数 | 决算数 | 执行率), every figure and the note. " +
      "Planted: the 合计 决算数 typed 33.60 over lines giving 32.60; 公务接待费 spent 7.24 against 6.50 budgeted.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "rates-as-text", "two-decimal-rates", "dash-for-nothing", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "region-department", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 12],
      rows: [
        ["原西藏自治区乡村振兴局2023年度财政拨款“三公”经费支出决算表", null, null, null],
        ["单位：万元", null, null, null],
        ["项目", "预算数", "决算数", "执行率"],
        ["合计", 34.5, 33.6, "97.39%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行费", 28, 25.36, "90.57%"],
        ["其中：公务用车购置费", 0, 0, "—"],
        ["      公务用车运行费", 28, 25.36, "90.57%"],
        ["3.公务接待费", 6.5, 7.24, "111.38%"],
        ["注：“三公”经费指使用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 33.60; its lines 0 + 25.36 + 7.24 = 32.60 (1.00 apart; 其中 parts not added again)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 7.24 against a budget of 6.50 (111.38%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 34.50 = 0 + 28.00 + 6.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车 25.36 = 购置 0 + 运行 25.36" },
      { rule: "execution.behind-schedule", why: "“三公” lines are ceilings, and 90.57% of the car budget is spending below a ceiling" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 and 购置费 had no budget: nothing to spend" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "33.60 / 34.50 = 97.39% as typed; the slip is in the 决算数, not the rate" },
      { rule: "input.unreadable-value", cell: "D5", why: "— marks a rate over a zero budget" },
    ],
  },
};
