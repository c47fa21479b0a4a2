import type { CorpusLayout } from "../types";

// 海原县贾塘乡人民政府 2022年度部门决算 (宁夏 中卫市海原县): 第二部分 七、财政拨款“三公”经费支出决算表 — the standard form
// across one row: 预算数 and 决算数 blocks, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费,
// a 栏次 row 1–12 and the form's note.
export const layout: CorpusLayout = {
  id: "jiatang-2022-township-three-public-final-accounts",
  source: {
    title: "海原县贾塘乡2022年度部门决算（七、财政拨款“三公”经费支出决算表）",
    url: "http://www.hy.gov.cn/xxgk/zfxxgkml/czyjs/bmjs_54786/2022/202310/t20231025_4324383.html",
    publisher: "海原县贾塘乡人民政府",
    date: "2023-10-25",
    changes:
      "The stored copy holds the 决算's contents (第二部分 2022年度部门决算表, 七、财政拨款“三公”经费支出决算表) and the unit's 概况, not the table's body: " +
      "the table is laid out as the 2022 form the contents name (title, 部门 line, 金额单位：万元, 预算数 | 决算数 blocks across one row with the car " +
      "小计 | 购置费 | 运行费, 栏次 1–12, the form's note). All figures are ours. Planted: 公务接待费 spent 4.87 of a 4.00 budget; the 决算 合计 typed 8.93 " +
      "where 0 + 3.86 + 4.87 = 8.73.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "wanyuan-caption", "year-row", "notes-under-table", "table-not-in-stored-copy", "township", "ningxia"],
  settings: { district: "海原县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [10, 12, 12, 12, 12, 12, 10, 12, 12, 12, 12, 12],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, "表七"],
        ["部门：海原县贾塘乡人民政府", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [8.5, 0, 4.5, 0, 4.5, 4, 8.93, 0, 3.86, 0, 3.86, 4.87],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 8.93 where 因公出国 0.00 + 公务用车 小计 3.86 + 公务接待 4.87 = 8.73: 0.20万元 over" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 4.87 against its budget of 4.00: 0.87万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 8.50 = 0.00 + 4.50 + 4.00" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 4.50 = 0.00 + 4.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 3.86 = 0.00 + 3.86" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 3.86 of 4.50" },
      { rule: "execution.overspent", cell: "G8", why: "the 合计 is a total: no status of its own (its parts carry it)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; a past year's lines measured at its end" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers (栏次)" },
      { rule: "input.unreadable-value", cell: "L2", why: "表七 is the table's number" },
    ],
  },
};
