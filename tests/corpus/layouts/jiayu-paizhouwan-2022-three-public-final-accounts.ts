import type { CorpusLayout } from "../types";

// 嘉鱼县簰洲湾镇人民政府（汇总）2022年度部门决算 (咸宁市嘉鱼县, published 2023-10-18): the 部门决算 lists its tables, among them the 财政拨款
// “三公”经费支出决算表 — 预算数 and 决算数 blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费,
// a column-number row and the note under it.
export const layout: CorpusLayout = {
  id: "jiayu-paizhouwan-2022-three-public-final-accounts",
  source: {
    title: "嘉鱼县簰洲湾镇人民政府（汇总）2022年度部门决算（“三公”经费支出决算表据决算公开格式拟）",
    url: "http://www.jiayu.gov.cn/xxgk/dfbmptlj/xsqxxgk/pzwz/fdzdgknr_22075/czzj_22078/202310/t20231018_3316607.shtml",
    publisher: "嘉鱼县簰洲湾镇人民政府",
    date: "2023-10-18",
    changes:
      "The stored copy shows the 部门决算's opening (the town's duties, its two units: 本级 and 财经所) and notes of tables left empty, not the 三公 " +
      "table's body; we lay it out as the 决算公开 form of that year prints it (title, 2022年度, 部门 and 金额单位 line, the two blocks, 栏次 1–12, " +
      "the note). Figures are ours. Planted: 预算 小计 18.00 where 购置费 0.00 + 运行费 16.00 = 16.00; 决算 合计 24.36 where 0.00 + 15.42 + " +
      "7.94 = 23.36.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "one-row-form", "budget-and-actual-blocks", "subtotal-column",
    "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "township-unit", "hubei",
  ],
  settings: { district: "嘉鱼县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：嘉鱼县簰洲湾镇人民政府（汇总）", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [28.5, 0, 18, 0, 16, 10.5, 24.36, 0, 15.42, 0, 15.42, 7.94],
        ["注：本表反映部门本年度财政拨款安排的“三公”经费支出预算数和决算数。决算数包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:L2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 公务用车购置及运行费 小计 18.00 where 购置费 0.00 + 运行费 16.00 = 16.00 (2.00 apart)" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 24.36 where 0.00 + 15.42 + 7.94 = 23.36 (1.00 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 28.50 = 0.00 + 18.00 + 10.50, the 小计 as typed (its slip is reported once, at the 小计)" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 15.42 = 0.00 + 15.42" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 15.42 of 16.00" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 7.94 of 10.50" },
      { rule: "execution.overspent", cell: "G8", why: "in all 24.36 (23.36 by its parts) of 28.50" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
    ],
  },
};
