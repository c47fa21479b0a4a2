import type { CorpusLayout } from "../types";

// 甘肃交通职业技术学院 2021年部门决算 (2022-08-27): 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表 — the national one-row form, 2021年预算数
// and 2021年决算数 blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费.
// The stored copy lists the tables and the explanations but shows none of the figures.
export const layout: CorpusLayout = {
  id: "gansu-transport-college-2021-three-public-final-accounts",
  source: {
    title: "甘肃交通职业技术学院2021年度部门决算公开情况说明（七、一般公共预算财政拨款“三公”经费支出决算表，表据决算目录拟）",
    url: "https://www.gsjtxy.edu.cn/jhcwc/content/355/t2022827-355-6921.html",
    publisher: "甘肃交通职业技术学院",
    date: "2022-08-27",
    changes:
      "As published: the 决算's contents (第二部分 一至九, 七、一般公共预算财政拨款“三公”经费支出决算表; 第三部分 七、…“三公”经费支出决算情况说明), the " +
      "college's standing (省教育厅 所属, 全额预算拨款事业单位, 事业编制282人). The stored copy does not show the table: the form is the national one-row " +
      "三公 决算表; the figures and the note are ours. Planted: the 预算数 合计 typed 19.50 where 0 + 12.00 + 6.50 = 18.50; 公务接待费 spent 7.86 " +
      "against its 6.50 budget.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "one-row-form", "budget-and-final-blocks", "two-header-rows", "split-under-merged-header",
    "subtotal-column", "zero-budget-parts", "ceiling-lines", "year-in-heading", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "university", "provincial-unit", "gansu",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["编制单位：甘肃交通职业技术学院", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2021年预算数", null, null, null, null, null, "2021年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [19.5, 0, 12, 0, 12, 6.5, 19.32, 0, 11.46, 0, 11.46, 7.86],
        ["注：本单位2021年度无因公出国（境）及公务用车购置支出；公务接待费决算数高于预算数，主要是承办全省交通职业技能竞赛接待任务增加。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:K1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A6", why: "预算数 合计 19.50 against 因公出国 0 + 公务用车 小计 12.00 + 公务接待费 6.50 = 18.50 (1.00 over)" },
      { rule: "execution.overspent", cell: "L6", why: "公务接待费 决算 7.86 against its 6.50 budget (1.36万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 19.32 = 0 + 11.46 + 7.86" },
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 小计 12.00 = 0 + 12.00; 决算 小计 11.46 = 0 + 11.46" },
      { rule: "execution.overspent", cell: "G6", why: "the 合计 is a total, no status of its own (19.32 is under the 19.50 typed anyway)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 11.46 of 12.00 is saving, and the year is past" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget (0): nothing budgeted, nothing unspent" },
    ],
  },
};
