import type { CorpusLayout } from "../types";

// 鱼台县财政局 2023年部门预算, 第二部分 七、一般公共预算“三公”经费支出情况表 — the Shandong form laid across one row: 2023年预算数 merged over
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, the department and unit over it, a note under it.
export const layout: CorpusLayout = {
  id: "yutai-2023-finance-bureau-three-public-budget",
  source: {
    title: "2023年鱼台县财政局部门预算公开（七、一般公共预算“三公”经费支出情况表）",
    url: "https://pdf.chddh.cn/archives/r9pk6xl4g0q3nldjgq3y.html",
    publisher: "鱼台县财政局",
    date: "2023",
    changes:
      "As published: the table's name and place in the 部门预算 (第二部分 七), the bureau, the year. The stored copy shows the contents and the bureau's " +
      "duties only; the across-one-row form (as Shandong's 部门预算 tables lay it out), the note and every figure are ours. Planted: 公务用车购置及运行费 " +
      "小计 typed 7.80 where 购置费 0.00 + 运行费 7.20 = 7.20.",
  },
  classes: ["execution", "budget-only", "three-public", "ceiling-lines", "laid-across-one-row", "year-budget-heading-merged", "subtotal-column", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "shandong"],
  settings: { district: "鱼台县" },
  sheets: [
    {
      name: "表七",
      widths: [12, 16, 12, 16, 16, 12],
      rows: [
        ["表七", null, null, null, null, null],
        ["一般公共预算“三公”经费支出情况表", null, null, null, null, null],
        ["部门名称：鱼台县财政局", null, null, null, null, "单位：万元"],
        ["2023年预算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [12.6, 0, 7.8, 0, 7.2, 4.8],
        ["注：本表反映2023年一般公共预算安排的“三公”经费预算，本部门2023年无因公出国（境）和公务用车购置预算。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A3:E3", "A4:F4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "A8:F8"],
      numberFormats: { "A7:F7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表七", kind: "execution", unit: "万元", headerRow: 4, lastRow: 7, columns: { A: "initialBudget" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 小计 7.80 where 购置费 0.00 + 运行费 7.20 = 7.20 (0.60万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "合计 12.60 = 0.00 + 7.80 + 4.80, the 小计 as typed counted once (the slip is reported at the 小计)" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, so no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget alone; and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
    ],
  },
};
