import type { CorpusLayout } from "../types";

// 保定市第三中学 2022年度单位决算公开 (2023-11-17), 第二部分 九、财政拨款“三公”经费支出决算表 — the national one-row form: 预算数 and 决算数
// blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费. The stored copy lists the tables
// but does not show their figures.
export const layout: CorpusLayout = {
  id: "baoding-no3-school-2022-three-public-final-accounts",
  source: {
    title: "保定三中2022年度部门决算公开（九、财政拨款“三公”经费支出决算表）",
    url: "http://www.thefoothut.com/?m=show&cid=20&id=979",
    publisher: "保定市第三中学",
    date: "2023-11-17",
    changes:
      "As published: the 单位决算公开文本's contents (第二部分 2022年度单位决算报表 一至九, 第三部分 情况说明 incl. 五、财政拨款“三公”经费支出决算情况说明) " +
      "and the school's duty (普通高中教育). The stored copy does not show the table's figures: the form is the national 财政拨款“三公”经费支出决算表, " +
      "the figures and the note are ours. Planted: 公务接待费 决算 3.77 over its 预算 3.60; the 决算 合计 typed 8.21 where 0 + 4.35 + 3.77 = 8.12.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "one-row-form", "budget-and-final-blocks", "two-header-rows", "split-under-merged-header",
    "subtotal-column", "zero-budget-parts", "ceiling-lines", "year-in-heading", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "school", "city-unit", "hebei",
  ],
  settings: { district: "保定市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["2022年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["单位名称：保定市第三中学", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2022年预算数", null, null, null, null, null, "2022年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [8.6, 0, 5.0, 0, 5.0, 3.6, 8.21, 0, 4.35, 0, 4.35, 3.77],
        ["注：本单位2022年度无因公出国（境）及公务用车购置支出；预算数为“三公”经费年初预算数，决算数为当年财政拨款安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L6", why: "公务接待费 决算 3.77 above its budget 3.60: 0.17万元 over" },
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 8.21 against 0 + 4.35 + 3.77 = 8.12" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A6", why: "预算 合计 8.60 = 0 + 5.00 + 3.60" },
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 小计 5.00 = 0 + 5.00" },
      { rule: "execution.total-mismatch", cell: "I6", why: "决算 小计 4.35 = 0 + 4.35" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget; the rest spent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 4.35 of 5.00 is a saving" },
      { rule: "execution.overspent", cell: "K6", why: "运行费 4.35 ≤ 5.00" },
    ],
  },
};
