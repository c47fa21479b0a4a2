import type { CorpusLayout } from "../types";

// 云南日报报业集团（本级） 2024年度部门决算, 第二部分 十一、一般公共预算财政拨款“三公”经费情况表: 预算数 | 决算数 by line, 栏次 row, 其中
// lines under the car and reception lines, the template's note on what 预算数 means.
export const layout: CorpusLayout = {
  id: "yndaily-2024-three-public-final-accounts",
  source: {
    title: "云南日报报业集团(本级)2024年度部门决算（十一、一般公共预算财政拨款“三公”经费情况表）",
    url: "https://www.yndaily.com/html/2025/juesuangongkai_0812/137143.html",
    publisher: "云南日报报业集团",
    date: "2025-08-12",
    changes:
      "As published: the unit, the year and the table's name and place in the 部门决算 (第二部分 十一). The stored copy shows the report's " +
      "contents, not the table's grid: the vertical 项目 | 预算数 | 决算数 form with a 栏次 row and the note is the one 云南 units publish " +
      "this table in; all figures ours. Planted: the 合计's 决算数 typed 39.19 where its lines give 37.19; 因公出国（境）费 budgeted 12.00 " +
      "and nothing spent.",
  },
  classes: ["execution", "three-public", "ceilings", "final-accounts", "qizhong-lines", "column-number-row", "total-row-first", "department-label-row", "year-in-title", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "provincial-unit", "yunnan"],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "公开11表",
      widths: [36, 16, 16],
      rows: [
        ["一般公共预算财政拨款“三公”经费情况表", null, null],
        ["（2024年度）", null, null],
        ["部门：云南日报报业集团（本级）", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 58.6, 39.19],
        ["1.因公出国（境）费", 12, 0],
        ["2.公务用车购置及运行费", 30, 27.84],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 30, 27.84],
        ["3.公务接待费", 16.6, 9.35],
        ["  其中：（1）国内接待费", 16.6, 9.35],
        ["        （2）国（境）外接待费", 0, 0],
        ["注：“三公”经费预算数为全年预算数，反映按规定程序调整后的预算数。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A3:B3", "A14:C14"],
      numberFormats: { "B6:C13": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开11表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 决算 39.19; 0 + 27.84 + 9.35 = 37.19 (2.00 apart)" },
      { rule: "execution.no-spending", cell: "C7", why: "因公出国（境）费 budgeted 12.00, nothing spent" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 12 + 30 + 16.6 = 58.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "car line 27.84 = 0 + 27.84" },
      { rule: "execution.total-mismatch", cell: "C11", why: "reception 9.35 = 9.35 + 0" },
      { rule: "execution.behind-schedule", cell: "C11", why: "三公 lines are ceilings: 9.35 of 16.60 is economy" },
      { rule: "execution.behind-schedule", cell: "C10", why: "三公 lines are ceilings: 27.84 of 30.00" },
      { rule: "execution.no-spending", cell: "C9", why: "公务用车购置费: nothing budgeted, nothing spent" },
      { rule: "execution.no-spending", cell: "C13", why: "国（境）外接待费: nothing budgeted, nothing spent" },
      { rule: "execution.overspent", why: "no line spends above its budget" },
      { rule: "input.unreadable-value", cell: "A5", why: "the 栏次 row numbers columns" },
    ],
  },
};
