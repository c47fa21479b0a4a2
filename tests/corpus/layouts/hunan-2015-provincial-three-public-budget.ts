import type { CorpusLayout } from "../types";

// 湖南省财政厅 2015-03-14: the province-level departments' “三公”经费 budget for 2015, 8.43亿元, 0.14亿元 under 2014 — 公务接待费 3.47,
// 因公出国（境）费 0.40, 公务用车购置及运行费 4.56 (购置 0.10, 运行维护 4.46) — as the news reported it on the day the departments published
// their budgets. Set out as the summary table such a release carries: 项目 | 2015年预算数 | 比上年增减, in 亿元, 合计 first (表据报道拟).
export const layout: CorpusLayout = {
  id: "hunan-2015-provincial-three-public-budget",
  source: {
    title: "湖南：“三公”经费连续3年下降（2015年省级“三公”经费预算汇总表据报道拟）",
    url: "https://shenyang.baogaosu.com/xinwen/%E4%B8%89%E5%85%AC%E7%BB%8F%E8%B4%B9%E8%BF%9E%E7%BB%AD%E6%B9%96%E5%8D%97%E4%B8%89%E5%85%AC/30552598",
    publisher: "湖南省财政厅（汇总）；新闻报道",
    date: "2015-03-14",
    changes:
      "As published: every figure (8.43亿元 in all, 0.14亿元 less than 2014; 公务接待费 3.47, 因公出国（境）费 0.4, 公务用车购置及运行费 4.56 of which 购置 " +
      "0.1 and 运行维护 4.46) and the order the report gives them in. The report has no table: the table's layout, its headings and the note are ours; only " +
      "the 合计 states a change on 2014 (the parts' are not reported). Planted: the 合计 typed 8.34 where 3.47 + 0.40 + 4.56 = 8.43.",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-lines", "indented-sibling-under-qizhong", "change-column", "dash-cells", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "hunan"],
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 16, 14],
      rows: [
        ["2015年湖南省省级“三公”经费预算汇总表（表据报道拟）", null, null],
        [null, null, "单位：亿元"],
        ["项目", "2015年预算数", "比上年增减"],
        ["合计", 8.34, -0.14],
        ["1.公务接待费", 3.47, "—"],
        ["2.因公出国（境）费", 0.4, "—"],
        ["3.公务用车购置及运行费", 4.56, "—"],
        ["其中：公务用车购置费", 0.1, "—"],
        ["      公务用车运行维护费", 4.46, "—"],
        ["注：省级部门包括省级行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位，口径为当年一般公共预算拨款安排的“三公”经费。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 8.34 where 公务接待费 3.47 + 因公出国（境）费 0.40 + 公务用车购置及运行费 4.56 = 8.43: 0.09亿元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行费 4.56 = 购置 0.10 + 运行维护 4.46" },
      { rule: "execution.total-mismatch", cell: "C4", why: "比上年增减 is a change on 2014, no amount of the table" },
      { rule: "execution.behind-schedule", why: "a budget with nothing spent beside it, and 三公 lines are ceilings" },
      { rule: "execution.no-spending", why: "a budget-only table has no spending column: nothing is measured" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no line" },
    ],
  },
};
