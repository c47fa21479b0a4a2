import type { CorpusLayout } from "../types";

// 眉山市人民医院 (四川) 2021年单位预算 (2021-02-03), 附件 3-3 一般公共预算“三公”经费支出预算表: 单位编码 | 单位名称 | 当年财政拨款安排 over
// 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, three header rows, a 合计 row over the hospital's own row.
export const layout: CorpusLayout = {
  id: "meishan-peoples-hospital-2021-three-public-budget",
  source: {
    title: "眉山市人民医院2021年单位预算编制说明（附件 3-3 一般公共预算“三公”经费支出预算表）（表据正文拟）",
    url: "http://www.ms.gov.cn/info/6159/1134398.htm",
    publisher: "眉山市卫生健康委员会（眉山市人民医院）",
    date: "2021-02-03",
    changes:
      "As published: the hospital, the year and the list of its 2021 预算公开表, 3-3 being 一般公共预算“三公”经费支出预算表. The stored copy shows " +
      "the list and the 基本职能, not the table body: it is laid out as Sichuan's 部门预算 set prints table 3-3 (单位编码 | 单位名称 | 当年财政拨款安排 " +
      "over 合计 | 因公出国（境）费 | 公务用车购置及运行费 小计 / 购置费 / 运行费 | 公务接待费), and the figures are ours. Planted: the hospital's " +
      "公务用车 小计 typed 30.60 where 购置费 0.00 + 运行费 28.60 = 28.60 (its 合计 48.60 adds the 小计 as typed); the 合计 row's 公务接待费 18.00 " +
      "over the hospital's 16.00.",
  },
  classes: ["execution", "budget-only", "three-public", "by-unit", "unit-codes", "merged-header-over-three", "three-header-rows", "total-row-first", "subtotal-slip", "column-foot-slip", "wanyuan-caption", "table-from-prose", "hospital", "sichuan"],
  settings: { district: "眉山市" },
  sheets: [
    {
      name: "表3-3",
      widths: [12, 24, 10, 12, 10, 12, 12, 10],
      rows: [
        ["表3-3", null, null, null, null, null, null, null],
        ["一般公共预算“三公”经费支出预算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "当年财政拨款安排", null, null, null, null, null],
        [null, null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [null, "合计", 48.6, 2, 30.6, 0, 28.6, 18],
        ["404012", "眉山市人民医院", 48.6, 2, 30.6, 0, 28.6, 16],
      ],
      merges: ["A1:H1", "A2:H2", "A4:A6", "B4:B6", "C4:H4", "C5:C6", "D5:D6", "E5:G5", "H5:H6"],
      numberFormats: { "C7:H8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表3-3",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:因公出国（境）费", E: "initialBudget:公务用车购置及运行费", H: "initialBudget:公务接待费" },
        // Corrected after the hundred-and-eighty-second holdout's measurement (counted failed): stated year 2021, which the sheet does not give
        // (its title and caption name no year; only the source's title does), so the table states none.
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E8", why: "眉山市人民医院 公务用车购置及运行费 小计 30.60 where 购置费 0.00 + 运行费 28.60 = 28.60: 2.00万元 over" },
      { rule: "execution.total-mismatch", cell: "H7", why: "合计 row 公务接待费 18.00 where its one line, 眉山市人民医院, has 16.00" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C8", why: "合计 48.60 = 2.00 + 30.60 + 16.00, the 小计 as typed: the slip is reported once, at E8" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 48.60 down its column = 48.60 (a total row's parts are checked by column only)" },
      { rule: "execution.total-mismatch", cell: "E7", why: "30.60 down its column = 30.60; the 小计's slip is the hospital row's" },
      { rule: "execution.no-spending", why: "a budget table: no spending column to judge" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 budgets are ceilings" },
      { rule: "input.unreadable-value", cell: "A8", why: "the unit code is a code, no amount" },
    ],
  },
};
