import type { CorpusLayout } from "../types";

// 蒙自市卫生健康局 (红河州, 云南) 2024年度部门决算 (2025-08-12): 第二部分 十一、一般公共预算财政拨款“三公”经费情况表 — the 云南 one-row
// form: 预算数 and 决算数 blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) |
// 公务接待费, with the 栏次 row 1–12 under the headings. The stored copy lists the tables but does not show their figures.
export const layout: CorpusLayout = {
  id: "mengzi-health-2024-three-public-final-accounts",
  source: {
    title: "蒙自市卫生健康局2024年度部门决算（十一、一般公共预算财政拨款“三公”经费情况表，表据决算目录拟）",
    url: "https://www.hhmz.gov.cn/info/41271/598401.htm",
    publisher: "蒙自市卫生健康局",
    date: "2025-08-12",
    changes:
      "As published: the bureau, the year, the 监督索引号 line, the table's name and place in the 部门决算 (第二部分 十一). The stored copy shows the " +
      "contents and the duties, not the table: the form is the 云南 部门决算 one-row 三公 form with its 栏次 row; the figures and the note are ours. " +
      "Planted: the 决算 合计 typed 10.33 where 0 + 7.46 (小计, itself 0 + 7.46) + 1.87 = 9.33.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "one-row-form", "budget-and-final-blocks", "column-number-row", "two-header-rows",
    "split-under-merged-header", "subtotal-column", "zero-budget-parts", "ceiling-lines", "year-in-title", "two-decimal-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-not-in-stored-copy", "county-bureau", "yunnan",
  ],
  settings: { district: "蒙自市" },
  sheets: [
    {
      name: "三公经费情况表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["蒙自市卫生健康局2024年度一般公共预算财政拨款“三公”经费情况表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：蒙自市卫生健康局", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [10.5, 0, 8, 0, 8, 2.5, 10.33, 0, 7.46, 0, 7.46, 1.87],
        ["注：本部门2024年度无因公出国（境）及公务用车购置支出；“三公”经费决算数为一般公共预算财政拨款安排的支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费情况表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", G: "actual" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "决算 合计 10.33 against its heads as typed: 0 + 7.46 + 1.87 = 9.33 (1.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算 合计 10.50 = 0 + 8.00 + 2.50" },
      { rule: "execution.total-mismatch", cell: "I7", why: "决算 小计 7.46 = 0 + 7.46" },
      { rule: "execution.total-mismatch", cell: "A6", why: "the 栏次 row 1–12 is column numbers, no data" },
      { rule: "execution.overspent", cell: "G7", why: "the 合计 is a total, no status; every head is within its budget" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget; the rest spent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 7.46 of 8.00 and 接待费 1.87 of 2.50 are savings" },
    ],
  },
};
