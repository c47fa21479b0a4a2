import type { CorpusLayout } from "../types";

// 柳州市柳北区 2024-08: the 2023 本级 government final accounts (政府决算) laid before the district 人大常委会, whose seventeenth table is the
// “三公”经费决算表. Set out as such a table of a Guangxi district: 项目 | 2023年预算数 | 2023年决算数 | 决算数为预算数的%, 合计 first, the car line
// over its 购置 and 运行维护 parts, the table's number and the unit above it.
export const layout: CorpusLayout = {
  id: "liubei-2023-three-public-final-accounts",
  source: {
    title: "2023年柳北区政府决算公开（第二部分 十七、三公经费决算表）",
    url: "http://lbq.gov.cn/xxgk/fdzdgknr/czyjs/zfjs/eles/t19700101_3531405.shtml",
    publisher: "柳州市柳北区财政局",
    date: "2024-08-23",
    changes:
      "As published: the contents of the 2023 final accounts (seventeen tables, the 三公 table the last, a section on 本级一般公共预算“三公”经费支出情况) and " +
      "the report's date. The stored copy shows the contents and the report's opening, not the tables: the 三公 table's columns are ours in the form " +
      "Guangxi districts publish, every figure ours. Planted: 因公出国（境）费 budgeted 8.00 and nothing spent; 公务用车购置费 46.20 spent of 45.00; " +
      "公务接待费's rate typed 98.7% where 98.72 / 110.00 = 89.7%.",
  },
  classes: ["execution", "final-accounts", "three-public", "total-row-first", "qizhong-lines", "indented-sibling-under-qizhong", "rate-column", "one-decimal-rates", "table-number-label", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-government", "guangxi"],
  sheets: [
    {
      name: "表十七",
      widths: [32, 16, 16, 18],
      rows: [
        ["2023年柳北区本级一般公共预算“三公”经费决算表", null, null, null],
        ["表十七", null, null, "单位：万元"],
        ["项目", "2023年预算数", "2023年决算数", "决算数为预算数的%"],
        ["合计", 286.5, 242.77, 0.847],
        ["1.因公出国（境）费", 8, 0, 0],
        ["2.公务用车购置及运行维护费", 168.5, 144.05, 0.855],
        ["其中：公务用车购置费", 45, 46.2, 1.027],
        ["      公务用车运行维护费", 123.5, 97.85, 0.792],
        ["3.公务接待费", 110, 98.72, 0.987],
        ["注：“三公”经费决算数为当年一般公共预算财政拨款安排的实际支出，不含以前年度结转资金。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00", "D4:D9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表十七",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费: 8.00 budgeted for 2023, nothing spent by the year's end (三公 lines are never behind schedule, but no spending still counts)" },
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费 spent 46.20 against its budget of 45.00: 1.20万元 over" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "公务接待费 98.72 / 110.00 = 89.7%, typed 98.7%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 286.50 = 8.00 + 168.50 + 110.00" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 242.77 = 0 + 144.05 + 98.72" },
      { rule: "execution.total-mismatch", cell: "C6", why: "车 144.05 = 购置 46.20 + 运行维护 97.85; 预算 168.50 = 45.00 + 123.50" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "242.77 / 286.50 = 84.74%, shown 84.7%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "46.20 / 45.00 = 102.67%, shown 102.7%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "97.85 / 123.50 = 79.23%, shown 79.2%" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.overspent", cell: "C6", why: "the car line in all 144.05 of 168.50: only its 购置 part is over" },
      { rule: "execution.overspent", cell: "C4", why: "in all 242.77 of 286.50" },
      { rule: "input.unreadable-value", cell: "A2", why: "表十七 is the table's number" },
    ],
  },
};
