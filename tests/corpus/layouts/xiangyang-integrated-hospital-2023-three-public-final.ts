import type { CorpusLayout } from "../types";

// 襄阳市中西医结合医院 2023年度部门决算 — 第二部分 决算表 九、财政拨款“三公”经费支出决算表 (the stored mirror's page title names another hospital;
// its 目录 is 襄阳市中西医结合医院's). Laid out as the 2023 columns form: 预算数 | 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费
// (小计 | 购置费 | 运行费) | 公务接待费, a column-number row, one row of figures.
export const layout: CorpusLayout = {
  id: "xiangyang-integrated-hospital-2023-three-public-final",
  source: {
    title: "襄阳市中西医结合医院2023年度部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "https://zxfuke.com/6555.html",
    publisher: "襄阳市中西医结合医院 (page stored on a mirror under another hospital's title)",
    date: "2024",
    changes:
      "As published: the hospital, the year and the table's name in the 目录 (九、财政拨款“三公”经费支出决算表). The stored copy shows the 目录 only: " +
      "the grid (the 2023 columns form with 预算数 / 决算数 over 合计, 因公出国（境）费, 公务用车购置及运行费 小计 / 购置费 / 运行费, 公务接待费, " +
      "栏次 1–12, the note) and every figure are ours. Planted: 决算 公务用车 小计 typed 6.58 where 购置费 0.00 + 运行费 6.85 = 6.85; the 决算 合计 " +
      "8.95 follows the true 小计, so against the typed heads (0.00 + 6.58 + 2.10 = 8.68) it is wrong too.",
  },
  classes: ["execution", "final-accounts", "three-public", "columns-form", "column-number-row", "subtotal-slip", "two-findings-one-slip", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "hospital", "mirror-title-mismatch", "hubei"],
  settings: { district: "襄阳市" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["编制单位：襄阳市中西医结合医院", null, null, null, null, null, null, null, null, null, "2023年度", "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [12, 0, 8, 0, 8, 4, 8.95, 0, 6.58, 0, 6.85, 2.1],
        ["注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:J3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费支出决算表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费支出决算表", cell: "I8", why: "决算 公务用车 小计 6.58 where 购置费 0.00 + 运行费 6.85 = 6.85 (0.27 apart)" },
      { rule: "execution.total-mismatch", sheet: "三公经费支出决算表", cell: "G8", why: "决算 合计 8.95 against its heads as typed: 0.00 + 6.58 + 2.10 = 8.68 (0.27 apart); it does not agree with the typed 小计" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费支出决算表", cell: "A8", why: "预算 合计 12.00 = 0.00 + 8.00 + 4.00" },
      { rule: "execution.total-mismatch", sheet: "三公经费支出决算表", cell: "C8", why: "预算 小计 8.00 = 0.00 + 8.00" },
      { rule: "execution.overspent", why: "运行费 6.85 of 8.00, 接待费 2.10 of 4.00, 合计 8.95 of 12.00: nothing over its budget" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted went unspent" },
      { rule: "execution.total-mismatch", sheet: "三公经费支出决算表", cell: "A7", why: "1–12 are column numbers" },
      { rule: "input.unreadable-value", sheet: "三公经费支出决算表", cell: "A9", why: "the note under the table" },
    ],
  },
};
