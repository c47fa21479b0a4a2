import type { CorpusLayout } from "../types";

// 唐山市丰南区大新庄镇中心卫生院 2017年度部门决算, 一般公共预算财政拨款“三公”经费支出决算表 (the national 决算 form of that year):
// 预算数 and 决算数 side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "fengnan-daxinzhuang-health-centre-2017-three-public-final",
  source: {
    title: "丰南区大新庄镇中心卫生院2017年度部门决算（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://bdocx.com/doc/21739896.html",
    publisher: "唐山市丰南区大新庄镇中心卫生院（文档转载）",
    date: "2018",
    changes:
      "The stored copy shows the 目录 (10 tables, 第三部分 决算情况说明 with 一般公共预算财政拨款“三公”经费支出情况说明) and the 部门概况, not the " +
      "tables: the “三公” table is laid out as the 2017 national 部门决算 form prints it (two merged blocks 预算数 / 决算数 over six columns each, " +
      "栏次 row, one figures row, notes) (table-not-in-stored-copy). Figures are ours. Planted: the 决算数 公务用车 小计 typed 4.26 where 购置 0.00 + " +
      "运行 3.62 = 3.62; the 合计 beside it, 4.50, adds the right 3.62 and so disagrees with the heads as typed (0.00 + 4.26 + 0.88 = 5.14).",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "budget-and-actual-blocks-across", "parts-across", "subtotal-column", "merged-three-row-header", "column-number-row", "single-figures-row", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "township-health-centre", "hebei"],
  settings: { district: "唐山市丰南区" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：唐山市丰南区大新庄镇中心卫生院", null, null, null, null, null, "2017年度", null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        [6, 0, 4.5, 0, 4.5, 1.5, 4.5, 0, 4.26, 0, 3.62, 0.88],
        ["注：1.“三公”经费预算数为全年预算数，含年初预算和追加调整预算。", null, null, null, null, null, null, null, null, null, null, null],
        ["    2.本单位2017年无因公出国（境）支出和公务用车购置支出，年末公务用车保有量1辆。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:F2", "G2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8", "A9:L9"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算表",
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
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I7", why: "决算数 公务用车 小计 4.26 where 购置费 0.00 + 运行费 3.62 = 3.62 (0.64 over)" },
      { rule: "execution.total-mismatch", cell: "G7", why: "决算数 合计 4.50 against its heads as typed: 因公出国 0.00 + 公务用车 小计 4.26 + 公务接待 0.88 = 5.14 (0.64 short); the 合计 does not agree with the typed 小计" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算数 合计 6.00 = 0.00 + 4.50 + 1.50" },
      { rule: "execution.total-mismatch", cell: "C7", why: "预算数 小计 4.50 = 购置 0.00 + 运行 4.50" },
      { rule: "execution.behind-schedule", why: "三公经费 are ceilings, and the year is over: spending below budget is saving" },
      { rule: "execution.overspent", why: "every 决算数 head is within its 预算数 (0 ≤ 0, 3.62 ≤ 4.50, 0.88 ≤ 1.50)" },
      { rule: "execution.no-spending", cell: "H7", why: "因公出国（境）费 had no budget (0.00): nothing to spend" },
      { rule: "input.unreadable-value", cell: "A6", why: "the 栏次 row (1–12) numbers the columns, no data" },
      { rule: "input.unreadable-value", why: "the notes under the table are no data rows" },
    ],
  },
};
