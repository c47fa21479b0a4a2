import type { CorpusLayout } from "../types";

// 驻马店市中心医院 2021年度部门决算 (2022-09): 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表 — the national one-row form: 预算数 and
// 决算数 blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费. The stored
// copy lists the tables but does not show their figures.
export const layout: CorpusLayout = {
  id: "zhumadian-central-hospital-2021-three-public-final-accounts",
  source: {
    title: "2021年度驻马店市中心医院部门决算（七、一般公共预算财政拨款“三公”经费支出决算表，表据决算目录拟）",
    url: "http://www.huogujindan1.cn/web/front/news/detail.php?newsid=16951",
    publisher: "驻马店市中心医院（转载）",
    date: "2022-09",
    changes:
      "As published: the 部门决算's contents (第二部分 2021年度部门决算表 一至八, 第三部分 七、一般公共预算财政拨款“三公”经费支出决算情况说明), the " +
      "hospital's duty and its 73 clinical / 18 medical-technical departments. The stored copy does not show the table's figures: the form is " +
      "the national 一般公共预算财政拨款“三公”经费支出决算表; the figures and the note are ours. Planted: the 决算 公务用车购置及运行费 小计 typed " +
      "12.86 where 购置费 0 + 运行费 11.86 = 11.86; the 决算 合计 14.31 adds the lines right.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "one-row-form", "budget-and-final-blocks", "two-header-rows", "split-under-merged-header",
    "subtotal-column", "zero-budget-parts", "ceiling-lines", "year-in-heading", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "hospital", "city-unit", "henan",
  ],
  settings: { district: "驻马店市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：驻马店市中心医院", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2021年预算数", null, null, null, null, null, "2021年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [16, 0, 13, 0, 13, 3, 14.31, 0, 12.86, 0, 11.86, 2.45],
        ["注：本单位2021年度无因公出国（境）及公务用车购置支出；“三公”经费决算数均为一般公共预算财政拨款安排的支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "I6", why: "决算 公务用车购置及运行费 小计 12.86 against 购置费 0 + 运行费 11.86 = 11.86 (1.00 over)" },
      // Corrected after the hundred-and-seventy-fifth holdout's measurement (counted failed): a total across a 三公 row is checked
      // against its parts as typed (hainan-fic-2022, beijing-etdz-2020, haiyuan-ganyanchi-2023), so the 合计 is reported too; it was stated absent.
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 14.31 against its parts as typed, 0 + 12.86 (the 小计) + 2.45 = 15.31 (1.00 under)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A6", why: "预算 合计 16.00 = 0 + 13.00 + 3.00" },
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 小计 13.00 = 0 + 13.00" },
      { rule: "execution.overspent", cell: "I6", why: "小计 12.86 as typed is under its 13.00 budget anyway; the 小计 is a total, no status" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget; the rest spent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 11.86 of 13.00 and 接待费 2.45 of 3.00 are savings" },
    ],
  },
};
