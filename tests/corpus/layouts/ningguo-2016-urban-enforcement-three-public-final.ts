import type { CorpusLayout } from "../types";

// 宁国市城市管理行政执法局: 2016 一般公共预算财政拨款“三公”经费决算情况表 — 项目 | 预算数 | 决算数, 其中 rows under
// 公务用车购置及运行费 left blank as published. Planted: 公务接待费 spent above its budget, and the 决算 合计 typed 1.00 short.
export const layout: CorpusLayout = {
  id: "ningguo-2016-urban-enforcement-three-public-final",
  source: {
    title: "宁国市城市管理行政执法局2016年“三公”经费决算情况",
    url: "https://siseiken.net/OpennessContent/show/345155.html",
    publisher: "宁国市城市管理行政执法局",
    date: "2017",
    changes:
      "Kept as published: the heading 一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表, the caption （单位：万元）, the three " +
      "columns, the five lines with 因公出国（境）费's 决算 and the two 其中 lines left blank, and the note that the figures are the " +
      "department's sum with its 二级机构. Figures ours (预算 72.00 = 0.00 + 30.00 + 42.00). Planted: 公务接待费 决算 31.20 above its 30.00; " +
      "决算 合计 typed 68.80 where 31.20 + 38.60 = 69.80.",
  },
  classes: ["execution", "three-public-accounts", "final-account", "ceiling-lines", "qizhong-lines-blank", "blank-spending-cell", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "county-level-city", "anhui"],
  settings: { district: "宁国市" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 14],
      rows: [
        ["一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表", null, null],
        ["（单位：万元）", null, null],
        ["项 目", "预算数", "决算数"],
        ["合 计", 72, 68.8],
        ["因公出国（境）费", 0, null],
        ["公务接待费", 30, 31.2],
        ["公务用车购置及运行费", 42, 38.6],
        ["其中：公务用车运行维护费", null, null],
        ["公务用车购置费", null, null],
        ["注：本表“三公”经费为部门汇总数，包括局机关和二级机构。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C6", why: "公务接待费 决算 31.20万元 above its 预算 30.00万元 by 1.20 (三公 lines are ceilings; overspending still counts)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 0 + 31.20 + 38.60 = 69.80万元; 合计 states 68.80: 1.00 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 0.00 + 30.00 + 42.00 = 72.00 as stated; the blank 其中 lines add nothing" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has a budget of 0.00: nothing budgeted, nothing to spend" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a past year's: 公务用车 38.60 / 42.00 = 91.9% is a saving" },
      { rule: "execution.no-spending", cell: "C8", why: "the 其中 lines carry neither budget nor spending (left blank as published)" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计's 68.80 (or the true 69.80) is under 72.00; only 公务接待费 is over its own budget" },
    ],
  },
};
