import type { CorpusLayout } from "../types";

// 西藏自治区科学技术厅（部门）2022年度部门决算, 表七 一般公共预算财政拨款“三公”经费支出决算表: one row of money laid across — 预算数 and 决算数 blocks, each
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row 1–12, the template's note; the 决算 合计 typed 9万元 over.
export const layout: CorpusLayout = {
  id: "xizang-sti-2022-three-public-final-accounts",
  source: {
    title: "西藏自治区科学技术厅（部门）2022年度部门决算（七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://sti.xizang.gov.cn/xxgk/zfxxgknb/202309/t20230901_374287.html",
    publisher: "西藏自治区科学技术厅",
    date: "2023-09-01",
    changes:
      "The stored copy shows the report's contents (表七 一般公共预算财政拨款“三公”经费支出决算表 among the 部门决算表) but not the table body; the grid is " +
      "laid out as the 部门决算 公开 template gives that table — 预算数 and 决算数 blocks across one row, 小计 | 公务用车购置费 | 公务用车运行费 under " +
      "公务用车购置及运行费, a 栏次 row, the template's note — with the department named as published. The figures are ours. Planted: the 决算数 合计 typed " +
      "110.37 where 0 + 55.92 + 45.45 = 101.37.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "money-across-one-row", "budget-and-actual-blocks", "three-header-rows", "column-number-row", "split-under-merged-header", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "province-department", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：西藏自治区科学技术厅", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [128.6, 0, 62.4, 0, 62.4, 66.2, 110.37, 0, 55.92, 0, 55.92, 45.45],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "adjustedBudget", G: "actual" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "决算数 合计 110.37; its parts 因公出国（境）费 0 + 公务用车购置及运行费 小计 55.92 + 公务接待费 45.45 = 101.37 (9.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算数 合计 128.60 = 0 + 62.40 + 66.20" },
      { rule: "execution.total-mismatch", cell: "I7", why: "决算 小计 55.92 = 购置费 0 + 运行费 55.92" },
      { rule: "execution.total-mismatch", cell: "A6", why: "the 栏次 row 1–12 numbers the columns; it is no money" },
      { rule: "execution.overspent", why: "every 决算 figure is at or below its 预算: 55.92 ≤ 62.40, 45.45 ≤ 66.20 (the typed 合计 110.37 is also below 128.60)" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings, and the year (2022) is closed" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had nothing budgeted" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note is the template's prose under the table" },
    ],
  },
};
