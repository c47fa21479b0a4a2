import type { CorpusLayout } from "../types";

// 人民网（转北京晨报）2013-03-21: 88 Beijing municipal units published their 2013 budgets — “三公” 79,779.88万元 against 79,830.67万元
// the year before (50.79万元 less); 公务用车 over 5.9亿 (74%), 因公出国 about 1.4亿 (18%), 公务接待 6,553万 (8%). Set out as the summary
// such a release carries: 项目 | 2012年预算数 | 2013年预算数 | 比上年增减, 单位：万元, 合计 first, the 公务用车 line split into 购置 | 运行维护.
export const layout: CorpusLayout = {
  id: "beijing-2013-88-departments-three-public-budget",
  source: {
    title: "北京88部门晒“三公”预算近8亿 过半部门未增支（88个部门“三公”经费预算汇总表据报道拟）",
    url: "http://fanfu.people.com.cn/BIG5/n/2013/0321/c64371-20861395.html",
    publisher: "人民网（转北京晨报）；北京市财政局（汇总）",
    date: "2013-03-21",
    changes:
      "As published: 88 units, the 2013 total 79,779.88万元 and the year before 79,830.67万元 (50.79万元 less), 公务接待费 6,553万元 and the shares " +
      "the report gives (公务用车 about 74%, 出国 about 18%, 接待 8%). The report has no table: its layout, headings and note are ours, and so are the " +
      "lines' figures to the cent (出国 13,980.45, 公务用车 59,246.43 split 8,120.30 | 51,126.13; 2012's lines) chosen to add up to the published totals. " +
      "Planted: 2013 公务用车购置及运行费 typed 59,264.43 where its two parts add up to 8,120.30 + 51,126.13 = 59,246.43 (the 合计 adds the parts).",
  },
  classes: [
    "execution", "budget-only", "three-public", "two-year-budget-columns", "change-column", "total-row-first", "qizhong-lines",
    "line-typed-wrong-against-parts", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report",
    "municipal-departments", "beijing",
  ],
  sheets: [
    {
      name: "三公预算",
      widths: [34, 16, 16, 14],
      rows: [
        ["2013年北京市88个部门“三公”经费财政拨款预算汇总表（表据报道拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2012年预算数", "2013年预算数", "比上年增减"],
        ["合计", 79830.67, 79779.88, -50.79],
        ["1.因公出国（境）费", 13655.2, 13980.45, 325.25],
        ["2.公务接待费", 6812.37, 6553, -259.37],
        ["3.公务用车购置及运行费", 59363.1, 59264.43, -116.67],
        ["其中：公务用车购置费", 8540, 8120.3, -419.7],
        ["      公务用车运行维护费", 50823.1, 51126.13, 303.03],
        ["注：汇总口径为公开2013年部门预算的88个市级部门当年财政拨款安排的“三公”经费；2012年为上年预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", C: "initialBudget" },
        year: 2013,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "2013 公务用车购置及运行费 59,264.43 where 购置费 8,120.30 + 运行维护费 51,126.13 = 59,246.43 (18.00 over); the 合计 79,779.88 = 13,980.45 + 6,553.00 + 59,246.43 adds the parts in the line's place, so the slip is reported once, at the line",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 79,779.88 = 13,980.45 + 6,553.00 + 8,120.30 + 51,126.13, the 公务用车 line as its parts give it" },
      { rule: "execution.total-mismatch", cell: "B4", why: "2012: 13,655.20 + 6,812.37 + 59,363.10 = 79,830.67" },
      { rule: "execution.total-mismatch", cell: "B7", why: "2012 公务用车 59,363.10 = 8,540.00 + 50,823.10" },
      { rule: "execution.total-mismatch", cell: "D4", why: "比上年增减 is a change column, neither a budget nor an amount" },
      { rule: "execution.overspent", why: "a budget with no spending beside it; 2013's budget under 2012's is no spending either" },
      { rule: "execution.behind-schedule", why: "no spending column, and 三公 lines are ceilings" },
      { rule: "execution.no-spending", why: "a budget-only table measures nothing spent" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table" },
    ],
  },
};
