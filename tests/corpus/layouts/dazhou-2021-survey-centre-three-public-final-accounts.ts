import type { CorpusLayout } from "../types";

// 达州市自然资源调查监测中心 2021年度单位决算: 四川's 一般公共预算财政拨款“三公”经费支出决算表 in the one-row-across form — 预算数 and
// 决算数 blocks, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a column-number row above the one
// row of figures.
export const layout: CorpusLayout = {
  id: "dazhou-2021-survey-centre-three-public-final-accounts",
  source: {
    title: "达州市自然资源调查监测中心2021年度单位决算（“三公”经费支出决算表据四川省部门决算公开格式拟）",
    url: "http://tchuan.gov.cn/xxgk-show-30727.html",
    publisher: "达州市自然资源调查监测中心",
    changes:
      "The stored copy shows the 单位概况 (a 全额补助事业单位 under 达州市自然资源和规划局, 2021 work) but not the tables: the 三公 table is laid " +
      "out in the province's 决算公开 form (two blocks across one row, 小计 | 购置费 | 运行费 under the car heading, a column-number row, the " +
      "form's note); every figure is ours. Planted: 决算 合计 typed 11.82 where 0 + 8.92 + 2.36 = 11.28; 公务接待费 决算 2.36 over its " +
      "预算 2.00.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "one-row-across", "two-block-header", "budget-and-final-blocks",
    "column-number-row", "ceiling-lines", "zero-budget-line", "two-decimal-wanyuan", "notes-under-table", "city-institution", "sichuan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["2021年度一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["单位名称：达州市自然资源调查监测中心", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [12.5, 0, 10.5, 0, 10.5, 2, 11.82, 0, 8.92, 0, 8.92, 2.36],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", G: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "决算 合计 11.82 ≠ 0.00 + 8.92 + 2.36 = 11.28" },
      { rule: "execution.overspent", cell: "L7", why: "公务接待费 决算 2.36 above its 预算 2.00 (a ceiling exceeded)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算 合计 12.50 = 0 + 10.50 + 2.00" },
      { rule: "execution.total-mismatch", cell: "I7", why: "小计 8.92 = 0 + 8.92" },
      { rule: "execution.no-spending", cell: "H7", why: "因公出国（境）费 has no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "J7", why: "公务用车购置费 has no budget (0)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: the car line at 8.92 / 10.50 is economy" },
      { rule: "execution.total-mismatch", cell: "A6", why: "1–12 is the column-number row, not figures" },
      { rule: "input.unreadable-value", cell: "A8", why: "the form's note" },
    ],
  },
};
