import type { CorpusLayout } from "../types";

// 乌鲁木齐市天山区 2020-09-27: 2019年度天山区本级一般公共预算财政拨款“三公”经费公开说明 — 127 一级预算部门, 585.53万元 in all, every
// yuan of it 公务用车运行维护费; 因公出国（境） 0, 公务用车购置 0, 公务接待费 0.00 (0.11 the year before). Laid out as the district's
// 三公 决算表: 预算数 | 决算数 | 决算为预算的%, the car line split 其中, the counts of units, staff and cars in the note.
export const layout: CorpusLayout = {
  id: "tianshan-urumqi-2019-three-public-final-accounts",
  source: {
    title: "乌鲁木齐市天山区2019年度“三公”经费公开说明（本级一般公共预算财政拨款“三公”经费支出决算表据说明拟）",
    url: "http://www.xjtsq.gov.cn/info/3269/139451.htm",
    publisher: "乌鲁木齐市天山区人民政府",
    date: "2020-09-27",
    changes:
      "As published: every 决算 figure (合计 585.53; 因公出国（境） 0; 公务用车购置 0; 运行维护 585.53; 公务接待 0.00) and the note's counts " +
      "(127 部门, 9,244 人, 1,763 辆). Ours: the table and the budgets (640.00: 运行维护 630.00, 接待 10.00 — the 说明 states none) and the rates. " +
      "Planted: 公务用车运行维护费's rate typed 93.94% where 585.53 / 630.00 = 92.94%. The published 0.00 of 公务接待费 against its budget is a " +
      "budgeted line with nothing spent.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "zero-budget-line", "zero-spending-line", "two-decimal-wanyuan", "wanyuan-caption", "rates-as-text", "notes-under-table", "table-from-prose", "district-level", "xinjiang"],
  settings: { district: "天山区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 12, 12, 14],
      rows: [
        ["天山区2019年度本级一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算为预算的%"],
        ["合计", 640, 585.53, "91.49%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行维护费", 630, 585.53, "92.94%"],
        ["  其中：公务用车购置费", 0, 0, "—"],
        ["        公务用车运行维护费", 630, 585.53, "93.94%"],
        ["3.公务接待费", 10, 0, "0.00%"],
        ["注：2019年度天山区本级共127个一级预算部门，财政供养人员共计9,244人；公务用车总数1,763辆。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "运行维护费 585.53 / 630.00 = 92.94%, typed 93.94%" },
      { rule: "execution.no-spending", cell: "C9", why: "公务接待费 budgeted 10.00, spent 0.00 by the end of 2019 (三公 lines are never behind schedule, but spending none still counts)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 585.53 + 0 = 585.53; budgets 0 + 630 + 10 = 640" },
      { rule: "execution.total-mismatch", cell: "C6", why: "购置 0 + 运行维护 585.53 = 585.53; budgets 0 + 630 = 630" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "585.53 / 640 = 91.49%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "585.53 / 630 = 92.94%" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 budget 0: nothing budgeted" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 budget 0: nothing budgeted" },
      { rule: "execution.no-spending", cell: "C4", why: "the 合计 spent 585.53" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings, never behind schedule" },
    ],
  },
};
