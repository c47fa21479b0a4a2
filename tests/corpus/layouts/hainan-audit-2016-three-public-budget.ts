import type { CorpusLayout } from "../types";

// 海南省审计厅 2016-02: its 2016 “三公经费” budget beside 2015's — 出国 15, 公务用车运行维护 50 (160 the year before), 接待 8 (15) —
// a budget-only table with the change and change-rate columns; the 2016 合计 typed 10 over its lines.
export const layout: CorpusLayout = {
  id: "hainan-audit-2016-three-public-budget",
  source: {
    title: "海南省审计厅2016年“三公经费”预算数说明（附表：三公经费预算表据说明拟）",
    url: "http://audit.hainan.gov.cn/xxgk/0700/0702/201812/t20181219_1659328.html",
    publisher: "海南省审计厅",
    date: "2016-02-19",
    changes:
      "The stored page shows the 说明 and its notes but not the 附表; the table is laid out from the 说明 (表据正文拟). As published: 因公出国（境） " +
      "15万元 (2015: 15), 公务用车运行维护费 50 (2015: 160, down 68.8%), 公务接待费 8 (2015: 15, down 46.7%), and the note on what a 预算数 is. " +
      "Ours: the 购置费 line at 0, the 增减 columns' layout. Planted: the 2016 合计 typed 83 where its lines add up to 73.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column", "change-rate-column", "negative-differences", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "province-department", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["海南省审计厅2016年“三公”经费财政拨款预算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2015年预算数", "2016年预算数", "增减额", "增减率"],
        ["合计", 190, 83, -107, "-56.3%"],
        ["1.因公出国（境）费", 15, 15, 0, "0.0%"],
        ["2.公务用车购置及运行费", 160, 50, -110, "-68.8%"],
        ["  其中：公务用车购置费", 0, 0, 0, "—"],
        ["        公务用车运行维护费", 160, 50, -110, "-68.8%"],
        ["3.公务接待费", 15, 8, -7, "-46.7%"],
        ["注：1.预算数为各部门当年年初预算安排的三公经费财政拨款数。2.“三公”经费指因公出国（境）费、公务用车购置及运行费和公务接待费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
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
        columns: { A: "line", B: "initialBudget:2015年预算数", C: "initialBudget" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2016 合计 83; its lines add up to 15 + 50 + 8 = 73 (10万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2015: 15 + 160 + 15 = 190" },
      { rule: "execution.total-mismatch", cell: "C6", why: "购置 0 + 运行维护 50 = 50; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a difference column, not a budget or spending" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "增减率 is a change rate ((50 − 160) / 160 = −68.75%), not an execution rate" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.overspent", why: "no spending column; the 2016 budget beside 2015's is a budget" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
    ],
  },
};
