import type { CorpusLayout } from "../types";

// 柳州市鱼峰区人大常委会 2017年部门决算 (2018-08-03): 第二部分 部门决算报表 and 第三部分 四、一般公共预算财政拨款安排的“三公”经费支出决算情况说明.
// The 三公 table is laid out in the vertical form the district's 2017 决算 used: 项目 | 预算数 | 决算数, the heads numbered 1–3, the car head split
// 其中 （1）购置 （2）运行维护, the 合计 at the top.
export const layout: CorpusLayout = {
  id: "yufeng-npc-2017-three-public-final-accounts",
  source: {
    title: "柳州市鱼峰区人大常委会2017年部门决算（一般公共预算财政拨款“三公”经费支出决算表，表据目录拟）",
    url: "http://yfq.gov.cn/zwgk/fdzdgknr/czxx/bmjsgk/bmjs2017/202102/t20210205_2499103.shtml",
    publisher: "柳州市鱼峰区人大常委会",
    date: "2018-08-03",
    changes:
      "As published: the report's parts (概况, 部门决算报表, 决算情况说明 一至五, 四 being the 三公 说明) and the committee's duties. The stored copy does not show " +
      "the tables: the 三公 table is laid out by us as 项目 | 预算数 | 决算数 with the 合计 on top and the car head's 其中 split. Every figure is ours. " +
      "Planted: 公务接待费 spent 5.82 against a budget of 5.00 (0.82万元 over); the totals add right.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "budget-and-final-columns", "vertical-form", "qizhong-split", "subtotal-line",
    "total-at-top", "outline-numbering", "zero-budget-lines", "ceiling-lines", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "npc-office", "district-unit", "guangxi",
  ],
  settings: { district: "鱼峰区" },
  sheets: [
    {
      name: "三公经费",
      widths: [32, 14, 14],
      rows: [
        ["鱼峰区人大常委会2017年一般公共预算财政拨款“三公”经费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 17, 16.18],
        ["1、因公出国（境）费", 0, 0],
        ["2、公务用车购置及运行维护费", 12, 10.36],
        ["   其中：（1）公务用车购置费", 0, 0],
        ["         （2）公务用车运行维护费", 12, 10.36],
        ["3、公务接待费", 5, 5.82],
        ["说明：2017年本部门使用一般公共预算财政拨款安排的因公出国（境）团组0个；公务用车保有量2辆；国内公务接待批次及人次见情况说明。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 5.82 against its budget of 5.00: 0.82万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 16.18 = 0 + 10.36 + 5.82" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 17.00 = 0 + 12.00 + 5.00" },
      { rule: "execution.total-mismatch", cell: "C6", why: "10.36 = 购置 0 + 运行维护 10.36; the 其中 lines are not added into the 合计 again" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 is a total row: no status" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget (0): nothing budgeted is nothing unspent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行维护 10.36 of 12.00 is a saving" },
    ],
  },
};
