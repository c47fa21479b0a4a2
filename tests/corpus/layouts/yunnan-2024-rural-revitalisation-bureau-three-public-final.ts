import type { CorpusLayout } from "../types";

// 云南省乡村振兴局 2024年度部门决算, 表十一 一般公共预算财政拨款“三公”经费情况表 (the national 决算 form): 预算数 and 决算数 side by side,
// each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row 1–12, one row of figures, notes under it.
export const layout: CorpusLayout = {
  id: "yunnan-2024-rural-revitalisation-bureau-three-public-final",
  source: {
    title: "云南省乡村振兴局2024年度部门决算（十一、一般公共预算财政拨款“三公”经费情况表）",
    url: "https://nync.yn.gov.cn/html/2025/caizhenggongkai_0808/1420758.html?cid=3029",
    publisher: "云南省乡村振兴局",
    date: "2025-08-08",
    changes:
      "The stored copy shows the 目录 and the 部门概况 but not the tables: 表十一 is laid out as the national 部门决算 form prints it " +
      "(two merged blocks 预算数 / 决算数 over six columns each, 栏次 row, one figures row) (table-not-in-stored-copy). Figures are ours. " +
      "Planted: the 决算数 合计 typed 42.85 where 9.86 + 18.42 + 13.57 = 41.85.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "budget-and-actual-blocks-across", "parts-across", "subtotal-column", "merged-three-row-header", "column-number-row", "single-figures-row", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "province-level-unit", "yunnan"],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "表十一",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费情况表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：云南省乡村振兴局", null, null, null, null, "2024年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        [48, 12, 20, 0, 20, 16, 42.85, 9.86, 18.42, 0, 18.42, 13.57],
        ["注：1.“三公”经费预算数为全年预算数，含年初预算和追加调整预算。", null, null, null, null, null, null, null, null, null, null, null],
        ["    2.本部门2024年无公务用车购置支出，年末公务用车保有量4辆。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:E2", "F2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8", "A9:L9"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表十一",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: {
          A: "adjustedBudget",
          B: "adjustedBudget:因公出国（境）费",
          C: "adjustedBudget:公务用车购置及运行费",
          F: "adjustedBudget:公务接待费",
          G: "actual",
          H: "actual:因公出国（境）费",
          I: "actual:公务用车购置及运行费",
          L: "actual:公务接待费",
        },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "决算数 合计 42.85 where 因公出国 9.86 + 公务用车 18.42 + 公务接待 13.57 = 41.85 (1.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算数 合计 12.00 + 20.00 + 16.00 = 48.00" },
      { rule: "execution.total-mismatch", cell: "I7", why: "小计 18.42 = 购置 0.00 + 运行 18.42; the 小计 is not added again" },
      { rule: "execution.total-mismatch", cell: "C7", why: "小计 20.00 = 购置 0.00 + 运行 20.00" },
      { rule: "execution.behind-schedule", why: "三公经费 are ceilings, and the year is over: spending below budget is saving" },
      { rule: "execution.overspent", why: "every 决算数 is within its 预算数 (9.86 ≤ 12, 18.42 ≤ 20, 13.57 ≤ 16)" },
      { rule: "execution.no-spending", cell: "J7", why: "公务用车购置费 had no budget (0.00): nothing to spend" },
      { rule: "input.unreadable-value", cell: "A6", why: "the 栏次 row (1–12) numbers the columns, no data" },
      { rule: "input.unreadable-value", why: "the notes under the table are no data rows" },
    ],
  },
};
