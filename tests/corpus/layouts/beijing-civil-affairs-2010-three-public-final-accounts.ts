import type { CorpusLayout } from "../types";

// 北京 2011-08-15: 42 city departments publish their 2010 决算 and “三公”经费 the same day; the report walks through 市民政局's account —
// 决算 by 因公出国（境）费, 公务用车购置及运作维护费 (其中 购置费, with cars bought and the cost per car) and 公务接待费, the groups and people
// sent abroad. Laid out as the bureau's 2010 三公 决算 table: 项目 | 预算数 | 决算数 | 决算数比预算数增减, 合计 first, the car line split 其中.
export const layout: CorpusLayout = {
  id: "beijing-civil-affairs-2010-three-public-final-accounts",
  source: {
    title: "北京42个部门公开2010年部门决算及“三公”经费（市民政局“三公”经费决算表据正文拟）",
    url: "http://103.249.53.35/xwzx/PoliticsNews/201108/t20110816_1964317.htm",
    publisher: "北京市民政局（新闻报道）",
    date: "2011-08-16",
    changes:
      "The report gives 市民政局's 2010 三公 决算 in prose (the total, the three kinds, 公务用车购置费 with the cars bought and the cost per car, the " +
      "groups and people sent abroad) and its 2011 budget. The table, its headings, the 预算数 column, the 增减 column and every figure are ours " +
      "(表据正文拟); the note keeps the report's kind of detail (cars, cost per car, groups, people) with our numbers. Planted: 合计 决算数 typed " +
      "1,919.98 where the lines add up to 1,991.98; 公务接待费 决算 171.33 above its 160.00 budget.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "budget-and-actual-columns", "difference-column",
    "negative-differences", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose",
    "news-report", "city-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [34, 14, 14, 20],
      rows: [
        ["北京市民政局2010年“三公”经费财政拨款决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["合计", 2040, 1919.98, -120.02],
        ["1.因公出国（境）费", 380, 352.4, -27.6],
        ["2.公务用车购置及运行维护费", 1500, 1468.25, -31.75],
        ["  其中：公务用车购置费", 350, 338.6, -11.4],
        ["        公务用车运行维护费", 1150, 1129.65, -20.35],
        ["3.公务接待费", 160, 171.33, 11.33],
        ["注：2010年市级购置公务用车20辆，车均购置经费16.93万元；因公出国（境）团组14个，出国95人次。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2010 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 1,919.98; the lines 352.40 + 1,468.25 + 171.33 = 1,991.98 (72万元 apart; the 其中 parts are inside 1,468.25)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 决算数 171.33 > 预算数 160.00 (11.33 over a ceiling)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 合计 2,040 = 380 + 1,500 + 160" },
      { rule: "execution.total-mismatch", cell: "C6", why: "1,468.25 = 购置 338.60 + 运行维护 1,129.65" },
      { rule: "execution.total-mismatch", cell: "B6", why: "1,500 = 350 + 1,150" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and 2010 is a closed year" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "决算数比预算数增减 is a difference (1,919.98 − 2,040 = −120.02 as typed), no rate" },
      { rule: "execution.no-spending", why: "every line spent something" },
    ],
  },
};
