import type { CorpusLayout } from "../types";

// 重庆市涪陵区财政局 2023-02-20: 2023年区级部门（单位）一般公共预算“三公”经费支出预算 2493.77万元 — 因公出国（境） 83, 公务用车购置及运行维护
// 1534.95, 公务接待 875.82 — set as a budget-only 项目 | 预算数 table with the car line's 其中 split.
export const layout: CorpusLayout = {
  id: "fuling-2023-district-three-public-budget",
  source: {
    title: "涪陵区2023年区级一般公共预算“三公”经费支出预算情况说明（预算表据正文拟）",
    url: "http://fl.gov.cn/bm/czj/zwgk_46264/fdzdgknr_46266/ysjs_46272/ysgk0/qj/202302/t20230220_11627803.html",
    publisher: "重庆市涪陵区财政局",
    date: "2023-02-20",
    changes:
      "Table from prose: the figures 2493.77 = 83 + 1534.95 + 875.82 as published. Ours: the grid (项目 | 预算数, 合计 first) and the car line's " +
      "其中 split (购置 312.40, 运行维护). Planted: 运行维护费 typed 1212.55 where 1534.95 − 312.40 = 1222.55, so the split misses its line by 10.",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-split", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-level", "chongqing"],
  settings: { district: "重庆市涪陵区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 14],
      rows: [
        ["2023年涪陵区区级一般公共预算“三公”经费支出预算表（表据正文拟）", null],
        [null, "单位：万元"],
        ["项目", "预算数"],
        ["合计", 2493.77],
        ["1.因公出国（境）费", 83],
        ["2.公务用车购置及运行维护费", 1534.95],
        ["  其中：公务用车购置费", 312.4],
        ["        公务用车运行维护费", 1212.55],
        ["3.公务接待费", 875.82],
        ["注：本表为区级部门（单位）一般公共预算财政拨款安排的“三公”经费预算汇总数。", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "公务用车购置及运行维护费 1,534.95 against its parts 312.40 + 1,212.55 = 1,524.95: 10.00 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 2,493.77 = 83.00 + 1,534.95 + 875.82 (the 其中 lines not added again)" },
      { rule: "execution.no-spending", why: "a budget table: nothing is meant to be spent in it" },
      { rule: "execution.behind-schedule", why: "a budget table with no spending column; 三公 lines are ceilings anyway" },
      { rule: "execution.overspent", why: "no spending column" },
    ],
  },
};
