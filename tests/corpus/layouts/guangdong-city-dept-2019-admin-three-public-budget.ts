import type { CorpusLayout } from "../types";

// A 广东 city department's 2019 budget of 行政经费 and “三公”经费 (a 湛江-style 重点领域信息公开 page; the department is not named on the
// stored copy): 项 目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, 行政经费 and “三公”经费 as peers, the 三公 lines as
// 其中：(一)(二)(三) with 1. 购置 | 2. 运行维护费 under (二), then the 说明 and 名词解释 under the table.
export const layout: CorpusLayout = {
  id: "guangdong-city-dept-2019-admin-three-public-budget",
  source: {
    title: "2019年财政拨款安排的行政经费及“三公”经费预算情况（市直部门公开表）",
    url: "http://www.plpkl.com/zdlyxxgk/czyjshsgjf/sgjf/content/post_3449036.html",
    publisher: "广东省某市直部门（网站转载，部门名未显示）",
    changes:
      "Kept as published: 单位：万元, the header 项 目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, the rows 行政经费, “三公”经费, " +
      "其中：(一)因公出国(境)支出, (二)公务用车购置及运行维护支出, 1.公务用车购置, 2.公务用车运行维护费, (三)公务接待费支出, and the " +
      "说明 and 名词解释 under the table (shortened). The stored copy's title cells are empty; the title row is ours, with the year the 说明 " +
      "gives. Our own figures. Planted: the “三公”经费 合计 typed 31.00 where its lines give 0 + 27.00 + 3.00 = 30.00 and its own row's fund " +
      "columns 30.00 + 0 + 0 — one cell wrong both ways.",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "money-by-fund-type", "total-column-first",
    "admin-expenses-line", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "city-department", "guangdong",
  ],
  sheets: [
    {
      name: "行政经费及三公经费",
      widths: [34, 12, 12, 14, 16],
      rows: [
        ["2019年财政拨款安排的行政经费及“三公”经费预算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项 目", "合计", "一般公共\n预算", "政府性基金\n预算", "国有资本\n经营预算"],
        ["行政经费", 326.4, 326.4, 0, 0],
        ["“三公”经费", 31, 30, 0, 0],
        ["其中：（一）因公出国（境）支出", 0, 0, 0, 0],
        ["（二）公务用车购置及运行维护支出", 27, 27, 0, 0],
        ["1.公务用车购置", 0, 0, 0, 0],
        ["2.公务用车运行维护费", 27, 27, 0, 0],
        ["（三）公务接待费支出", 3, 3, 0, 0],
        ["一、财政拨款安排的行政经费及“三公”经费预算情况：2019年本部门财政拨款安排“三公”经费，其中公务用车运行维护费、公务接待费较上年有增有减。", null, null, null, null],
        ["二、名词解释：“三公”经费指市直行政（参公）单位、事业单位用于因公出国（境）、公务用车购置及运行维护、公务接待的经费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11", "A12:E12"],
      numberFormats: { "B4:E10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "行政经费及三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: {
          A: "line",
          B: "initialBudget",
          C: "initialBudget:一般公共预算",
          D: "initialBudget:政府性基金预算",
          E: "initialBudget:国有资本经营预算",
        },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "“三公”经费 合计 31.00: its lines give 0 + 27.00 + 3.00 = 30.00, and its row 30.00 + 0 + 0 = 30.00" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "一般公共预算 30.00 = 0 + 27.00 + 3.00" },
      { rule: "execution.total-mismatch", cell: "B7", why: "27.00 = 购置 0 + 运行维护费 27.00" },
      { rule: "execution.total-mismatch", cell: "B4", why: "行政经费 326.40 = 326.40 + 0 + 0; it is a peer of the 三公 line, not their total" },
      { rule: "execution.no-spending", why: "a budget table: nothing spent is stated" },
      { rule: "execution.behind-schedule", why: "no spending column" },
    ],
  },
};
