import type { CorpusLayout } from "../types";

// 重庆市财政局 2024-02-01: the city level's 2024 “三公” budget in 亿元 — one 预算数 column, 合计 first, the car line
// split 其中 购置 / 运行, and the office's own warning that rounding may leave the parts a little off the whole.
export const layout: CorpusLayout = {
  id: "chongqing-2024-municipal-three-public-budget",
  source: {
    title: "重庆市市级2024年“三公”经费预算汇总情况（2024年市级“三公”经费预算表）",
    url: "https://czj.cq.gov.cn/zwgk_268/fdzdgknr/ysjs/zfys/202402/t20240201_12888471.html",
    publisher: "重庆市财政局",
    date: "2024-02-01",
    changes:
      "Layout as published: title, 单位：亿元, 支出 | 预算数, 合计 first, 因公出国（境）费, 公务用车购置及运行费 over 其中：公务用车购置费 | " +
      "公务用车运行费, 公务接待费; the rounding remark (published above the table) is set under it. Figures are ours and add up exactly: " +
      "nothing planted (clean).",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-split", "two-decimal-yiyuan", "yiyuan-caption", "rounding-remark", "notes-under-table", "city-level", "clean", "chongqing"],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14],
      rows: [
        ["2024年市级“三公”经费预算表", null],
        [null, "单位：亿元"],
        ["支出", "预算数"],
        ["合计", 5.86],
        ["因公出国（境）费", 0.52],
        ["公务用车购置及运行费", 4.61],
        ["其中：公务用车购置费", 1.64],
        ["公务用车运行费", 2.97],
        ["公务接待费", 0.73],
        ["（由于四舍五入因素，部分增减变化、分项加和与总数可能略有差异，特此说明）", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2024 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "5.86 = 0.52 + 4.61 + 0.73; the 其中 lines 1.64 and 2.97 are inside 4.61, not added again" },
      { rule: "execution.total-mismatch", cell: "B6", why: "4.61 = 购置 1.64 + 运行 2.97" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent yet, and 三公 budgets are ceilings" },
      { rule: "execution.behind-schedule", why: "no spending column; 三公 lines are never behind schedule" },
      { rule: "input.unreadable-value", why: "the rounding remark is a note, not a figure" },
    ],
  },
};
