import type { CorpusLayout } from "../types";

// 重庆市荣昌区直升镇人民政府（本级）2022年度部门决算情况说明 (2023-11-23): the stored copy holds the town's 职能职责 and 机构设置 only.
// Laid out as the 决算公开's 财政拨款“三公”经费支出决算表 in 重庆's district form (项目 | 预算数 | 决算数 over a 栏次 row, 合计 first, the car line
// split 其中 购置 / 运行); every figure ours.
export const layout: CorpusLayout = {
  id: "rongchang-zhisheng-2022-three-public-final-accounts",
  source: {
    title: "重庆市荣昌区直升镇人民政府（本级）2022年度部门决算情况说明（财政拨款“三公”经费支出决算表；表为拟）",
    url: "http://www.rongchang.gov.cn/jz/zsz/zwgk_70755/fdzdgknr_70758/ysjs/jsgk/202311/t20231123_12597924.html",
    publisher: "重庆市荣昌区直升镇人民政府",
    date: "2023-11-23",
    changes:
      "As published: the town government's 2022 部门决算 and its place in the 决算公开 (the stored copy shows the 职能职责 and 机构设置, not the tables). " +
      "The table's wording follows the usual district form; all figures are ours. Planted: the 合计 预算数 typed 18.05 over lines adding up to 18.50; " +
      "公务接待费 6.58 spent against a 6.00 budget.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "budget-and-actual-columns", "column-number-row", "zero-budget-lines", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "town-government", "chongqing"],
  settings: { district: "重庆市荣昌区" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        ["编制单位：重庆市荣昌区直升镇人民政府（本级）", null, null],
        ["2022年度", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 18.05, 16.95],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 12.5, 10.37],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 12.5, 10.37],
        ["3.公务接待费", 6.0, 6.58],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A12:C12"],
      numberFormats: { "B6:C11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算数 0 + 12.50 + 6.00 = 18.50, not the 18.05 stated (the 其中 lines are parts of the car line, not added again)" },
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 6.58 spent against a 6.00 budget: 0.58万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算数 0 + 10.37 + 6.58 = 16.95, as stated" },
      { rule: "execution.total-mismatch", cell: "C8", why: "the car line's 其中 0 + 10.37 = 10.37 and 0 + 12.50 = 12.50" },
      { rule: "execution.no-spending", cell: "C7", why: "因公出国（境）费 had no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "C9", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.behind-schedule", cell: "C10", why: "三公 lines are ceilings: 公务用车运行费 at 83.0% is no delay" },
      { rule: "input.unreadable-value", cell: "B5", why: "the 栏次 row (1, 2) numbers the columns, no data" },
    ],
  },
};
