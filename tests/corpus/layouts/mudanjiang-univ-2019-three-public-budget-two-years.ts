import type { CorpusLayout } from "../types";

// 牡丹江大学 2019-02-15 2019年部门预算及有关情况说明, 第二部分 十一、一般公共预算“三公”经费支出情况表. Laid out as such a table is
// printed sideways: a 项目 corner over rows 2018年预算数 / 2019年预算数, the heads as columns — 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费 — under a merged two-row header.
export const layout: CorpusLayout = {
  id: "mudanjiang-univ-2019-three-public-budget-two-years",
  source: {
    title: "牡丹江大学2019年部门预算及有关情况说明（十一、一般公共预算“三公”经费支出情况表据正文拟）",
    url: "http://www.mdjdx.cn/mdnew/show.asp?id=2599",
    publisher: "牡丹江大学",
    date: "2019-02-15",
    changes:
      "As published: the university, the year and the table's name in the 目录 (十一、一般公共预算“三公”经费支出情况表), among twelve tables and a " +
      "绩效目标表. The stored copy shows the 目录 and the 部门职责 only: the grid (sideways, last year's budget above this year's, the car line " +
      "split 小计 / 购置费 / 运行费) and every figure are ours. Planted: the 2019年预算数 合计 typed 8.90 where 0 + 6.50 + 2.20 = 8.70.",
  },
  classes: [
    "execution", "budget-only", "three-public", "sideways", "years-as-rows", "split-under-merged-header", "two-header-rows",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "university", "heilongjiang",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [16, 10, 14, 10, 14, 14, 12],
      rows: [
        ["牡丹江大学2019年一般公共预算“三公”经费支出情况表", null, null, null, null, null, null],
        ["部门：牡丹江大学", null, null, null, null, null, "单位：万元"],
        ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["2018年预算数", 9.2, 0, 6.8, 0, 6.8, 2.4],
        ["2019年预算数", 8.9, 0, 6.5, 0, 6.5, 2.2],
        ["注：2019年“三公”经费预算较上年减少，主要是压缩公务接待和公务用车运行支出。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:C2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A7:G7"],
      numberFormats: { "B5:G6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, year: 2019 }],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "2019年预算数: 因公出国 0 + 公务用车 6.50 + 公务接待 2.20 = 8.70; 合计 typed 8.90 (0.20万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "2018年预算数: 0 + 6.80 + 2.40 = 9.20" },
      { rule: "execution.total-mismatch", cell: "D6", why: "小计 6.50 = 购置费 0 + 运行费 6.50 (the 小计 counted once in the 合计)" },
      { rule: "execution.total-mismatch", cell: "D5", why: "小计 6.80 = 0 + 6.80" },
      { rule: "execution.overspent", why: "both rows are budgets; last year's budget is no spending of this year" },
      { rule: "execution.no-spending", why: "a budget alone: no spending column; 因公出国 and 购置费 are budgeted 0" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
    ],
  },
};
