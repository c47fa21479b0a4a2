import type { CorpusLayout } from "../types";

// 昌宁县财政局 2016-10-09: 昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表 — 项目 | 2014年决算数 | 2015年决算数 |
// 2015年决算比上年增、减情况 (增、减额 | 增、减幅度), 单位：万元, 合 计 first, 3、公务用车费 split 其中：(1)运行维护费 (2)购置.
export const layout: CorpusLayout = {
  id: "changning-2015-county-three-public-final",
  source: {
    title: "昌宁县县本级2015年度“三公”经费决算情况（昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表）",
    url: "https://www.yncn.gov.cn/info/4252/4432780.htm",
    publisher: "昌宁县财政局",
    date: "2016-10-09",
    changes:
      "As published: the title, 单位：万元, the two header rows (2015年决算比上年增、减情况 over 增、减额 | 增、减幅度), 合 计 at the top, the numbered " +
      "lines 1、因公出国（境）费 … 3、公务用车费 and its 其中：(1)公务用车运行维护费 (2)公务用车购置, rates to one decimal. Every figure is ours, the " +
      "changes and rates worked from them; the explanatory paragraphs above and below the table are cut to one note. Planted: the 2015 合计 typed " +
      "1,854.88 where 48.60 + 862.40 + 934.88 = 1,845.88 (its 增、减额 3.32 and 0.2% were worked from the right sum).",
  },
  classes: [
    "execution", "three-public", "two-year-comparison", "change-columns", "total-at-top", "qizhong-lines", "two-header-rows",
    "two-decimal-wanyuan", "county-unit", "notes-under-table", "yunnan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 14, 14, 14],
      rows: [
        ["昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项  目", "2014年决算数", "2015年决算数", "2015年决算比上年增、减情况", null],
        [null, null, null, "增、减额", "增、减幅度"],
        ["合  计", 1842.56, 1854.88, 3.32, "0.2%"],
        ["1、因公出国（境）费", 14.2, 48.6, 34.4, "242.3%"],
        ["2、公务接待费", 905.3, 862.4, -42.9, "-4.7%"],
        ["3、公务用车费", 923.06, 934.88, 11.82, "1.3%"],
        ["其中：（1）公务用车运行维护费", 876.36, 902.18, 25.82, "2.9%"],
        ["（2）公务用车购置", 46.7, 32.7, -14, "-30.0%"],
        ["注：“三公”经费指县本级行政单位、事业单位和其他单位使用财政拨款安排的因公出国（境）费、公务接待费、公务用车购置及运行维护费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A11:E11"],
      numberFormats: { "B5:D10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", C: "actual" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "2015 合计 1,854.88; 因公出国 48.60 + 公务接待 862.40 + 公务用车 934.88 = 1,845.88 (9.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "2014 合计 1,842.56 = 14.20 + 905.30 + 923.06" },
      { rule: "execution.total-mismatch", cell: "C8", why: "2015 公务用车费 934.88 = 运行维护 902.18 + 购置 32.70 (2014: 923.06 = 876.36 + 46.70); the 其中 lines are not added into the 合计 again" },
      { rule: "execution.total-mismatch", cell: "D5", why: "增、减额 is a change column, neither a budget nor spending" },
      { rule: "execution.rate-mismatch", why: "增、减幅度 is the change on the year before (34.40 / 14.20 = 242.3%), no execution rate" },
      { rule: "execution.overspent", why: "2015 spending beside 2014 spending: the earlier year is no budget" },
      { rule: "execution.behind-schedule", why: "no budget column to measure the year's spending against" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
