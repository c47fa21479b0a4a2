import type { CorpusLayout } from "../types";

// 湖南省财政厅 2016-06: 2016年湖南省级“三公”经费公开 — the 省本级 三公 budget (4.4亿元: 公务接待 2.04, 因公出国（境） 0.47, 公务用车
// 1.89 of which 购置 0.07 and 运行维护 1.82), 4.03亿元 below the year before (8.43亿元 in 2015). Laid out as a budget-only table in 亿元:
// 2015年预算数 | 2016年预算数 | 比上年增减, 合计 first, the car line split 其中, the reasons in a note.
export const layout: CorpusLayout = {
  id: "hunan-2016-provincial-three-public-budget",
  source: {
    title: "2016年湖南省级三公经费公开（省级“三公”经费预算汇总表据正文拟）",
    url: "http://www.hunan.gov.cn/topic/hnzfxxgk/czzj/sjczyjs/yjsbg/201606/t20160601_3065805.html",
    publisher: "湖南省财政厅",
    date: "2016-06-01",
    changes:
      "The page gives the 2016 figures in prose (4.4亿元: 公务接待费2.04, 因公出国（境）费0.47, 公务用车购置及运行维护费1.89 — 购置0.07, 运行维护1.82) " +
      "and the fall of 4.03亿元 on the year before; the 2015 split (接待3.47, 出国0.40, 车4.56 — 购置0.10, 运行4.46) is ours, chosen to add up to 8.43. " +
      "The table, its headings and the 增减 column are ours (表据正文拟). Planted: 2016 公务用车运行维护费 typed 1.72 (published 1.82), so the car line's " +
      "1.89 no longer equals its 其中 parts (0.07 + 1.72 = 1.79); the 合计 still agrees with its three lines.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column", "negative-differences", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "province-level", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 14, 14, 14],
      rows: [
        ["2016年湖南省级“三公”经费预算汇总表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "2015年预算数", "2016年预算数", "比上年增减"],
        ["合计", 8.43, 4.4, -4.03],
        ["1.公务接待费", 3.47, 2.04, -1.43],
        ["2.因公出国（境）费", 0.4, 0.47, 0.07],
        ["3.公务用车购置及运行维护费", 4.56, 1.89, -2.67],
        ["  其中：公务用车购置费", 0.1, 0.07, -0.03],
        ["        公务用车运行维护费", 4.46, 1.72, -2.74],
        ["注：2016年省级“三公”经费预算汇总数较上年减少4.03亿元，主要是省以下工商、质监行政管理体制下划市县，公务用车制度改革后“三公”经费不含发放到个人的交通补贴，各单位厉行节约、严控“三公”经费。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget:2015年预算数", C: "initialBudget" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行维护费 1.89 where its 其中 parts add up to 0.07 + 1.72 = 1.79 (0.10亿元 off, far beyond the rounding of 2-decimal 亿元)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2.04 + 0.47 + 1.89 = 4.40, as stated (the 合计 agrees with its lines as typed)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "3.47 + 0.40 + 4.56 = 8.43" },
      { rule: "execution.total-mismatch", cell: "B7", why: "0.10 + 4.46 = 4.56" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column, no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column; the 2016 budget beside 2015's is a budget, not spending" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "比上年增减 is a difference (4.40 − 8.43 = −4.03), no rate" },
    ],
  },
};
