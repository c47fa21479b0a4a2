import type { CorpusLayout } from "../types";

// 新民网 2013-01-28: 上海今年“三公经费”10.5亿元 预算与上年持平 — 市本级…“三公经费”预算合计10.5亿元, 其中出国出境经费预算2.07亿元、车辆
// 购置及运行费预算5.14亿元, 公务接待费预算3.29亿元. Prose; laid out as the budget table such a report annexes, in 亿元, the car line split.
export const layout: CorpusLayout = {
  id: "shanghai-2013-municipal-three-public-budget",
  source: {
    title: "上海今年“三公经费”10.5亿元 预算与上年持平（市本级“三公经费”预算表，表据正文拟）",
    url: "https://m.johnnytowncar.com/gn/2013/01-28/4527331.shtml",
    publisher: "新民网（转载）",
    date: "2013-01-28",
    changes:
      "As published: 市本级 2013年“三公经费”预算合计10.5亿元, 出国出境经费2.07亿元, 车辆购置及运行费5.14亿元, 公务接待费3.29亿元 (2.07 + 5.14 + " +
      "3.29 = 10.50), 与上年持平. Prose only: the table (项目 | 2013年预算数, 亿元) and the split of the car line into 购置 | 运行 are ours. " +
      "Planted: 其中 车辆购置费 1.02 + 车辆运行费 4.21 = 5.23, not the line's 5.14.",
  },
  classes: ["execution", "budget-only", "three-public", "table-from-prose", "total-first", "qizhong-pair", "yiyuan-unit", "two-decimal-yiyuan", "notes-under-table", "municipal-level", "shanghai"],
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 16],
      rows: [
        ["2013年上海市市本级“三公经费”预算表（表据正文拟）", null],
        [null, "单位：亿元"],
        ["项目", "2013年预算数"],
        ["合计", 10.5],
        ["一、出国出境经费", 2.07],
        ["二、车辆购置及运行费", 5.14],
        ["    其中：车辆购置费", 1.02],
        ["          车辆运行费", 4.21],
        ["三、公务接待费", 3.29],
        ["注：市本级指市级行政单位、事业单位和其他单位用财政拨款开支的“三公经费”；2013年预算与上年持平。", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2013 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "车辆购置及运行费 5.14 where its 其中 购置费 1.02 + 运行费 4.21 = 5.23: 0.09亿元 short of its parts" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 10.50 = 2.07 + 5.14 + 3.29, the lines as typed (the slip is reported once, at the car line)" },
      { rule: "execution.no-spending", why: "a budget's own table: nothing is spent in it, no spending column" },
      { rule: "execution.behind-schedule", why: "no spending column; 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a figure" },
    ],
  },
};
