import type { CorpusLayout } from "../types";

// 兴安盟行政公署驻呼和浩特市办事处 2019年度决算公开报告 (2020-11-18): the 三公 account as 项目 | 预算数 | 决算数, 合计 first, the car line
// over 其中 购置费 / 运行维护费 — the report explains it in 第二部分 (七) but lists no 三公 table among its eight, so the table is ours.
export const layout: CorpusLayout = {
  id: "xinganmeng-hohhot-office-2019-three-public-final-accounts",
  source: {
    title: "内蒙古自治区兴安盟行政公署驻呼和浩特市办事处2019年度决算公开报告（财政拨款“三公”经费支出决算表据说明拟）",
    url: "http://xam.gov.cn/xam/index/3230752/3840321/index.html",
    publisher: "兴安盟行政公署办公室",
    date: "2020-11-18",
    changes:
      "The stored copy shows the report's contents: 第二部分 (七) 财政拨款“三公”经费支出决算总体 / 具体情况说明, and eight tables (收入支出决算总表 … " +
      "机构运行信息表) with no 三公 table. The table is built as the 说明 would give it (表据说明拟): 项目 | 预算数 | 决算数, 合计 first, 其中 under " +
      "the car line; every figure is ours. Planted: 决算 合计 typed 25.72 where 0.00 + 14.32 + 10.95 = 25.27; 公务接待费 10.95 spent of 9.00.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "budget-and-actual-columns", "zero-budget-lines", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "notes-under-table", "table-from-prose", "liaison-office", "neimenggu"],
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        ["2019年度", null, null],
        ["部门：兴安盟行政公署驻呼和浩特市办事处", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 24.6, 25.72],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 15.6, 14.32],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行维护费", 15.6, 14.32],
        ["3.公务接待费", 9, 10.95],
        ["注：预算数为年初预算数与年中追加调整数之和；决算数包括当年财政拨款和以前年度结转资金安排的支出。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A3:B3", "A11:C11"],
      numberFormats: { "B5:C10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "决算 合计 25.72 where 因公出国 0.00 + 公务用车 14.32 + 公务接待 10.95 = 25.27: 0.45万元 over" },
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 spent 10.95 of its 9.00 budget, 1.95万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "预算 合计 0.00 + 15.60 + 9.00 = 24.60" },
      { rule: "execution.total-mismatch", cell: "C7", why: "购置 0.00 + 运行 14.32 = 14.32: the 其中 lines are parts, not added again" },
      { rule: "execution.no-spending", why: "出国 and 购置 had no budget: nothing to spend" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings; 运行维护费 at 91.8% is economy" },
      { rule: "execution.overspent", cell: "C5", why: "a total row gets no spending status of its own" },
    ],
  },
};
