import type { CorpusLayout } from "../types";

// 山东: the first published 省级“三公”经费决算 (2013) — 4.47亿元, 0.35亿元 under the budget; 因公出国（境）费 0.43,
// 公务用车购置及运行维护费 2.74, 公务接待费 1.30. Laid out as a 预算数 | 决算数 | 增减 table in 亿元; clean.
export const layout: CorpusLayout = {
  id: "shandong-2013-province-three-public-accounts",
  source: {
    title: "山东首次公开省级“三公”经费决算和部门决算（2013年省级“三公”经费预决算表据报道拟）",
    url: "https://qingdao.dzwww.com/xinwen/sdnews/201409/t20140901_10943902.htm",
    publisher: "大众日报（山东省财政厅发布）",
    date: "2014-09-01",
    changes:
      "As published: 决算 4.47亿元, 比预算数少0.35亿元 (so 预算 4.82); 因公出国（境）费 0.43, 公务用车购置及运行维护费 2.74, 公务接待费 1.30. " +
      "Ours: the table's layout, the budget of each line (0.50, 2.90, 1.42, adding up to 4.82), the 增减 column and the note. Nothing planted: clean.",
  },
  classes: ["execution", "three-public-accounts", "final-account", "clean", "ceiling-lines", "difference-column", "negative-differences", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong"],
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 14, 16],
      rows: [
        ["2013年山东省省级“三公”经费预决算情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "2013年预算数", "2013年决算数", "决算比预算增减"],
        ["合计", 4.82, 4.47, -0.35],
        ["因公出国（境）费", 0.5, 0.43, -0.07],
        ["公务用车购置及运行维护费", 2.9, 2.74, -0.16],
        ["公务接待费", 1.42, 1.3, -0.12],
        ["注：省级包括省级行政单位、事业单位（含参照公务员法管理的事业单位）和其他单位。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:D7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2013 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 0.50 + 2.90 + 1.42 = 4.82" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 0.43 + 2.74 + 1.30 = 4.47" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减 −0.07 − 0.16 − 0.12 = −0.35, and each is 决算 − 预算" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 因公出国 0.43 / 0.50 = 86% is a saving, not a delay" },
      { rule: "execution.overspent", why: "every line's 决算 is under its 预算; the negative 增减 are no spending" },
      { rule: "execution.no-spending", cell: "D5", why: "the 增减 column is a difference, not spending" },
    ],
  },
};
