import type { CorpusLayout } from "../types";

// 浙江 龙泉市: 2018年 部门及乡镇政府（街道办事处）“三公”经费决算 — 合计 first, then 因公出国（境）经费, 公务接待费 and
// 公务用车购置及运行费 with its 其中 购置 | 运行, each against last year's outcome and its change. Laid out as the summary table.
export const layout: CorpusLayout = {
  id: "longquan-2018-three-public-final-account",
  source: {
    title: "2018年龙泉市“三公”经费决算情况说明（决算汇总表据说明拟）",
    url: "https://www.longquan.gov.cn/art/2019/6/18/art_1229384720_3701304.html",
    publisher: "龙泉市财政局",
    date: "2019-06-18",
    changes:
      "As published: the scope (部门及乡镇政府（街道办事处）, 行政单位、事业单位和其他单位), the lines (因公出国（境）经费、公务接待费、公务用车购置及运行费 with 其中 购置费 | 运行费), " +
      "each given as 决算 and its change on the year before. " +
      "Ours: the table (built from the prose: 项目 | 2018年决算数 | 2017年决算数 | 比上年增减（%）), every figure (the published ones replaced by our own), the note. " +
      "Planted: 公务用车运行费 typed 1,185 so that 购置 402 + 运行 1,185 = 1,587, not the 1,577 stated for 公务用车购置及运行费 (its change column left at -4.5).",
  },
  classes: ["execution", "final-account", "three-public-spending", "no-budget-column", "last-year-column", "growth-column", "qizhong-parts", "total-row-first", "whole-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "county-report", "zhejiang"],
  settings: { district: "龙泉市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 16, 16, 16],
      rows: [
        ["2018年龙泉市部门及乡镇政府（街道办事处）“三公”经费决算汇总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2018年决算数", "2017年决算数", "比上年增减（%）"],
        ["合计", 2685, 2766, -2.9],
        ["1.因公出国（境）经费", 96, 60, 60.0],
        ["2.公务接待费", 1012, 1096, -7.7],
        ["3.公务用车购置及运行费", 1577, 1610, -2.0],
        ["其中：公务用车购置费", 402, 380, 5.8],
        ["      公务用车运行费", 1185, 1230, -4.5],
        ["注：“三公”经费包括行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位用财政拨款安排的因公出国（境）经费、公务接待费、公务用车购置费和公务用车运行费。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "D4:D9": "0.0" },
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
        columns: { A: "line", B: "actual" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行费 1,577; its parts 402 + 1,185 = 1,587: 10万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 2,685 = 96 + 1,012 + 1,577, the lines as typed: the slip is reported once, at the 公务用车 line" },
      { rule: "execution.total-mismatch", cell: "C7", why: "2017年决算数 is last year's outcome, a comparison (and 380 + 1,230 = 1,610 anyway)" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "比上年增减 is growth on last year, never an execution rate" },
      { rule: "execution.overspent", why: "no budget column: a final account of spending alone" },
      { rule: "execution.behind-schedule", why: "no budget, and 三公 lines are ceilings, never behind schedule" },
    ],
  },
};
