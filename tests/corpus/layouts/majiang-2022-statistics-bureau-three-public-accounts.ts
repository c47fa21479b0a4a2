import type { CorpusLayout } from "../types";

// 贵州省黔东南州麻江县统计局 2022年度部门决算 (2023-09-04): 七、财政拨款“三公”经费支出决算表 in the national form — one row
// across, 预算数 and 决算数 each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务
// 接待费, three header rows and a 栏次 row 1–12, so each kind's spending stands against its own budget in the same row.
export const layout: CorpusLayout = {
  id: "majiang-2022-statistics-bureau-three-public-accounts",
  source: {
    title: "贵州省黔东南州麻江县统计局2022年度部门决算 — 七、财政拨款“三公”经费支出决算表",
    url: "https://www.majiang.gov.cn/zfbm/tjj/zfxxgk_5733510/fdzdgknr_5733513/202309/t20230904_82197672.html",
    publisher: "麻江县统计局",
    date: "2023-09-04",
    changes:
      "As published: the bureau's name and the list of nine tables with 七、财政拨款“三公”经费支出决算表. The table body is not in the stored " +
      "copy: its form follows the national 部门决算 form (预算数 | 决算数, each over 合计, 因公出国（境）费, 公务用车购置及运行费 with 小计 / 购置费 / " +
      "运行费, 公务接待费; 栏次 1–12; 单位：万元; the note) and the figures are ours. Planted: 公务接待费 决算 2.10 above its 预算 2.00.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "one-row-across", "budget-and-actual-blocks", "three-header-rows", "column-number-row", "subtotal-column", "zero-budget-categories", "wanyuan-caption", "notes-under-table", "guizhou"],
  settings: { asOf: "2023-09-04" },
  sheets: [
    {
      name: "三公经费",
      widths: [9, 11, 9, 11, 11, 9, 9, 11, 9, 11, 11, 9],
      rows: [
        ["麻江县统计局2022年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [8, 0, 6, 0, 6, 2, 7.95, 0, 5.85, 0, 5.85, 2.1],
        ["注：“三公”经费决算数为当年一般公共预算财政拨款安排的实际支出；本年度未安排因公出国（境）和公务用车购置。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: {
          A: "adjustedBudget", B: "adjustedBudget:因公出国（境）费", C: "adjustedBudget:公务用车购置及运行费", F: "adjustedBudget:公务接待费",
          G: "actual", H: "actual:因公出国（境）费", I: "actual:公务用车购置及运行费", L: "actual:公务接待费",
        },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L7", why: "公务接待费: 决算 2.10 against its 预算 2.00 (0.10万元 over)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "G7", why: "合计: 决算 7.95 within 预算 8.00" },
      { rule: "execution.overspent", cell: "I7", why: "公务用车购置及运行费: 5.85 within 6.00" },
      { rule: "execution.total-mismatch", cell: "A7", why: "预算 合计 8.00 = 0 + 6.00 + 2.00; 小计 6.00 = 0 + 6.00" },
      { rule: "execution.total-mismatch", cell: "G7", why: "决算 合计 7.95 = 0 + 5.85 + 2.10; 小计 5.85 = 0 + 5.85" },
      { rule: "execution.total-mismatch", cell: "A6", why: "the 栏次 row 1–12 numbers the columns" },
      { rule: "execution.behind-schedule", why: "the year is over and 合计 has done 7.95 / 8.00 = 99.4%, 公务用车运行费 5.85 / 6.00 = 97.5%: within 5 points of 100%" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had no budget (0.00)" },
    ],
  },
};
