import type { CorpusLayout } from "../types";

// 合肥 (a 市直 department, its 本级 and units together) 2023 决算: 一般公共预算及政府性基金财政拨款“三公”经费支出决算表 — 项目 | 预算数 |
// 决算数, 合计 first, the car line over 其中 购置费 | 运行维护费. The page carries the table's title and its explanation; the grid is
// built from the explanation's figures.
export const layout: CorpusLayout = {
  id: "hefei-2023-department-three-public-final-accounts",
  source: {
    title: "2023年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表及情况说明（表据说明拟）",
    url: "http://www.mobiapp8.com/tzgg-/yjsgk/18760737.html",
    publisher: "合肥市市直部门（转载页未显示部门名称）",
    date: "2024",
    changes:
      "As published: the table's title, the lines the explanation names (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费 with its " +
      "购置 and 运行维护 halves), 因公出国 budgeted 0 and spent 0 (no trip arranged), and the claim that the 决算 equals the 预算 " +
      "(6.35万元). The stored copy shows no grid: the layout (项目 | 预算数 | 决算数, 合计 first, 单位：万元, the note) is the standard " +
      "公开 form, and the figures below the 合计 are ours. Planted: 公务接待费 spent 2.09 against a budget of 1.85; the 合计 决算数 " +
      "typed 6.35 (the budget, as the explanation says) where its lines add to 0 + 4.46 + 2.09 = 6.55.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong",
    "total-row-first", "budget-and-actual-columns", "zero-budget-zero-spent", "two-decimal-wanyuan", "wanyuan-caption",
    "year-in-title", "notes-under-table", "table-from-prose", "city-department", "anhui",
  ],
  sheets: [
    {
      name: "三公经费决算",
      widths: [34, 12, 12],
      rows: [
        ["2023年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表", null, null],
        ["单位：万元", null, null],
        ["项目", "预算数", "决算数"],
        ["合计", 6.35, 6.35],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行维护费", 4.5, 4.46],
        ["    其中：公务用车购置费", 0, 0],
        ["          公务用车运行维护费", 4.5, 4.46],
        ["3.公务接待费", 1.85, 2.09],
        ["注：本表“三公”经费为部门汇总数，包含单位本级和所属单位；2023年度未安排因公出国（境）事项。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 6.35; its lines 0 + 4.46 + 2.09 = 6.55: 0.20万元 apart" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 2.09 against a budget of 1.85: 0.24万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 0 + 4.50 + 1.85 = 6.35 as stated" },
      { rule: "execution.total-mismatch", cell: "C6", why: "购置 0 + 运行维护 4.46 = 4.46, the car line" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 4.46 of 4.50 is economy, never delay" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国 was budgeted 0: no budget left unspent" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 budgeted 0, bought nothing" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no spending status of its own" },
    ],
  },
};
