import type { CorpusLayout } from "../types";

// 西双版纳州民族宗教事务局 (云南) 2017-04-19: the bureau's 2017年“三公”经费财政拨款预算表 — 项 目 | 2016年预算数 | 2017年预算数, 合计 first,
// numbered lines 1、2、3、 with the car line split 其中：（1）购置 （2）运行, blank cells for nothing budgeted; the 2017 合计 typed 1万元 over its lines.
export const layout: CorpusLayout = {
  id: "xishuangbanna-2017-ethnic-religious-bureau-three-public-budget",
  source: {
    title: "西双版纳州民族宗教事务局2017年“三公”经费预算情况说明（附表：2017年“三公”经费财政拨款预算表）",
    url: "https://www.xsbn.gov.cn/zmzj/65087.news.detail.dhtml?news_id=1117783",
    publisher: "西双版纳州民族宗教事务局",
    date: "2017-04-19",
    changes:
      "As published: the table's title, 单位:万元, the headers 项 目 | 2016年预算数 | 2017年预算数 (spaced 项 目), the lines and their numbering " +
      "(1、因公出国(境)费, 2、公务接待费, 3、公务用车购置及运行费, 其中:(1)公务用车购置费, (2)公务用车运行费), 合计 first, blank cells for lines " +
      "with nothing budgeted, and the 附件 line under the table. The figures are ours. Planted: the 2017 合计 typed 39.5 where 21.3 + 17.2 = 38.5.",
  },
  classes: ["execution", "budget-only", "three-public", "two-year-budget-columns", "total-row-first", "qizhong-split", "numbered-lines", "blank-cells-for-zero", "spaced-header", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "prefecture-department", "yunnan"],
  settings: { district: "西双版纳傣族自治州" },
  sheets: [
    {
      name: "三公经费预算表",
      widths: [34, 16, 16],
      rows: [
        ["西双版纳州民族宗教事务局2017年“三公”经费财政拨款预算表", null, null],
        [null, null, "单位：万元"],
        ["项 目", "2016年预算数", "2017年预算数"],
        ["合计", 41.6, 39.5],
        ["1、因公出国（境）费", null, null],
        ["2、公务接待费", 22.4, 21.3],
        ["3、公务用车购置及运行费", 19.2, 17.2],
        ["其中：（1）公务用车购置费", null, null],
        ["（2）公务用车运行费", 19.2, 17.2],
        ["附件：“三公”经费口径说明", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2016年预算数", C: "initialBudget" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2017: 21.3 + 17.2 = 38.5 (因公出国 blank), not the 39.5 typed (1.0 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2016: 22.4 + 19.2 = 41.6" },
      { rule: "execution.total-mismatch", cell: "C7", why: "17.2 = (1) blank + (2) 17.2; the 其中 rows are not added into 合计 again" },
      { rule: "execution.overspent", why: "a budget-only table: the 2016 column is last year's budget, not spending" },
      { rule: "execution.no-spending", cell: "C5", why: "a budget-only table; 因公出国（境）费 had nothing budgeted" },
      { rule: "execution.behind-schedule", why: "a budget-only table, and 三公经费 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A10", why: "the 附件 line is under the table" },
    ],
  },
};
