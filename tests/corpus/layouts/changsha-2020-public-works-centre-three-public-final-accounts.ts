import type { CorpusLayout } from "../types";

// 长沙市公共工程建设中心 2020年度部门决算 (2021-09), 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表 on Hunan's 公开07表: 预算数 and
// 决算数 side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 栏次 row,
// one row of figures, the template's note under it.
export const layout: CorpusLayout = {
  id: "changsha-2020-public-works-centre-three-public-final-accounts",
  source: {
    title: "长沙市公共工程建设中心2020年度部门决算（七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://ptshed.com/szf/ztzl/ysgk/bmyjs_28200/sgwj_38129/202109/t20210918_10204513.html",
    publisher: "长沙市公共工程建设中心",
    date: "2021-09-22",
    changes:
      "As published: the centre, the year, the table's name and its place in the 决算 (第二部分 七). The stored copy shows the contents and the centre's " +
      "duties, not the tables: the blocks are those of the 公开07表 Hunan's departments publish, the figures ours. Planted: 预算数 合计 typed 31.60 where " +
      "0 + 21.40 + 8.20 = 29.60; 公务接待费 spent 9.36 against its 8.20 budget.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "table-number-label", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-department", "hunan"],
  sheets: [
    {
      name: "公开07表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["部门：长沙市公共工程建设中心", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [31.6, 0, 21.4, 0, 21.4, 8.2, 27.84, 0, 18.48, 0, 18.48, 9.36],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 31.60 where 因公出国 0.00 + 公务用车 小计 21.40 + 公务接待 8.20 = 29.60: 2.00万元 over" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 9.36 against its budget of 8.20, 1.16万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 27.84 = 0.00 + 18.48 + 9.36" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 21.40 = 0.00 + 21.40" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 18.48 = 0.00 + 18.48" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 18.48 of 21.40" },
      { rule: "execution.overspent", cell: "G8", why: "in all 27.84 of 31.60 (or 29.60 by its parts)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
      { rule: "input.unreadable-value", cell: "L2", why: "公开07表 is the table's number" },
    ],
  },
};
