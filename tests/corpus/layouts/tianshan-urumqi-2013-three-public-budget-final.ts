import type { CorpusLayout } from "../types";

// 亚心网 2014-10-20: 乌鲁木齐市天山区, the city's first district to publish its 三公 accounts — the 2013 决算 1,699.95万元 (出国 0,
// 公务用车 1,608.62, 接待 91.33) against the year's budget 1,841.3 (接待 140, 公务用车 1,701.3 of which 购置 260 | 运行 1,441.3),
// 节约 141.35. Laid out as the district's 预算及决算 table: 预算数 | 决算数 | 节约额 | 执行率, the 公务用车 line split 其中.
export const layout: CorpusLayout = {
  id: "tianshan-urumqi-2013-three-public-budget-final",
  source: {
    title: "乌鲁木齐市天山区公布2013年“三公”决算（天山区2013年“三公经费”预算及决算情况表据报道拟）",
    url: "http://578011.com/a/xinjiang/20141020/146230.html",
    publisher: "乌鲁木齐市天山区财政局（大西北网—亚心网报道）",
    date: "2014-10-20",
    changes:
      "As published: every budget figure (1,841.3; 出国 0; 接待 140; 公务用车 1,701.3 = 购置 260 + 运行 1,441.3), every 决算 figure " +
      "(1,699.95; 出国 0; 公务用车 1,608.62; 接待 91.33) and the 节约 141.35 / 92.68 / 48.67; the 121 units in the note. Ours: the table, the " +
      "split of the 公务用车 决算 (购置 276.80 | 运行 1,331.82, the report gives only their sum) and the rates. Planted: 购置 276.80 above its " +
      "260 budget (its 节约 -16.80); 公务接待费's rate typed 56.24% where 91.33 / 140 = 65.24%.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "savings-column", "negative-saving", "two-decimal-wanyuan", "wanyuan-caption", "rates-as-text", "zero-budget-line", "notes-under-table", "table-from-prose", "news-report", "district-level", "xinjiang"],
  settings: { district: "天山区" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 12, 12, 12, 10],
      rows: [
        ["天山区2013年本级公共财政“三公经费”预算及决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "节约额", "执行率"],
        ["“三公经费”合计", 1841.3, 1699.95, 141.35, "92.32%"],
        ["一、因公出国（境）费", 0, 0, 0, "—"],
        ["二、公务用车购置及运行维护费", 1701.3, 1608.62, 92.68, "94.55%"],
        ["    其中：公务用车购置费", 260, 276.8, -16.8, "106.46%"],
        ["          公务用车运行维护费", 1441.3, 1331.82, 109.48, "92.40%"],
        ["三、公务接待费", 140, 91.33, 48.67, "56.24%"],
        ["注：含政府性基金安排的“三公经费”。2013年天山区本级共121个一级预算单位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", E: "rate" }, year: 2013 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费 决算 276.80 above its 260 budget (a 三公 ceiling: spending above it still counts)" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "公务接待费 91.33 / 140 = 65.24%, typed 56.24%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 1,608.62 + 91.33 = 1,699.95; budgets 0 + 1,701.3 + 140 = 1,841.3" },
      { rule: "execution.total-mismatch", cell: "C6", why: "购置 276.80 + 运行 1,331.82 = 1,608.62; budgets 260 + 1,441.3 = 1,701.3" },
      { rule: "execution.overspent", cell: "C6", why: "公务用车 as a whole 1,608.62 is under 1,701.3" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has a budget of 0: nothing budgeted, nothing unspent" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings, never behind schedule (接待 65%, 运行 92%)" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,699.95 / 1,841.3 = 92.32%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "276.80 / 260 = 106.46%" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "1,331.82 / 1,441.3 = 92.40%" },
      { rule: "input.unreadable-value", cell: "D7", why: "a negative saving (-16.80) is a figure, the overspending shown as a saving below zero" },
    ],
  },
};
