import type { CorpusLayout } from "../types";

// 桂林市司法局 2015: the department's “三公”经费 statistics table as published on its page — 项 目 | 本年预算数 | 其中：公共预算财政拨款,
// 合 计 first, the three lines numbered 1.–3., the car line's 其中 (1) 运行维护费 | (2) 购置 under it, and the long 注 under the table.
export const layout: CorpusLayout = {
  id: "guilin-justice-2015-three-public-budget",
  source: {
    title: "2015年桂林市司法局部门“三公”经费情况统计表",
    url: "http://honghao99.com/html/contentscontent-2015-3-18-781197.html",
    publisher: "桂林市司法局（网站转载）",
    date: "2015-03-18",
    changes:
      "Kept as published: the title, the caption 单位：万元 at the right, the header 项 目 | 本年预算数 | 其中：公共预算财政拨款, the row order " +
      "(合 计, 1.因公出国(境)费用, 2.公务接待费, 3.公务用车费, 其中：(1)公务用车运行维护费, (2)公务用车购置) and the 注 under the table (shortened). " +
      "The published copy types 3.公务用车费 as 0 over 32.65 of 运行维护费; we type the car line as its parts add up. Our own figures. Planted: " +
      "本年预算数's 合 计 typed 37.60 where its lines give 0 + 2.40 + 34.40 = 36.80 (the 财政拨款 column's 合 计 36.80 is right).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "qizhong-column", "total-row-first",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "city-department", "guangxi",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 22],
      rows: [
        ["2015年桂林市司法局部门“三公”经费情况统计表", null, null],
        [null, null, "单位：万元"],
        ["项 目", "本年预算数", "其中：公共预算财政拨款"],
        ["合 计", 37.6, 36.8],
        ["1.因公出国（境）费用", 0, 0],
        ["2.公务接待费", 2.4, 2.4],
        ["3.公务用车费", 34.4, 34.4],
        ["其中：（1）公务用车运行维护费", 34.4, 34.4],
        ["（2）公务用车购置", 0, 0],
        [
          "注：按照财政部和部门预算管理的有关规定，“三公”经费包括在部门预算基本支出和项目支出中安排的因公出国（境）经费、公务用车购置及运行费和公务接待费。",
          null,
          null,
        ],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "initialBudget:公共预算财政拨款" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合 计 37.60, but 0 + 2.40 + 34.40 = 36.80 (off by 1.00)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "财政拨款 合 计 36.80 = 0 + 2.40 + 34.40" },
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车费 34.40 = 运行维护费 34.40 + 购置 0" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, and 因公出国 has no budget (0)" },
      { rule: "execution.behind-schedule", why: "no spending column; and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A10", why: "the 注 row is a note under the table" },
    ],
  },
};
