import type { CorpusLayout } from "../types";

// 百色市财政局 2024: the 市本级 一般公共预算“三公”经费 budget for 2024 beside 2023's (3,923万元, 332万元 less), stated in prose head by head.
// Built as the usual budget table: 项目 | 2023年预算数 | 2024年预算数 | 增减额, 合计 first, the car line split 其中 购置 / 运行维护, a note under it.
export const layout: CorpusLayout = {
  id: "baise-2024-municipal-three-public-budget",
  source: {
    title: "百色市本级2024年一般公共预算“三公”经费支出预算安排情况（预算表据说明拟）",
    url: "http://czj.baise.gov.cn/czyjsgkpt/czzxzjjsgjf/sgjf/t17993350.shtml",
    publisher: "百色市财政局",
    date: "2024",
    changes:
      "The page is prose: the four heads in its words (公务接待费, 因公出国（境）经费, 公务用车购置费, 公务用车运行维护费), the comparison with 2023's " +
      "budget (比上年年初预算) and the reasons. The table is ours in the usual layout, with our own figures near the published ones (3,923 / 638 / 62 / 718 / " +
      "2,505万元 are not kept). Planted: the 2024 合计 typed 3,930 where 60 + 3,200 + 640 = 3,900; the 2023 car line typed 3,420 where its 其中 " +
      "580 + 2,660 = 3,240 (the 2023 合计 4,230 adds the car line as its parts give it, so that slip is the line's alone).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column",
    "negative-differences", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose",
    "city-level", "guangxi",
  ],
  settings: { district: "百色市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14, 14, 12],
      rows: [
        ["百色市本级2024年一般公共预算“三公”经费支出预算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2023年预算数", "2024年预算数", "增减额"],
        ["合计", 4230, 3930, -300],
        ["1.因公出国（境）费", 40, 60, 20],
        ["2.公务用车购置及运行维护费", 3420, 3200, -220],
        ["其中：公务用车购置费", 580, 720, 140],
        ["公务用车运行维护费", 2660, 2480, -180],
        ["3.公务接待费", 950, 640, -310],
        ["注：本表为市本级一般公共预算安排的“三公”经费；增减额为2024年预算数减2023年预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2023年预算数", C: "initialBudget" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2024 合计 3,930; 因公出国 60 + 公务用车 3,200 (720 + 2,480) + 公务接待 640 = 3,900 (30万元 apart)" },
      { rule: "execution.total-mismatch", cell: "B6", why: "2023 公务用车购置及运行维护费 3,420; its 其中 购置 580 + 运行维护 2,660 = 3,240 (180万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2023 合计 40 + 3,240 + 950 = 4,230 with the car line as its parts give it: that slip is reported once, at the line" },
      { rule: "execution.total-mismatch", cell: "C6", why: "2024 car line 720 + 2,480 = 3,200" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a difference column, neither a budget nor spending" },
      { rule: "execution.overspent", why: "a budget beside last year's budget: nothing is spent" },
      { rule: "execution.no-spending", why: "a budget-only table has no spending column" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
