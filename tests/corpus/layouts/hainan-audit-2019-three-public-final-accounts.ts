import type { CorpusLayout } from "../types";

// 海南省审计厅 2019年度部门决算, 第二部分 八、一般公共预算财政拨款“三公”经费支出决算公开表: 预算数 and 决算数 side by side,
// each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "hainan-audit-2019-three-public-final-accounts",
  source: {
    title: "海南省审计厅2019年度部门决算（八、一般公共预算财政拨款“三公”经费支出决算公开表）",
    url: "http://audit.hainan.gov.cn/xxgk/0200/0202/202009/t20200901_2843472.html",
    publisher: "海南省审计厅",
    date: "2020-09-01",
    changes:
      "As published: the 决算's contents (第二部分 八、一般公共预算财政拨款“三公”经费支出决算公开表; 九、政府性基金 “三公” table), the department, " +
      "the year. The stored copy shows the contents and 部门职责 only: the figures are ours, in the column blocks the 财政部 决算 template uses. " +
      "Planted: the 决算 合计 typed 31.85 where 0.00 + 26.40 + 4.45 = 30.85; 因公出国（境）费 budgeted 6.00 and nothing spent.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "province-department", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "公开表八",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算公开表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开08表"],
        ["编制单位：海南省审计厅", null, null, null, null, "2019年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [42.5, 6, 30, 0, 30, 6.5, 31.85, 0, 26.4, 0, 26.4, 4.45],
        ["注：本表反映部门本年度一般公共预算财政拨款“三公”经费支出预算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开表八", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 31.85 where 因公出国 0.00 + 车 小计 26.40 + 接待 4.45 = 30.85: 1.00万元 over" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 budgeted 6.00, 决算 0.00: nothing spent (a past year, measured at its end)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 42.50 = 6.00 + 30.00 + 6.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 26.40 = 0.00 + 26.40" },
      { rule: "execution.overspent", why: "every 决算 figure is at or under its budget: 26.40 of 30.00, 4.45 of 6.50" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 has no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
