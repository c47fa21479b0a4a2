import type { CorpusLayout } from "../types";

// 2022年度内蒙古自治区巴彦淖尔市审计局部门决算, 第五部分 十一、财政拨款“三公”经费支出决算表: 预算数 and 决算数 side by side, each
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "bayannur-2022-audit-bureau-three-public-final-accounts",
  source: {
    title: "2022年度内蒙古自治区巴彦淖尔市审计局部门决算公开（财政拨款“三公”经费支出决算表）",
    url: "http://sjj.bynr.gov.cn/sjjxxgk/sjjgknr/czyjs/202309/t20230927_567087.html",
    publisher: "巴彦淖尔市审计局",
    date: "2023-09-27",
    changes:
      "As published: the table's name and number in the 决算 (第五部分 十一), the bureau, the year. The stored copy shows the contents and 职责 only; the " +
      "figures are ours, in the column blocks Inner Mongolia's 决算 template uses. Planted: 决算 公务用车购置及运行费 小计 typed 5.26 where 购置 0 + 运行 5.62 " +
      "= 5.62 (the 合计 adds the 小计 as typed); 公务接待费 1.35 spent against a 1.20 budget.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-department", "neimenggu"],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, "公开11表"],
        ["部门：巴彦淖尔市审计局", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [8, 0, 6.8, 0, 6.8, 1.2, 6.61, 0, 5.26, 0, 5.62, 1.35],
        ["注：本表反映部门本年度财政拨款安排的“三公”经费支出预算数和决算数。决算数包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 公务用车购置及运行费 小计 5.26 where 购置费 0.00 + 运行费 5.62 = 5.62: 0.36万元 short" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 1.35 against its budget of 1.20, 0.15万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 6.61 = 0.00 + 5.26 + 1.35, the 小计 as typed (the slip is reported once, at the 小计)" },
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 8.00 = 0.00 + 6.80 + 1.20" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 6.80 = 0.00 + 6.80" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 5.62 of 6.80" },
      { rule: "execution.overspent", cell: "G8", why: "in all 6.61 (or 6.97 by its parts) of 8.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
