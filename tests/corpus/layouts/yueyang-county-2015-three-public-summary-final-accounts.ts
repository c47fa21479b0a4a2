import type { CorpusLayout } from "../types";

// 岳阳县 (on cnzheou.com's copy of the county site): 岳阳县2015年“三公”经费汇总情况决算表 — 单位：万元, 项目 | 本年预算数 (one column), 合计
// first, 1、因公出国（境）费用 2、公务接待费 3、公务用车费 with 其中：(1) 运行维护费 (2) 购置, then a long 注 saying the 决算 equals the budget.
export const layout: CorpusLayout = {
  id: "yueyang-county-2015-three-public-summary-final-accounts",
  source: {
    title: "岳阳县2015年“三公”经费汇总情况决算表",
    url: "http://cnzheou.com/37584/38146/67122/67124/content_2034381.html",
    publisher: "岳阳县财政局",
    date: "2016",
    changes:
      "Kept as published: the title, 单位：万元, the single heading 本年预算数, the line wording and order (公务接待费 before 公务用车费; 运行维护费 " +
      "before 购置 under 其中), and the 注 with its four points (shortened; its counts changed to ours). Figures are ours. Planted: 合计 typed " +
      "3,268 where 0 + 1,296 + 1,990 = 3,286 (two digits swapped).",
  },
  classes: ["execution", "budget-only", "one-money-column", "final-accounts-title-budget-column", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "whole-wanyuan", "wanyuan-caption", "long-note-under-table", "figure-in-note", "county-summary", "hunan"],
  settings: { district: "岳阳县" },
  sheets: [
    {
      name: "三公经费",
      widths: [36, 16],
      rows: [
        ["岳阳县2015年“三公”经费汇总情况决算表", null],
        ["单位：万元", null],
        ["项目", "本年预算数"],
        ["合计", 3268],
        ["1、因公出国（境）费用", 0],
        ["2、公务接待费", 1296],
        ["3、公务用车费", 1990],
        ["其中：（1）公务用车运行维护费", 1990],
        ["（2）公务用车购置", 0],
        [
          "注：1、按照党中央、国务院有关文件及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。2、2015年三公经费统计范围扩大到所有的一级预算部门（单位）和独立核算的二级机构。3、2015年本级财政拨款的“三公”经费决算数等同于预算数，中途并无追加减。4、岳阳县现保有315台公务车，公务接待经费1296万元。",
          null,
        ],
      ],
      merges: ["A1:B1", "A2:B2", "A10:B10"],
      numberFormats: { "B4:B9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 3,268; 0 + 1,296 + 1,990 = 3,286 (18 apart: the digits 8 and 6 swapped)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车费 1,990 = 运行维护费 1,990 + 购置 0" },
      { rule: "execution.no-spending", why: "a single budget column records no spending; the note says the 决算 equals it" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and no spending column stands beside" },
      { rule: "input.unreadable-value", cell: "A10", why: "the 注 (315台, 1296万元) is text under the table" },
    ],
  },
};
