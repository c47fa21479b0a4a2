import type { CorpusLayout } from "../types";

// 银川市兴庆区文化街街道办事处 2022-09-14: 2021年度部门决算公开. The stored copy gives the report's contents (第二部分 七、一般公共预算财政拨款
// 三公经费支出决算表 among them), not the tables: the 三公 table is laid out as the 2021 公开表 — 部门 and 单位 line, 预算数 / 决算数 blocks of
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a row of column numbers, the form's note under it.
export const layout: CorpusLayout = {
  id: "wenhuajie-street-2021-three-public-final",
  source: {
    title: "2021年度文化街街道办事处部门决算公开（七、一般公共预算财政拨款三公经费支出决算表）",
    url: "http://www.xqq.gov.cn/zwgk/bmxxgkml/xqqwhjjdbsc/fdzdgknr_44790/czyjsjsgjf_9677/bmjs_48948/202209/t20220914_3770020.html",
    publisher: "银川市兴庆区文化街街道办事处",
    date: "2022-09-14",
    changes:
      "The stored copy shows the report's contents (单位概况, the nine 决算表 by name, the 情况说明), not the tables. The 三公 table is laid out " +
      "as the 2021 公开表 (公开07表 mark, 部门 and 金额单位 line, 预算数 / 决算数 blocks, 小计 under 公务用车购置及运行费, column numbers 1–12, the " +
      "form's note); every figure is ours. Planted: the 决算数 合计 typed 5.24 where 0.00 + 3.86 + 1.56 = 5.42 (digits swapped).",
  },
  classes: [
    "execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row",
    "two-decimal-wanyuan", "wanyuan-caption", "form-mark", "transposed-digits", "notes-under-table", "table-not-in-stored-copy", "street-office", "ningxia",
  ],
  settings: { district: "兴庆区" },
  sheets: [
    {
      name: "公开07表",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["部门：兴庆区文化街街道办事处", null, null, null, null, null, null, null, null, "2021年度", null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [6.8, 0, 4.3, 0, 4.3, 2.5, 5.24, 0, 3.86, 0, 3.86, 1.56],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:I3", "J3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "公开07表", cell: "G8", why: "决算 合计 5.24 where 因公出国 0.00 + 公务用车 小计 3.86 + 接待 1.56 = 5.42 (0.18万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "公开07表", cell: "A8", why: "预算 合计 6.80 = 0.00 + 4.30 + 2.50, the 小计 not added again" },
      { rule: "execution.total-mismatch", sheet: "公开07表", cell: "I8", why: "决算 小计 3.86 = 0.00 + 3.86" },
      { rule: "execution.total-mismatch", sheet: "公开07表", cell: "C8", why: "预算 小计 4.30 = 0.00 + 4.30" },
      { rule: "execution.overspent", why: "every 决算 figure is within its budget (3.86 of 4.30, 1.56 of 2.50)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国 and 公务用车购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", sheet: "公开07表", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
