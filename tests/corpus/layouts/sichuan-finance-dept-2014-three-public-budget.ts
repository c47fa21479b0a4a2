import type { CorpusLayout } from "../types";

// 四川省财政厅 2014: its own 财政拨款“三公”经费2014年预算情况的说明 — 因公出国（境）, 公务接待, 公务用车购置及运行维护 in prose, then 附表:
// (the grid not in the stored copy). Set out on the one-row 三公 form: 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 | 购置费 |
// 运行维护费) | 公务接待费. The 小计 is typed 10 over its parts; the 合计 was added from that 小计.
export const layout: CorpusLayout = {
  id: "sichuan-finance-dept-2014-three-public-budget",
  source: {
    title: "关于四川省财政厅财政拨款“三公”经费2014年预算情况的说明（附表：四川省财政厅2014年财政拨款“三公”经费预算表；表据正文拟）",
    url: "https://m.pouringspot.com/10462/10778/10876/2014/3/14/10295781.shtml",
    publisher: "四川省财政厅（转载）",
    date: "2014-03-14",
    changes:
      "The stored copy gives the three heads in prose (出国 40, 接待 154, 公务用车运行维护 217万元, no car bought) and ends at 附表: with no grid. " +
      "The table is laid out from the prose on the one-row 三公 form the province's departments use (合计 | 因公出国（境）费 | 公务用车购置及运行维护费 " +
      "over 小计 | 公务用车购置费 | 公务用车运行维护费 | 公务接待费), title and caption ours; the figures are ours. Planted: the car 小计 typed 215 where " +
      "购置 0 + 运行维护 205 = 205; the 合计 399 agrees with the 小计 as typed (36 + 215 + 148), so only the 小计 is wrong.",
  },
  classes: ["execution", "budget-only", "three-public", "one-row-form", "subtotal-in-row", "two-header-rows", "whole-wanyuan", "table-not-in-stored-copy", "provincial-department", "total-mismatch", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [10, 14, 12, 14, 16, 12],
      rows: [
        ["四川省财政厅2014年财政拨款“三公”经费预算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行维护费", null],
        [399, 36, 215, 0, 205, 148],
        ["注：2014年无公务用车购置预算；公务用车运行维护费用于厅机关及下属单位公务用车燃油、维修、保险等支出。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "A6:F6"],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 5, columns: { A: "initialBudget" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "公务用车 小计 typed 215; 购置费 0 + 运行维护费 205 = 205 (10万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A5", why: "合计 399 = 36 + 215 (the 小计 as typed) + 148: the row's total agrees with its heads as typed" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent yet, and 三公 budgets are ceilings" },
      { rule: "execution.behind-schedule", why: "no spending column" },
      { rule: "input.unreadable-value", why: "the note under the row is text, not a figure" },
    ],
  },
};
