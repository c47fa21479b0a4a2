import type { CorpusLayout } from "../types";

// 阿克陶县财政局 2019 部门决算: its 一般公共预算财政拨款“三公”经费支出决算表 in the columns form — 预算数 and 决算数 side by side, each
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row 1–12, one row of figures.
export const layout: CorpusLayout = {
  id: "akto-finance-2019-three-public-final-columns-form",
  source: {
    title: "新疆阿克陶县财政局2019年度部门决算公开说明（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://xjakt.gov.cn/xjakt/c104333/202011/7bfe91d5ff8244839da55aa8f77040ff.shtml",
    publisher: "阿克陶县财政局",
    date: "2020-11",
    changes:
      "As published: the bureau, the year and the 部门决算 series' table name. The stored copy shows the 目录 and the bureau's 职责 only: the grid " +
      "(the national 财决 columns form — 预算数 | 决算数 over 合计, 因公出国（境）费, 公务用车购置及运行费 split 小计 / 购置费 / 运行费, 公务接待费; " +
      "栏次 1–12; one row of figures; the standard note) and every figure are ours. Planted: 公务接待费 决算 4.12 against its 3.60 budget; " +
      "决算 合计 typed 15.34 where 0.00 + 11.02 + 4.12 = 15.14.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "columns-form", "budget-and-final-side-by-side", "column-number-row", "three-header-rows",
    "split-under-merged-header", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "xinjiang",
  ],
  settings: { district: "阿克陶县" },
  sheets: [
    {
      name: "公开07表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["部门：阿克陶县财政局", null, null, null, null, null, null, null, null, null, "2019年度", "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [15.6, 0, 12, 0, 12, 3.6, 15.34, 0, 11.02, 0, 11.02, 4.12],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:J3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 4.12 spent against its 3.60 budget: 0.52万元 over" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 15.34 where 0.00 + 11.02 + 4.12 = 15.14 (0.20 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 15.60 = 0.00 + 12.00 + 3.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 12.00 = 购置费 0.00 + 运行费 12.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 11.02 = 0.00 + 11.02" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 11.02 of 12.00" },
      { rule: "execution.overspent", cell: "G8", why: "in all 15.34 (15.14 by its parts) of 15.60" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
