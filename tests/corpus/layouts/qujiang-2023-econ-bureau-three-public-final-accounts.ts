import type { CorpusLayout } from "../types";

// 衢州市衢江区经济和信息化局（商务局） 2024-08-30: 2023年度部门决算 — its list of 公开表 ends with 2023年度财政拨款“三公”经费支出决算表,
// laid out here in the national template's one-row-across form: 预算数 and 决算数 each over 合计 | 因公出国（境）费 | 公务用车购置及运行费
// (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "qujiang-2023-econ-bureau-three-public-final-accounts",
  source: {
    title: "衢州市衢江区经济和信息化局（商务局）2023年度部门决算（2023年度财政拨款“三公”经费支出决算表）",
    url: "http://www.qjq.gov.cn/art/2024/8/29/art_1229844031_5432915.html",
    publisher: "衢州市衢江区经济和信息化局（商务局）",
    date: "2024-08-30",
    changes:
      "As published: the bureau's name, the year and the name of the table in the report's list of 公开表. The stored copy shows the list only: the table's " +
      "arrangement follows the national 部门决算 template (预算数 | 决算数 over the same six columns, a 栏次 row), and its figures and note are ours. Planted: " +
      "公务接待费 spent 6.85 of a 6.60 budget; the 决算 合计 typed 12.72 where 0 + 5.42 + 6.85 = 12.27.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "one-row-across", "budget-and-actual-groups", "subtotal-column", "three-header-rows",
    "column-number-row", "national-template", "department-line", "zero-budget-line", "wanyuan-caption", "notes-under-table", "past-year",
    "table-from-report-list", "district-department", "zhejiang",
  ],
  settings: { district: "衢江区" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["2023年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：衢州市衢江区经济和信息化局（商务局）", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [12.6, 0, 6, 0, 6, 6.6, 12.72, 0, 5.42, 0, 5.42, 6.85],
        ["注：本表反映部门2023年度财政拨款安排的“三公”经费预算数和实际支出数。2023年公务接待68批次、452人次；年末公务用车保有量2辆。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L7", why: "公务接待费: 6.85 spent against its budget of 6.60, 0.25万元 over (a ceiling may be overspent)" },
      { rule: "execution.total-mismatch", cell: "G7", why: "决算数 合计 typed 12.72; 0 + 5.42 + 6.85 = 12.27 (0.45 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "0 + 6.00 + 6.60 = 12.60" },
      { rule: "execution.total-mismatch", cell: "C7", why: "0 + 6.00 = 6.00" },
      { rule: "execution.total-mismatch", cell: "I7", why: "0 + 5.42 = 5.42" },
      { rule: "execution.overspent", cell: "G7", why: "in all 12.27 (typed 12.72) of 12.60: no status for a total; its line carries it" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; 5.42 of 6.00 on cars is economy" },
      { rule: "execution.no-spending", cell: "H7", why: "因公出国（境）费 had no budget (0)" },
      { rule: "execution.no-spending", cell: "J7", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; 1–12 are column numbers" },
      { rule: "input.unreadable-value", why: "the 部门 line, the 栏次 row and the note are no data" },
    ],
  },
};
