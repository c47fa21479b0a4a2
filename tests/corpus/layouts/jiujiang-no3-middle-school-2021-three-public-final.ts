import type { CorpusLayout } from "../types";

// 九江市第三中学 2021年度部门决算公开 (2022-11-28): the contents list 七、一般公共预算财政拨款“三公”经费支出决算表 and its 说明; the grid is not in the
// stored copy. Set out in the vertical wording many Jiangxi units print — 项目 | 预算数 | 决算数, a 栏次 row, 一、“三公”经费支出合计 over 1.–3. with the car
// and reception lines split, then 二、相关统计数 (vehicles, receptions) with dashes for a budget.
export const layout: CorpusLayout = {
  id: "jiujiang-no3-middle-school-2021-three-public-final",
  source: {
    title: "九江市第三中学2021年度部门决算公开（七、一般公共预算财政拨款“三公”经费支出决算表；表据决算目录拟）",
    url: "http://jxjjsz.cn/index.aspx?Aid=7759",
    publisher: "九江市第三中学",
    date: "2022-11-28",
    changes:
      "As published: the 决算's contents (七、一般公共预算财政拨款“三公”经费支出决算表 and 五、一般公共预算财政拨款“三公”经费支出决算情况说明), the school's " +
      "facts (完全中学, 二级预算单位, 5,990 students at the end of 2021). The table body is not in the stored copy (table-not-in-stored-copy): its lines in " +
      "the vertical 预算数 | 决算数 wording, the 相关统计数 block and every figure are ours. Planted: the 合计 决算数 typed 3.68 where 0.00 + 0.00 + 3.86 " +
      "= 3.86 (digits swapped).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "budget-and-actual-columns", "column-number-row", "total-row-first",
    "numbered-sublines", "statistics-block-under-table", "dash-as-nothing", "zero-lines", "form-label", "two-decimal-wanyuan", "wanyuan-caption",
    "year-in-caption", "notes-under-table", "table-not-in-stored-copy", "school", "jiangxi",
  ],
  settings: { district: "九江市" },
  sheets: [
    {
      name: "公开07表",
      widths: [34, 14, 14],
      rows: [
        [null, null, "公开07表"],
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null],
        ["单位名称：九江市第三中学", "2021年度", "金额单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["一、“三公”经费支出合计", 4.2, 3.68],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行维护费", 0, 0],
        ["  （1）公务用车购置费", 0, 0],
        ["  （2）公务用车运行维护费", 0, 0],
        ["3.公务接待费", 4.2, 3.86],
        ["  （1）国内接待费", 4.2, 3.86],
        ["  （2）国（境）外接待费", 0, 0],
        ["二、相关统计数", "—", "—"],
        ["1.公务用车保有量（辆）", "—", 0],
        ["2.国内公务接待批次（个）", "—", 46],
        ["3.国内公务接待人次（人）", "—", 385],
        ["注：本表反映单位本年度一般公共预算财政拨款安排的“三公”经费支出预算及决算情况；预算数为全年预算数。", null, null],
      ],
      merges: ["A2:C2", "A18:C18"],
      numberFormats: { "B6:C13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 13, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "“三公”经费支出合计 决算数 3.68 where 因公出国 0.00 + 公务用车 0.00 + 公务接待 3.86 = 3.86 (0.18万元 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算数 4.20 = 0.00 + 0.00 + 4.20" },
      { rule: "execution.total-mismatch", cell: "C11", why: "公务接待费 3.86 = 国内 3.86 + 国（境）外 0.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 3.86 of 4.20 is economy, and 2021 is closed" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and the car lines had no budget (0.00) and spent nothing" },
      { rule: "execution.total-mismatch", cell: "C14", why: "二、相关统计数 is a block of counts under the money table, no part of the 合计" },
      { rule: "input.unreadable-value", cell: "C16", why: "46 批次 and 385 人次 are counts under the table, no money; “—” means nothing" },
      { rule: "execution.total-mismatch", cell: "B5", why: "栏次 1, 2 number the columns" },
      { rule: "input.unreadable-value", cell: "C1", why: "公开07表 is the form's label" },
    ],
  },
};
