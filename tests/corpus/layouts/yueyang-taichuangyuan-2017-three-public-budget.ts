import type { CorpusLayout } from "../types";

// 岳阳县台创园 2017-04-27, on 岳阳县's site: 2017年度部门“三公”经费预算情况表 in 元 — 项目 | 2016年执行数 | 2017年预算数 with the 2016
// column left blank, 一、支出合计 first, 公务用车费 over 其中：(1) 运行维护费 (2) 购置, then 二、相关统计数 (团组, 人数, 车辆, 接待批次 and
// 人数 as counts), 三、增减变化原因 and the 备注 under the table.
export const layout: CorpusLayout = {
  id: "yueyang-taichuangyuan-2017-three-public-budget",
  source: {
    title: "岳阳县2017年度部门“三公”经费预算情况表（台创园2017年度部门“三公”经费预算情况表）",
    url: "http://yyx.gov.cn/37584/38146/38306/content_1180192.html",
    publisher: "岳阳县台创园",
    date: "2017-04-27",
    changes:
      "Kept as published: the title, 单位：元, the three headings with 2016年执行数 left blank, the line wording and numbering (一、支出合计, " +
      "1、因公出国（境）费用, 2、公务接待费, 3、公务用车费, 其中：（1）公务用车运行维护费, （2）公务用车购置), the 二、相关统计数 block with its " +
      "units in brackets, the empty 三、 line and the 备注 (shortened). Figures are ours. Planted: 公务用车费 typed 110,000 where its parts are " +
      "运行维护费 100,000 and 购置 nothing; 支出合计 260,000 agrees with the lines as typed. The money table is taken to end at 购置: the " +
      "statistics below it are counts.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "blank-prior-year-column", "count-rows-below", "chinese-numbering", "total-row-first", "yuan-caption", "notes-under-table", "county-unit", "hunan"],
  settings: { district: "岳阳县" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [40, 16, 16],
      rows: [
        ["台创园2017年度部门“三公”经费预算情况表", null, null],
        [null, null, "单位：元"],
        ["项目", "2016年执行数", "2017年预算数"],
        ["一、支出合计", null, 260000],
        ["1、因公出国（境）费用", null, null],
        ["2、公务接待费", null, 150000],
        ["3、公务用车费", null, 110000],
        ["其中：（1）公务用车运行维护费", null, 100000],
        ["（2）公务用车购置", null, null],
        ["二、相关统计数", null, null],
        ["1.因公出国（境）团组数（个）", null, 0],
        ["2.因公出国（境）人数（人）", null, 0],
        ["3.公务用车购置数（辆）", null, null],
        ["4.公务用车保有量（辆）", null, 1],
        ["5.公务接待批次（批）", null, 10],
        ["6.公务接待人数（人）", null, 500],
        ["三、“三公”经费增减变化原因等说明", null, null],
        ["备注：1、“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。2、“三公”经费数包括基本支出中的“三公”经费和项目支出中的“三公”经费支出。3、注明因公出国（境）团组数和人数；当年公务用车购置数和保有量；4、注明公务接待批次和人数。", null, null],
      ],
      merges: ["A1:C1", "A18:C18"],
      numberFormats: { "C4:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "元", headerRow: 3, lastRow: 9, columns: { A: "line", C: "initialBudget" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车费 110,000; its parts 运行维护费 100,000 + 购置 nothing = 100,000 (10,000 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "支出合计 260,000 = 150,000 + 110,000 (the lines as typed); the slip is reported once, at 公务用车费" },
      { rule: "execution.total-mismatch", cell: "C10", why: "二、相关统计数 is a block of counts (团组, 人, 辆, 批), not money to add up" },
      { rule: "execution.no-spending", why: "a budget with nothing spent is no spending status: 2016年执行数 is blank, and no line is measured against it" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a budget table records no spending" },
      { rule: "input.unreadable-value", cell: "C15", why: "10 接待批次 is a count in its own row, no money figure" },
    ],
  },
};
