import type { CorpusLayout } from "../types";

// 山东职业学院 2018年单位预算 (学院办公室信息公开): 第二部分 十、2018年一般公共预算财政拨款“三公”经费支出预算表 — the Shandong one-row form:
// 单位名称 | 合计 | 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费), one row for the college. The stored copy
// lists the tables by name and gives the college's profile, not the figures.
export const layout: CorpusLayout = {
  id: "shandong-polytechnic-2018-three-public-budget",
  source: {
    title: "山东职业学院2018年单位预算（十、2018年一般公共预算财政拨款“三公”经费支出预算表，表据预算目录拟）",
    url: "https://sdp.edu.cn/xybgs/info/1073/1075.htm",
    publisher: "山东职业学院（学院办公室）",
    date: "2018",
    changes:
      "As published: the budget's contents (第二部分 2018年单位预算表 一至十, the tenth being the 2018年一般公共预算财政拨款“三公”经费支出预算表) and " +
      "the college's profile (省教育厅直属, 三个校区, 14853 students). The stored copy does not show the table: the grid is the Shandong province-unit " +
      "form (单位名称 then 合计, 因公出国（境）费用, 公务接待费, 公务用车购置及运行费 split 小计 | 购置费 | 运行费), the figures and the 说明 line are ours. " +
      "Planted: the 合计 typed 28.50 where 因公出国 1.50 + 公务接待费 10.00 + 用车 小计 16.00 = 27.50.",
  },
  classes: [
    "execution", "budget-only", "three-public", "one-row-form", "two-header-rows", "split-under-merged-header", "subtotal-column",
    "unit-name-column", "year-in-title", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy",
    "university", "province-unit", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "三公经费预算表",
      widths: [22, 12, 14, 12, 14, 14, 14],
      rows: [
        ["2018年一般公共预算财政拨款“三公”经费支出预算表", null, null, null, null, null, null],
        ["单位名称：山东职业学院", null, null, null, null, null, "单位：万元"],
        ["单位名称", "合计", "因公出国（境）费用", "公务接待费", "公务用车购置及运行费", null, null],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
        ["山东职业学院", 28.5, 1.5, 10, 16, 0, 16],
        ["说明：2018年“三公”经费预算均为一般公共预算财政拨款安排；学院2018年无公务用车购置计划。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A6:G6"],
      numberFormats: { "B5:G5": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 5, columns: { A: "line", B: "initialBudget" }, year: 2018 },
      // Corrected after the hundred-and-eighty-seventh holdout's measurement (counted failed): a 三公 budget table's money
      // (…“三公”经费支出预算表, no 预算数 heading) is the budget as first passed, as the corpus reads every such table
      // (fucheng-2019, lieshan-2023, meishan-peoples-hospital-2021).
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 28.50 against its parts as typed, 1.50 + 10.00 + 16.00 (the 小计) = 27.50 (1.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E5", why: "用车 小计 16.00 = 购置费 0 + 运行费 16.00" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the 单位名称 cells and the 说明 line are text" },
    ],
  },
};
