import type { CorpusLayout } from "../types";

// 绵竹市财政局 2025 市级部门预算信息公开: the city's 2025 “三公”经费预算 in prose — the total against 2024, then 因公出国（境）,
// 公务接待, 公务用车购置及运行维护 each against the year before with the change and its share. Laid out as the 三公经费预算表 such prose describes.
export const layout: CorpusLayout = {
  id: "mianzhu-2025-three-public-budget",
  source: {
    title: "绵竹市2025年市级“三公”经费预算情况说明（表据正文拟）",
    url: "https://www.mz.gov.cn/gk/zfxxgk/fdzdnr/ysjs/bmys/2025nfjbmysxxgk/mzfbjsgjbczb/1620432.htm",
    publisher: "绵竹市财政局",
    date: "2025",
    changes:
      "The page gives prose only (经绵竹市财政局汇总, 2025年…“三公”经费预算总额…较2024年…; then 因公出国（境）经费, 公务接待费, 公务用车购置及运行维护费, " +
      "each with its change and percentage): laid out as 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 (金额 | 幅度), with the 公务用车 其中 split a " +
      "三公 table carries. Every figure is ours. Planted: 2025's 公务用车购置及运行维护费 1,688 against its 其中 lines 220 + 1,458 = 1,678.",
  },
  classes: ["execution", "budget-only", "three-public", "prior-year-budget-column", "change-columns", "total-row-first", "numbered-lines", "qizhong-split", "percent-text", "two-header-rows", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-city", "sichuan"],
  settings: { district: "绵竹市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["绵竹市2025年市级“三公”经费预算情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2024年预算数", "2025年预算数", "比上年增减", null],
        [null, null, null, "金额", "幅度"],
        ["合计", 2196, 1967, -229, "-10.43%"],
        ["1.因公出国（境）费", 38, 38, 0, "0.00%"],
        ["2.公务接待费", 256, 241, -15, "-5.86%"],
        ["3.公务用车购置及运行维护费", 1902, 1688, -214, "-11.25%"],
        ["其中：公务用车购置费", 310, 220, -90, "-29.03%"],
        ["公务用车运行维护费", 1592, 1458, -124, "-7.79%"],
        ["注：含市级行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位使用财政拨款安排的“三公”经费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", C: "initialBudget" }, year: 2025 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "2025 公务用车购置及运行维护费 1,688 against its 其中 lines 购置 220 + 运行维护 1,458 = 1,678: 10万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "2025 合计 1,967 = 38 + 241 + 1,688" },
      { rule: "execution.total-mismatch", cell: "B5", why: "2024 合计 2,196 = 38 + 256 + 1,902, and 1,902 = 310 + 1,592" },
      { rule: "execution.total-mismatch", cell: "D5", why: "增减 -229 = 0 - 15 - 214, and -214 = -90 - 124" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, no spending column" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "E6", why: "0.00% and the other shares are percentages typed as text" },
    ],
  },
};
