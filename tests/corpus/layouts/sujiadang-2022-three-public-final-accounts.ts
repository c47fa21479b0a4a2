import type { CorpusLayout } from "../types";

// 共青城市苏家垱乡人民政府 2022年度部门决算, 第二部分 九、财政拨款“三公”经费支出决算表: 预算数 and 决算数 side by side, each
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "sujiadang-2022-three-public-final-accounts",
  source: {
    title: "共青城市苏家垱乡人民政府2022年度部门决算（财政拨款“三公”经费支出决算表）",
    url: "https://www.gongqing.gov.cn/sjdx/02/07/202310/t20231016_6254053.html",
    publisher: "共青城市苏家垱乡人民政府",
    date: "2023-10-16",
    changes:
      "As published: the 决算's contents (第二部分 九、财政拨款“三公”经费支出决算表), the township, the year. The stored copy shows the contents and the " +
      "township's duties only; the figures are ours, in the column blocks of the 2022 部门决算 template. Planted: 决算 合计 typed 9.86 where " +
      "0.00 + 6.42 + 2.94 = 9.36.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "township-department", "jiangxi"],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["编制单位：共青城市苏家垱乡人民政府", null, null, null, null, "2022年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [10, 0, 7, 0, 7, 3, 9.86, 0, 6.42, 0, 6.42, 2.94],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 9.86 where 因公出国 0.00 + 公务用车 小计 6.42 + 公务接待 2.94 = 9.36: 0.50万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 10.00 = 0.00 + 7.00 + 3.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 6.42 = 购置 0.00 + 运行 6.42" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 2.94 of 3.00" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 6.42 of 7.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
