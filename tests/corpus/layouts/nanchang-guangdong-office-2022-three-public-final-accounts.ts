import type { CorpusLayout } from "../types";

// 南昌市人民政府驻广东办事处 (formerly 驻深圳办事处) 2022年度部门决算: the contents list 九、财政拨款“三公”经费支出决算表 and the note on it. The page's
// grid is not in the stored copy: set out as the national 公开表 prints it — a row label column (栏次 | 金额), 预算数 over six columns and 决算数
// over six (合计 | 因公出国（境）费 | 公务用车购置及运行费 over 小计 | 购置费 | 运行费 | 公务接待费), column numbers 1–12, one row of figures.
export const layout: CorpusLayout = {
  id: "nanchang-guangdong-office-2022-three-public-final-accounts",
  source: {
    title: "南昌市人民政府驻广东办事处2022年度部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "https://saintpaulhem.com/ncszf/ysjs/202309/20d72946665a44d28cad4c2e3ee8c867.shtml",
    publisher: "南昌市人民政府驻广东办事处",
    date: "2023-09",
    changes:
      "As published: the office's name and its renaming, the contents (table 九 and the 三公 note). The grid is not in the stored copy: the form as " +
      "the national 公开表 prints it, every figure ours. Planted: 公务接待费 spent 5.18 of a 4.50 budget (guests from Jiangxi's delegations); the " +
      "决算 合计 typed 10.08 where 0.00 + 5.62 + 5.18 = 10.80.",
  },
  classes: ["execution", "final-accounts", "three-public", "budget-and-actual-side-by-side", "one-row-table", "row-label-column", "merged-three-row-header", "column-number-row", "subtotal-column", "zero-lines", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "city-office-outside-province", "jiangxi"],
  settings: { district: "南昌市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [8, 10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["部门：南昌市人民政府驻广东办事处（2022年度）", null, null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["项目", "预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        [null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["栏次", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        ["金额", 11, 0, 6.5, 0, 6.5, 4.5, 10.08, 0, 5.62, 0, 5.62, 5.18],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。预算数为年初预算数，决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:M1", "A3:L3", "A4:A6", "B4:G4", "H4:M4", "B5:B6", "C5:C6", "D5:F5", "G5:G6", "H5:H6", "I5:I6", "J5:L5", "M5:M6", "A9:M9"],
      numberFormats: { "B8:M8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { B: "adjustedBudget", H: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "M8", why: "公务接待费 spent 5.18 against its budget of 4.50: 0.68万元 over (a ceiling line still counts overspending)" },
      { rule: "execution.total-mismatch", cell: "H8", why: "决算 合计 10.08 where 0.00 + 5.62 + 5.18 = 10.80: 0.72万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B8", why: "预算 合计 11.00 = 0.00 + 6.50 + 4.50" },
      { rule: "execution.total-mismatch", cell: "D8", why: "预算 小计 6.50 = 0.00 + 6.50" },
      { rule: "execution.total-mismatch", cell: "J8", why: "决算 小计 5.62 = 0.00 + 5.62" },
      { rule: "execution.overspent", cell: "L8", why: "运行费 5.62 of 6.50" },
      { rule: "execution.overspent", cell: "H8", why: "the 合计 gets no status of its own (10.08 typed, 10.80 by its parts, both within 11.00)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and 2022 is closed: spending below them is economy" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "B7", why: "1–12 are column numbers" },
      { rule: "input.unreadable-value", cell: "A8", why: "金额 is the row's label" },
    ],
  },
};
