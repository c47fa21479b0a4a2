import type { CorpusLayout } from "../types";

// 福州职业技术学院 2020年度部门决算 (84 pages): its seventh table, 一般公共预算财政拨款“三公”经费支出决算表 — 预算数 and 决算数 blocks side by
// side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a column-number row, one line.
export const layout: CorpusLayout = {
  id: "fzpolytechnic-2020-three-public-final-accounts",
  source: {
    title: "2020年福州职业技术学院部门决算（七、一般公共预算财政拨款“三公”经费支出决算表；表为拟）",
    url: "https://pdf.chddh.cn/archives/remv39owb070godgk05p.html",
    publisher: "福州职业技术学院（PDF文库转载）",
    date: "2021",
    changes:
      "The stored copy gives the report's contents (the nine tables by name and number), not the tables' bodies. The table is laid out as the " +
      "2020 部门决算 template names it (公开07表), with the unit and the column numbers; every figure is ours. Planted: the 决算 合计 typed 26.37 where " +
      "0.00 + 14.82 + 11.85 = 26.67; 公务接待费 spent 11.85 against a budget of 10.50.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "budget-and-actual-blocks-side-by-side", "two-header-rows",
    "subtotal-under-merged-header", "column-number-row", "one-row-table", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "vocational-college", "fujian",
  ],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2020年度", null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["部门：福州职业技术学院", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [28.5, 0, 18, 0, 18, 10.5, 26.37, 0, 14.82, 0, 14.82, 11.85],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出预算数和决算数。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 26.37; 因公出国 0.00 + 公务用车 14.82 + 公务接待 11.85 = 26.67 (0.30万元 apart)" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 11.85 against its budget of 10.50, 1.35万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 28.50 = 0.00 + 18.00 + 10.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 14.82 = 0.00 + 14.82; 预算 小计 18.00 (C8) = 0.00 + 18.00" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 14.82 of 18.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a past year's final account" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
