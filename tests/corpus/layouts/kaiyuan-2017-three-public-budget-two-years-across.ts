import type { CorpusLayout } from "../types";

// 开远市财政局 2017-03-15: 开远市2017年“三公”经费预算财政拨款情况统计表 — one figure row laid across, 2016年预算数 then 2017年预算数, each
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费; a paragraph above, the 口径说明 annex line under.
export const layout: CorpusLayout = {
  id: "kaiyuan-2017-three-public-budget-two-years-across",
  source: {
    title: "开远市2017年“三公”经费预算情况说明（开远市2017年“三公”经费预算财政拨款情况统计表）",
    url: "https://kacgn.cn/info/6131/478282.htm",
    publisher: "开远市财政局",
    date: "2017-03-15",
    changes:
      "As published: the paragraph over the table, its title, the three header rows (two year blocks, 公务用车购置及运行费 over 小计 | 购置费 | 运行费), " +
      "blank cells where nothing is budgeted, the one figure row and the 附件 line under it. Ours: every figure (2,956 for 2016, 2,348 for 2017) and " +
      "the 单位：万元 caption the paragraph implies. Planted: the 2017 car 小计 typed 1,086 where 购置 (blank) + 运行 1,068 = 1,068; the 2017 合计 " +
      "adds the 小计 as typed (18 + 1,086 + 1,244 = 2,348).",
  },
  classes: ["execution", "budget-only", "three-public", "laid-across-one-row", "two-year-blocks", "subtotal-column", "three-header-rows", "split-under-merged-header", "blank-cells-for-zero", "paragraph-over-table", "notes-under-table", "whole-wanyuan", "wanyuan-caption", "county-level-city", "yunnan"],
  settings: { district: "开远市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [8, 9, 9, 10, 10, 9, 8, 9, 9, 10, 10, 9],
      rows: [
        ["2017年全市“三公”经费的预算总额为2,348万元，其中，安排公务接待费1,244万元；安排公务用车费1,086万元，其中公务用车运行维护费1,068万元，公务用车购置0万元；安排因公出国（境）费18万元。2017年全市“三公”经费的预算总额比2016年减少608万元。", null, null, null, null, null, null, null, null, null, null, null],
        ["开远市2017年“三公”经费预算财政拨款情况统计表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2016年预算数", null, null, null, null, null, "2017年预算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [2956, null, 1582, null, 1582, 1374, 2348, 18, 1086, null, 1068, 1244],
        ["附件：“三公”经费口径说明", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:L2", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A8:L8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 7,
        columns: { G: "initialBudget", A: "initialBudget:2016年预算数" }, year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I7", why: "2017 公务用车购置及运行费 小计 1,086 against 购置 (blank) + 运行 1,068 = 1,068 (18 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G7", why: "2017 合计 2,348 = 18 + 1,086 + 1,244, the 小计 as typed counted once (not with its parts again)" },
      { rule: "execution.total-mismatch", cell: "A7", why: "2016 合计 2,956 = 1,582 + 1,374 (因公出国 blank)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "2016 小计 1,582 = 购置 (blank) + 运行 1,582" },
      { rule: "execution.overspent", why: "two budgets side by side, no spending: 2017 below 2016 means nothing spent" },
      { rule: "execution.no-spending", why: "a budget's own table: no spending status, blank 购置 cells hold no budget" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A1", why: "the paragraph over the table is prose" },
    ],
  },
};
