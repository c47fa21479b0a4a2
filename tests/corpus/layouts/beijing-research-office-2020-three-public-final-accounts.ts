import type { CorpusLayout } from "../types";

// 北京市人民政府研究室 2020年度部门决算 (2021-08): 表十 财政拨款“三公”经费支出决算表 among the twelve tables of the 北京 template, the office
// one body with no units under it (收支总计 2,918.96万元). Laid out on that template: 预算数 and 决算数 side by side, each 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, one row of figures, the template's note under it.
export const layout: CorpusLayout = {
  id: "beijing-research-office-2020-three-public-final-accounts",
  source: {
    title: "北京市人民政府研究室2020年度部门决算 — 十、财政拨款“三公”经费支出决算表（表据决算目录及模板拟）",
    url: "http://xzscdzx.com/gongkai/caizheng/czzt/2020js/202108/t20210819_2471515.html",
    publisher: "北京市人民政府研究室",
    date: "2021-08-19",
    changes:
      "As published: the 决算's contents (表十 财政拨款“三公”经费支出决算表; 报表详见附件), the office as one body with no units under it. The " +
      "stored copy does not show the annexed tables: laid out on the 北京 2020 template of the same table (two blocks of six columns, the " +
      "note); the figures are ours. Planted: the 决算 公务用车购置及运行费 小计 typed 18.60 over 公务用车购置费 0.00 and 公务用车运行费 16.80 " +
      "(the 决算 合计 19.45 adds the 小计 as typed).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "beijing-template", "budget-and-actual-blocks", "lines-as-columns",
    "three-header-rows", "subtotal-column", "zero-budget-lines", "two-decimals", "wanyuan-caption", "notes-under-table", "annex-not-shown",
    "past-year", "city-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["2020年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：北京市人民政府研究室", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["2020年预算数", null, null, null, null, null, "2020年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [23.2, 0, 21.5, 0, 21.5, 1.7, 19.45, 0, 18.6, 0, 16.8, 0.85],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I6", why: "决算 公务用车购置及运行费 小计 18.60, its parts 0.00 + 16.80 = 16.80: 1.80 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 19.45 = 0.00 + 18.60 + 0.85, the 小计 as typed: the slip is reported once, at the 小计" },
      { rule: "execution.total-mismatch", cell: "A6", why: "预算 合计 23.20 = 0.00 + 21.50 + 1.70" },
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 小计 21.50 = 0.00 + 21.50" },
      { rule: "execution.no-spending", cell: "H6", why: "因公出国（境）费 budgeted 0.00: nothing budgeted, nothing spent" },
      { rule: "execution.no-spending", cell: "J6", why: "公务用车购置费 budgeted 0.00: nothing budgeted, nothing spent" },
      { rule: "execution.overspent", cell: "I6", why: "the typed 小计 18.60 is within its 21.50 budget, and 16.80 within it too" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 公务接待费 0.85 of 1.70 and 公务用车运行费 16.80 of 21.50 are economy" },
      { rule: "input.unreadable-value", cell: "A7", why: "the note under the table is no data" },
    ],
  },
};
