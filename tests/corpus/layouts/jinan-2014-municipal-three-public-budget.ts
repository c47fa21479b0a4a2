import type { CorpusLayout } from "../types";

// 齐鲁网 / 商报 2014-06: 济南市财政局 makes public the city's 2014 市级 “三公” 经费预算 — the total (2.08亿元, −10.84%) and its three lines
// with each one's change on 2013. Laid out as the 三公经费预算表 such a release summarises: 项目 | 2013年预算数 | 2014年预算数 | 比上年增减%,
// the 合计 first. A budget's own table: nothing spent is shown.
export const layout: CorpusLayout = {
  id: "jinan-2014-municipal-three-public-budget",
  source: {
    title: "济南今年“三公”预算总额2.08亿 比去年下降超一成（三公经费预算表据正文拟）",
    url: "http://sd.ifeng.com/zbc/detail_2014_06/01/2362738_0.shtml",
    publisher: "齐鲁网（商报）",
    date: "2014-06-01",
    changes:
      "As published: the 2014 lines (因公出国（境）费用 1,344, 车辆购置及运行维护费 15,218, 公务接待费 4,263万元) and each one's change on 2013 (+6.94%, " +
      "−10.42%, −16.59%, total −10.84%). Ours: the table itself, the 2013 column worked back from the stated changes (to one decimal), the note. Planted: " +
      "the 2014 合计 typed 20,852 where 1,344 + 15,218 + 4,263 = 20,825 (the report's 2.08亿元).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "two-years-side-by-side", "growth-column", "total-row-first", "numbered-lines",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-level", "shandong",
  ],
  settings: { district: "济南市" },
  sheets: [
    {
      name: "三公预算",
      widths: [30, 14, 14, 14],
      rows: [
        ["济南市2014年市级公共预算财政拨款“三公”经费预算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2013年预算数", "2014年预算数", "比上年增减%"],
        ["“三公”经费合计", 23355.9, 20852, -0.1084],
        ["1.因公出国（境）费用", 1256.8, 1344, 0.0694],
        ["2.公务用车购置及运行维护费", 16988.2, 15218, -0.1042],
        ["3.公务接待费", 5110.9, 4263, -0.1659],
        ["注：本表为市本级公共预算财政拨款安排的“三公”经费预算，69个市政府组成部门和直属机构的预算由各部门另行公开。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:B7": "#,##0.0", "C4:C7": "#,##0", "D4:D7": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "line", C: "initialBudget" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2014 合计 typed 20,852; 1,344 + 15,218 + 4,263 = 20,825 (27 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2013: 1,256.8 + 16,988.2 + 5,110.9 = 23,355.9" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "比上年增减% is change on 2013's budget, not an execution rate" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, nothing to report as unspent" },
      { rule: "execution.behind-schedule", why: "no spending shown, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no data" },
    ],
  },
};
