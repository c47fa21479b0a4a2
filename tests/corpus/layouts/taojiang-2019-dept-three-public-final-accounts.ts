import type { CorpusLayout } from "../types";

// 湖南 桃江县 2019年度部门决算, the 三公 part: 财政拨款支出预算 44.52万元, 决算 22.62万元 (公务接待费 20.10, 公务用车运行维护费 2.52),
// no travel abroad, 2 cars, 520 receptions. 湖南's 部门决算 print it as 财政部's 表: 一般公共预算财政拨款“三公”经费支出决算表 —
// 预算数 and 决算数 side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, one row.
export const layout: CorpusLayout = {
  id: "taojiang-2019-dept-three-public-final-accounts",
  source: {
    title: "桃江县2019年度部门决算 —“三公”经费支出决算情况说明（决算表据说明拟）",
    url: "http://taojiang.gov.cn/26631/26632/content_2001885.html",
    publisher: "桃江县人民政府",
    date: "2020",
    changes:
      "As published: what the 说明 states (三公 财政拨款支出预算, 决算, 公务接待费 and 公务用车运行维护费 as its only lines, 无因公出国（境）, " +
      "公务用车保有量2辆, 国内公务接待520批次、4200人次). The stored copy holds the 说明 only: the table is laid out as 湖南's 部门决算 print " +
      "表7 (预算数 | 决算数, 栏次 1–12), the unit's name is left out as the copy does not give it, and the figures are ours " +
      "(预算 46.80 = 0 + 5.00 + 41.80; 决算 lines 0 + 2.86 + 20.90). Planted: the 决算 合计 typed 24.36 where its lines give 23.76.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-numbers",
    "counts-under-table", "two-decimal-wanyuan", "wanyuan-caption", "year-end", "table-from-prose", "county-department", "hunan",
  ],
  settings: { asOf: "2019-12-31" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 12, 10, 12, 12, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开07表"],
        ["编制单位：桃江县（单位名称略）", null, null, null, null, "2019年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [46.8, 0, 5, 0, 5, 41.8, 24.36, 0, 2.86, 0, 2.86, 20.9],
        ["注：本年度无因公出国（境）团组；公务用车保有量2辆；国内公务接待520批次、4200人次。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:G3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 24.36 against 因公出国 0 + 公务用车 小计 2.86 + 公务接待费 20.90 = 23.76 (0.60万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 46.80 = 0 + 5.00 + 41.80" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 5.00 = 购置 0 + 运行 5.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 2.86 = 购置 0 + 运行 2.86" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 was budgeted 0" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 was budgeted 0" },
      { rule: "execution.behind-schedule", cell: "L8", why: "公务接待费 20.90 of 41.80 (50%): a 三公 budget is a ceiling, never behind" },
      { rule: "execution.behind-schedule", cell: "K8", why: "运行费 2.86 of 5.00: a ceiling" },
      { rule: "execution.overspent", why: "no line above its budget" },
      { rule: "execution.total-mismatch", cell: "A7", why: "栏次 1–12 are column numbers, not figures" },
      { rule: "input.unreadable-value", why: "the counts in the note (2辆, 520批次) are no part of the money table" },
    ],
  },
};
