import type { CorpusLayout } from "../types";

// 北京经济技术开发区财政审计局2020年度部门决算 (汇总, 28 units): 表十 财政拨款“三公”经费支出决算表 in the municipal one-row-across
// form — 2020年预算数 | 2020年决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 — under
// two header rows, the form's note under it.
export const layout: CorpusLayout = {
  id: "beijing-etdz-finance-audit-2020-three-public-final-accounts",
  source: {
    title: "北京经济技术开发区财政审计局2020年度部门决算（十、财政拨款“三公”经费支出决算表）",
    url: "https://www.beijing.gov.cn/gongkai/caizheng/czzt/2020js/202108/t20210818_2471058.html",
    publisher: "北京经济技术开发区财政审计局",
    date: "2021-09-02",
    changes:
      "The stored page gives the table of contents and says 报表详见附件: the table body was not shown and no grid was found for it. The " +
      "two-block header and the note follow the municipal 2020 form; every figure is ours. Planted: the budget's 公务用车购置及运行费 小计 typed " +
      "86.50 where 40.00 + 45.60 = 85.60 (the 合计 116.00 adds the right 85.60); 公务接待费 spent 21.35 against a budget of 18.40.",
  },
  classes: ["execution", "three-public-expenses", "one-row-across", "two-block-header", "budget-and-final-blocks", "subtotal-column", "notes-under-table", "department-summary", "final-accounts", "beijing"],
  settings: { district: "北京市", asOf: "2021-09-02" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["2020年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：北京经济技术开发区财政审计局（汇总）", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["2020年预算数", null, null, null, null, null, "2020年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [116.0, 12.0, 86.5, 40.0, 45.6, 18.4, 107.25, 3.26, 82.64, 38.9, 43.74, 21.35],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  // Corrected after measurement (counted failed): A6 was stated absent (the slip reported once, at the 小计), but the corpus
  // checks a total across a row against its parts as typed, a 小计 column among them (haiyuan-ganyanchi-2023, hainan-fic-2022).
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "budget 公务用车购置及运行费 小计 86.50 ≠ 购置费 40.00 + 运行费 45.60 = 85.60" },
      { rule: "execution.overspent", cell: "L6", why: "公务接待费 决算 21.35 above its budget 18.40: 2.95万元 over" },
      { rule: "execution.total-mismatch", cell: "A6", why: "budget 合计 116.00 against its parts as typed: 12.00 + 86.50 + 18.40 = 116.90 (a total across a row is checked against the figures as typed)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 107.25 = 3.26 + 82.64 + 21.35" },
      { rule: "execution.total-mismatch", cell: "I6", why: "决算 小计 82.64 = 38.90 + 43.74" },
      { rule: "execution.overspent", cell: "J6", why: "购置费 38.90 ≤ 40.00; 运行费 43.74 ≤ 45.60; 因公出国 3.26 ≤ 12.00" },
      { rule: "execution.no-spending", why: "every budgeted part spent something" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings" },
    ],
  },
};
