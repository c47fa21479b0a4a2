import type { CorpusLayout } from "../types";

// 维西傈僳族自治县维登乡人民政府 2023 部门决算 (published 2024-10-15), 十一、一般公共预算财政拨款“三公”经费情况表: one row across —
// 预算数 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, the same six under 决算数, 栏次 1–12.
// The reception money spent above its budget, and the 决算 合计 not the sum of its parts.
export const layout: CorpusLayout = {
  id: "weixi-weideng-2023-three-public-expenses",
  source: {
    title: "维西傈僳族自治县维登乡人民政府2023年度部门决算（第二部分 十一、一般公共预算财政拨款“三公”经费情况表）",
    url: "http://www.weixi.gov.cn/zfxxgk_weixi/fdzdgknr/caizhengxinxigongkaizhuanlan/bumenyujuesuan/t_weixi_wdx/202410/20241015_218307.html",
    publisher: "维西傈僳族自治县维登乡人民政府",
    date: "2024-10-15",
    changes:
      "The stored copy shows the 决算's table of contents (十一、一般公共预算财政拨款“三公”经费情况表) but not the table body: the layout is the " +
      "province's 部门决算 template for that table as other towns publish it (表号 at the right, 部门 line, 金额单位：万元, 预算数 | 决算数 over the " +
      "six columns, 栏次, one data row, a note), with the year written into the title; the figures and the note's wording are ours. Planted: " +
      "公务接待费 2.35 spent against a 2.00 budget; the 决算 合计 typed 6.45 where its parts add up to 6.55.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "budget-and-actual-side-by-side", "one-row-across", "merged-header-over-six",
    "subtotal-column", "three-header-rows", "column-number-row", "zero-budget-columns", "town-government", "autonomous-county",
    "wanyuan-caption", "notes-under-table", "yunnan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [9, 11, 9, 11, 11, 9, 9, 11, 9, 11, 11, 9],
      rows: [
        ["一般公共预算财政拨款“三公”经费情况表（2023年度）", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开11表"],
        ["部门：维西傈僳族自治县维登乡人民政府", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [7, 0, 5, 0, 5, 2, 6.45, 0, 4.2, 0, 4.2, 2.35],
        ["注：本表反映部门本年度一般公共预算财政拨款“三公”经费支出预决算情况；本年度未安排因公出国（境）费和公务用车购置费。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:F3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
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
        columns: {
          A: "adjustedBudget", B: "adjustedBudget:因公出国（境）费", C: "adjustedBudget:公务用车购置及运行费", F: "adjustedBudget:公务接待费",
          G: "actual", H: "actual:因公出国（境）费", I: "actual:公务用车购置及运行费", L: "actual:公务接待费",
        },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L8", why: "公务接待费: 决算 2.35 against its 预算 2.00, 0.35万元 over" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 6.45, but 因公出国 0.00 + 公务用车购置及运行费 4.20 + 公务接待费 2.35 = 6.55 (0.10万元 short)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "G8", why: "合计: 6.55 as its parts add up (6.45 as typed) is within the 7.00 budget" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车购置及运行费: 4.20 within 5.00" },
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 7.00 = 0 + 5.00 + 2.00; 小计 5.00 = 0 + 5.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 4.20 = 购置费 0 + 运行费 4.20" },
      { rule: "execution.total-mismatch", cell: "A7", why: "the 栏次 row 1–12 numbers the columns" },
      { rule: "execution.behind-schedule", why: "the year is over: 公务用车运行费 4.20 / 5.00 = 84% is a final outcome, not a pace (and the row's status, if any, is not two)" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had no budget (0.00)" },
    ],
  },
};
