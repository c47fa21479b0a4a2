import type { CorpusLayout } from "../types";

// 洪江市财政局 2025-10-20: 洪江市人民政府办公室 部门决算 — table 九 财政拨款“三公”经费支出决算表. The stored page carries the
// outline (parts, the nine tables) but not the table body; laid out as the 三公 table in the vertical form 项目 | 年初预算数 | 决算数 | %.
export const layout: CorpusLayout = {
  id: "hongjiang-2024-government-office-three-public-final-accounts",
  source: {
    title: "洪江市人民政府办公室部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "http://www.hjs.gov.cn/hjs/c137763/202510/9d31674735424ce1860a6faff5f6d01d.shtml",
    publisher: "洪江市财政局 / 洪江市人民政府办公室",
    date: "2025-10-20",
    changes:
      "As published: the department, the nine tables of the 部门决算 and the 三公 table's lines. Ours: every figure and the vertical form. " +
      "Planted: 公务接待费 13.22 spent against 12.00 budgeted (overspent, 110.17%); the 合计 决算数 typed 36.92 (the lines add up to 39.62; its rate typed as its own ratio, 92.30%).",
  },
  classes: ["execution", "three-public", "final-accounts", "total-row-first", "qizhong-rows", "outline-numbering", "zero-budget-lines", "dash-rate", "percent-text", "wanyuan-caption", "notes-under-table", "past-year", "county-department", "hunan"],
  settings: { district: "洪江市" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 12, 14],
      rows: [
        ["洪江市人民政府办公室2024年度财政拨款“三公”经费支出决算表", null, null, null],
        ["单位：万元", null, null, null],
        ["项目", "年初预算数", "决算数", "完成预算%"],
        ["合计", 40, 36.92, "92.30%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行维护费", 28, 26.4, "94.29%"],
        ["  其中：公务用车购置费", 0, 0, "—"],
        ["        公务用车运行维护费", 28, 26.4, "94.29%"],
        ["3.公务接待费", 12, 13.22, "110.17%"],
        ["注：“三公”经费指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A10:D10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 13.22 spent against 12.00 budgeted: 1.22 over (110.17%)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 26.40 + 13.22 = 39.62; typed 36.92: 2.70 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 28 + 12 = 40" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中 0 + 26.40 = 26.40; the 其中 rows are not added into the 合计 again" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.behind-schedule", cell: "D8", why: "三公经费 lines are ceilings: 94.29% is never behind schedule" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "13.22 / 12 = 110.17% as typed" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "36.92 / 40 = 92.30% as typed" },
      { rule: "input.unreadable-value", why: "the dashes are no rate and the note is text" },
    ],
  },
};
