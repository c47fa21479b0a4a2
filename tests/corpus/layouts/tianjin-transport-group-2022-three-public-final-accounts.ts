import type { CorpusLayout } from "../types";

// 天津市财政局 预决算公开平台 2023-08-29: 天津市交通（集团）有限公司2022年度部门决算 — 第二部分's 十、一般公共预算财政拨款“三公”经费支出决算表
// and 第三部分's 九、“三公”经费支出决算情况说明. The stored page shows the contents and the group's 概况 (formed 2004-12-10 from 天津市交通局);
// the table is set out in the national 部门决算 layout: 预算数 | 决算数 blocks, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 |
// 购置费 | 运行费) | 公务接待费, a 栏次 row of column numbers.
export const layout: CorpusLayout = {
  id: "tianjin-transport-group-2022-three-public-final-accounts",
  source: {
    title: "天津市交通（集团）有限公司2022年度部门决算（十、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jsgk/2022bmjs/202308/t20230829_6388951.html",
    publisher: "天津市交通（集团）有限公司",
    date: "2023-08-29",
    changes:
      "As published: the 决算's contents (十二 tables, 十、 the 三公 table; 九、 its explanation) and the group's 概况. The table's figures are not in the " +
      "stored copy: the layout is the national 部门决算 三公 table; every figure is ours. Planted: 预算数 合计 typed 36.80 where 12.00 + 20.00 + 6.60 = " +
      "38.60; 因公出国（境）费 budgeted 12.00 and nothing spent.",
  },
  classes: ["execution", "three-public-final-accounts", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "ceiling-lines", "no-spending", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "state-enterprise-as-department", "tianjin"],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：天津市交通（集团）有限公司", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [36.8, 12, 20, 0, 20, 6.6, 21.87, 0, 17.52, 0, 17.52, 4.35],
        ["注：“三公”经费预算数为年初预算数；决算数为当年一般公共预算财政拨款安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:L2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 36.80 where 因公出国 12.00 + 公务用车 小计 20.00 + 公务接待 6.60 = 38.60: 1.80万元 short" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 budgeted 12.00, spent 0.00 in 2022" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 21.87 = 0.00 + 17.52 + 4.35" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 20.00 = 购置 0.00 + 运行 20.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 17.52 = 0.00 + 17.52" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (运行费 87.6%, 接待费 65.9%)" },
      { rule: "execution.overspent", why: "no line spent above its budget" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 had no budget (0.00): nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note is not a line" },
    ],
  },
};
