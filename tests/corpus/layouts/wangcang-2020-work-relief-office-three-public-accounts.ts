import type { CorpusLayout } from "../types";

// 旺苍县以工代赈办 2020年度部门决算 (公开 2021-09-22): 第五部分 附表 十、一般公共预算财政拨款“三公”经费支出决算表 in the Sichuan
// 公开 form — 公开10表 in the corner, the department and 金额单位 above, 预算数 | 决算数 each over 合计 | 因公出国（境）费 | 公务用车购置
// 及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, 栏次 1–12, one row of figures.
export const layout: CorpusLayout = {
  id: "wangcang-2020-work-relief-office-three-public-accounts",
  source: {
    title: "旺苍县以工代赈办2020年度部门决算 — 十、一般公共预算财政拨款“三公”经费支出决算表",
    url: "https://scgw.gov.cn/Detail.aspx?id=20211015173747681",
    publisher: "旺苍县以工代赈办公室",
    date: "2021-09-22",
    changes:
      "As published: the table's name and place among the fourteen 附表 (十、一般公共预算财政拨款“三公”经费支出决算表). The table body is not in " +
      "the stored copy (only the contents list): the form follows the Sichuan 部门决算公开 form (公开10表, 部门 and 金额单位 row, 预算数 | 决算数 " +
      "each over 合计 and the three kinds, the car kind split 小计 / 购置费 / 运行费, 栏次 1–12, the note) and the figures are ours. Planted: " +
      "决算 合计 typed 6.37 against its parts 0 + 3.92 + 2.35 = 6.27.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "one-row-across", "budget-and-actual-blocks", "three-header-rows", "column-number-row", "subtotal-column", "zero-budget-categories", "form-number-corner", "department-caption", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "sichuan"],
  settings: { asOf: "2021-09-22" },
  sheets: [
    {
      name: "公开10表",
      widths: [9, 11, 9, 11, 11, 9, 9, 11, 9, 11, 11, 9],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开10表"],
        ["部门：旺苍县以工代赈办公室（2020年度）", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [6.5, 0, 4, 0, 4, 2.5, 6.37, 0, 3.92, 0, 3.92, 2.35],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:F3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开10表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: {
          A: "adjustedBudget", B: "adjustedBudget:因公出国（境）费", C: "adjustedBudget:公务用车购置及运行费", F: "adjustedBudget:公务接待费",
          G: "actual", H: "actual:因公出国（境）费", I: "actual:公务用车购置及运行费", L: "actual:公务接待费",
        },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 6.37 against 因公出国 0 + 公务用车 小计 3.92 + 公务接待 2.35 = 6.27 (0.10万元 off)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 6.50 = 0 + 4.00 + 2.50; 小计 4.00 = 0 + 4.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 3.92 = 购置 0 + 运行 3.92" },
      { rule: "execution.overspent", cell: "G8", why: "合计 决算 6.37 (or 6.27) within 预算 6.50" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 2.35 within 2.50" },
      { rule: "execution.total-mismatch", cell: "A7", why: "the 栏次 row 1–12 numbers the columns" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had no budget (0.00)" },
    ],
  },
};
