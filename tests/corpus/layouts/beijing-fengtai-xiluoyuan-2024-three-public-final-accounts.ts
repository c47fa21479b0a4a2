import type { CorpusLayout } from "../types";

// 北京市丰台区人民政府西罗园街道办事处 2024年度部门决算（公开） (2025-09): 第一部分 报表 十、财政拨款“三公”经费支出决算表. The stored page lists
// the twelve tables (报表详见附件) and the 说明; the table is laid out on the national one-row form — 预算数 and 决算数 blocks, each 合计 |
// 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 — with a 栏次 row and figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-fengtai-xiluoyuan-2024-three-public-final-accounts",
  source: {
    title: "北京市丰台区人民政府西罗园街道办事处2024年度部门决算（公开）（十、财政拨款“三公”经费支出决算表；表据目录拟）",
    url: "https://www.bjft.gov.cn/ftq/xly2024/202509/6105c9f5a8b5496b8e60e63f748d3a92.shtml",
    publisher: "北京市丰台区人民政府西罗园街道办事处",
    date: "2025-09",
    changes:
      "As published: the 2024 决算 with its twelve tables listed (十、财政拨款“三公”经费支出决算表 among them), the office's founding (1988) and duties; the " +
      "tables are in an annex the stored copy does not show (table-not-in-stored-copy). Ours: the one-row form's layout (预算数 | 决算数 blocks, the car " +
      "line's 小计 | 购置费 | 运行费, the 栏次 row, the 公开10表 label, the note) and every figure. Planted: the 决算 公务用车购置及运行费 小计 typed 13.08 " +
      "where 购置费 0 + 运行费 12.68 = 12.68 (the 合计 adds the 小计 as typed); 公务接待费 spent 3.46 against its 3.30 budget.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "one-row-form", "budget-and-final-blocks", "merged-header-over-three",
    "three-header-rows", "column-number-row", "subtotal-column", "ceiling-lines", "form-label", "two-decimal-wanyuan", "wanyuan-caption",
    "year-in-caption", "notes-under-table", "table-not-in-stored-copy", "street-office", "beijing",
  ],
  settings: { district: "北京市丰台区" },
  sheets: [
    {
      name: "公开10表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        [null, null, null, null, null, null, null, null, null, null, null, "公开10表"],
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：北京市丰台区人民政府西罗园街道办事处", null, null, null, null, "2024年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [18.5, 0, 15.2, 0, 15.2, 3.3, 16.54, 0, 13.08, 0, 12.68, 3.46],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A2:L2", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开10表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 公务用车购置及运行费 小计 13.08 against 购置费 0 + 运行费 12.68 = 12.68 (0.40 over)" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 决算 3.46 against its 预算 3.30: 0.16 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 16.54 = 0 + 13.08 (the 小计 as typed) + 3.46: the slip is reported once, at I8" },
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 18.50 = 0 + 15.20 + 3.30" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 15.20 = 0 + 15.20" },
      { rule: "execution.overspent", cell: "G8", why: "合计 16.54 is under 18.50, and a total gets no status" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget (0) and spent nothing" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 12.68 of 15.20 is a saving" },
      { rule: "execution.total-mismatch", cell: "A7", why: "the 栏次 row numbers the columns, no figures" },
      { rule: "input.unreadable-value", cell: "L1", why: "公开10表 is the form's label" },
    ],
  },
};
