import type { CorpusLayout } from "../types";

// 绍兴市越城区斗门街道办事处 2022年度部门决算 (published 2023-09-26): its 财政拨款“三公”经费支出决算表 — the lines down the left
// (合计; 1.因公出国（境）费; 2.公务用车购置及运行费 with 其中 （1）购置费 （2）运行费; 3.公务接待费) against 预算数 | 决算数 | 增减额.
export const layout: CorpusLayout = {
  id: "doumen-2022-subdistrict-three-public-final-accounts",
  source: {
    title: "绍兴市越城区斗门街道办事处2022年度部门决算（财政拨款“三公”经费支出决算表）",
    url: "https://www.sx.gov.cn/art/2023/9/26/art_1229780279_4103916.html",
    publisher: "绍兴市越城区斗门街道办事处",
    date: "2023-09-26",
    changes:
      "As published: the 部门决算's title and its list of tables naming the 财政拨款“三公”经费支出决算表. The stored copy shows the contents, not the " +
      "tables: the grid (编制单位 line, 单位：万元, 项目 | 预算数 | 决算数 | 增减额, the numbered lines with their 其中 parts) follows the usual shape of " +
      "Zhejiang's 部门决算 tables, and every figure is ours, as is the note. Planted: 公务用车购置及运行费 决算 typed 9.80 where its parts give 9.30 " +
      "(the 合计 adds the parts); 公务接待费 spent 7.12 against a budget of 6.60.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "budget-and-actual-columns", "variance-column", "qizhong-lines", "numbered-parts", "numbered-lines", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "compiler-line", "notes-under-table", "annex-not-shown", "subdistrict", "zhejiang"],
  sheets: [
    {
      name: "三公经费决算表",
      widths: [34, 14, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null],
        ["编制单位：绍兴市越城区斗门街道办事处", "2022年度", null, "单位：万元"],
        ["项目", "预算数", "决算数", "增减额"],
        ["合计", 18.6, 16.42, -2.18],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 12, 9.8, -2.2],
        ["  其中：（1）公务用车购置费", 0, 0, 0],
        ["        （2）公务用车运行费", 12, 9.3, -2.7],
        ["3.公务接待费", 6.6, 7.12, 0.52],
        ["注：决算数为当年一般公共预算财政拨款安排的“三公”经费支出，含以前年度结转资金安排的支出。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 决算 9.80 where its parts give 0.00 + 9.30 = 9.30 (0.50万元 apart)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 7.12 against a budget of 6.60: 0.52万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 16.42 = 0.00 + 9.30 + 7.12, adding 公务用车 as its parts give it: the slip is reported once, at C6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 18.60 = 0 + 12.00 + 6.60; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "B6", why: "12.00 = 0 + 12.00" },
      { rule: "execution.total-mismatch", cell: "D6", why: "增减额 is a variance column, no budget or spending" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; and the year 2022 is over" },
      { rule: "execution.overspent", cell: "C4", why: "合计 16.42 within 18.60" },
      { rule: "input.unreadable-value", why: "the 编制单位 line and the note are text" },
    ],
  },
};
