import type { CorpusLayout } from "../types";

// 武乡县财政局 2022-02-17, 2022年政府预算公开相关说明: the county's 三公 budget, 公务接待费 and 公务用车运行维护费 only, no 因公出国 and no
// car purchase. Laid out as the 三公 budget table: 项目 | 2022年预算数, the 公务用车 line with its 其中 halves, a note. Clean.
export const layout: CorpusLayout = {
  id: "wuxiang-2022-county-three-public-budget",
  source: {
    title: "武乡县2022年政府预算公开相关说明（一、“三公”经费预算增减变化说明；预算表据正文拟）",
    url: "http://www.wuxiang.gov.cn/zwgk/zfxxgk/zfxxgkml/czzj/sgjf/202202/t20220217_2472641.html",
    publisher: "武乡县财政局",
    date: "2022-02-17",
    changes:
      "As published: the 2022 三公 budget made of 公务接待费 and 公务用车运行维护费 alone (the note gives 660万元 = 260 + 400). No table is shown: " +
      "the budget table is built from the prose in the usual 三公 form, with our own figures (612 = 236 + 376) and zero lines for 因公出国（境）费 " +
      "and 公务用车购置费. Nothing planted: a clean layout.",
  },
  classes: ["execution", "budget-only", "three-public", "ceiling-lines", "qizhong-halves", "zero-lines", "total-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-fund", "clean", "shanxi"],
  settings: { district: "武乡县" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [32, 16],
      rows: [
        ["武乡县2022年县本级一般公共预算“三公”经费预算表（表据正文拟）", null],
        [null, "单位：万元"],
        ["项目", "2022年预算数"],
        ["合计", 612],
        ["1.因公出国（境）费", 0],
        ["2.公务用车购置及运行维护费", 376],
        ["  其中：公务用车购置费", 0],
        ["        公务用车运行维护费", 376],
        ["3.公务接待费", 236],
        ["注：2022年县本级未安排因公出国（境）费和公务用车购置费预算。", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 612 = 0 + 376 + 236" },
      { rule: "execution.total-mismatch", cell: "B6", why: "公务用车购置及运行维护费 376 = 购置费 0 + 运行维护费 376" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, so no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget alone; and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is text" },
    ],
  },
};
