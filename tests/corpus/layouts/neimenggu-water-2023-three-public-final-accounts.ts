import type { CorpusLayout } from "../types";

// 内蒙古自治区水利厅 2023年度部门决算公开 (2024-09), 第五部分 十、财政拨款“三公”经费支出决算表 on the national template: one row across,
// 预算数 and 决算数 each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row 1–12.
export const layout: CorpusLayout = {
  id: "neimenggu-water-2023-three-public-final-accounts",
  source: {
    title: "2023年度内蒙古自治区水利厅部门决算公开（第五部分 十、财政拨款“三公”经费支出决算表）",
    url: "http://slt.nmg.gov.cn/xxgk/zfxxgkzl/fdzdgknr/yjsgk/202409/t20240911_2573099.html",
    publisher: "内蒙古自治区水利厅",
    date: "2024-09-11",
    changes:
      "The stored copy shows the publication's contents (第五部分 部门决算表 一 … 十、财政拨款“三公”经费支出决算表 …) and the department's duties, " +
      "not the tables' bodies. The 三公 table is laid out as the national final-accounts template gives it; every figure is ours. Planted: the " +
      "决算 合计 typed 88.32 where 8.46 + 63.95 + 15.82 = 88.23; 公务用车运行费 42.35 spent against its 40.00 budget (the 小计 63.95 stays under its " +
      "65.00, the 购置费 having come in under).",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "qizhong-columns", "column-number-row", "ceiling-lines", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "province-department", "neimenggu"],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2023年度", null, null, null, null, null, null, null, null, null, null, "公开10表"],
        ["部门：内蒙古自治区水利厅", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [95.5, 12, 65, 25, 40, 18.5, 88.32, 8.46, 63.95, 21.6, 42.35, 15.82],
        ["注：本表反映部门本年度财政拨款安排的“三公”经费支出预算数和决算数。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 88.32 where 因公出国 8.46 + 公务用车 63.95 + 公务接待 15.82 = 88.23: 0.09万元 over" },
      { rule: "execution.overspent", cell: "K8", why: "公务用车运行费 spent 42.35 against its budget of 40.00, 2.35万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 12.00 + 65.00 + 18.50 = 95.50" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 25.00 + 40.00 = 65.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 21.60 + 42.35 = 63.95" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车 小计 63.95 under its 65.00: only the 运行费 part is over" },
      { rule: "execution.overspent", cell: "G8", why: "in all 88.32 (88.23 by its parts) of 95.50" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: spending under them is economy" },
      { rule: "execution.no-spending", why: "every budgeted line spent something" },
      { rule: "execution.total-mismatch", cell: "A7", why: "栏次 1–12 number the columns" },
    ],
  },
};
