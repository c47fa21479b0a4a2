import type { CorpusLayout } from "../types";

// 西藏: 西藏自治区人民政府驻上海办事处 2024年度部门决算, 第二部分 部门决算公开表 — the 财政拨款“三公”经费支出决算表
// (预算数 | 决算数, each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费).
export const layout: CorpusLayout = {
  id: "xizang-2024-shanghai-office-three-public-accounts",
  source: {
    title: "西藏自治区人民政府驻上海办事处2024年度部门决算（第二部分 部门决算公开表：财政拨款“三公”经费支出决算表）",
    url: "https://shb.xizang.gov.cn/xwzx/xxgk/202510/t20251015_503965.html",
    publisher: "西藏自治区人民政府驻上海办事处",
    date: "2025-10-15",
    changes:
      "As published: the 决算 page's contents (第二部分 2024年度部门决算公开表 … 九、财政拨款“三公”经费支出决算情况说明); the stored copy shows the contents, not the tables' figures. " +
      "Laid out on the standard 公开表 of the 三公 table (编制单位 and 公开08表 over the caption, 预算数 | 决算数 blocks, 栏次 row, note under the table); every figure is ours. " +
      "Planted: 公务接待费 决算 6.35 over its 预算 6.00; the 决算 合计 typed 17.45 against 0 + 11.20 + 6.35 = 17.55.",
  },
  classes: ["execution", "three-public-accounts", "final-account", "two-blocks-side-by-side", "subtotal-under-merged-header", "column-number-row", "ceiling-lines", "two-decimal-wanyuan", "wanyuan-caption", "form-number-in-caption", "notes-under-table", "table-from-contents", "provincial-office-outside-province", "xizang"],
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["2024年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：西藏自治区人民政府驻上海办事处", null, null, null, null, null, null, null, null, null, "公开08表", null],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [18, 0, 12, 0, 12, 6, 17.45, 0, 11.2, 0, 11.2, 6.35],
        ["注：本表反映部门本年度“三公”经费支出预算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:F2", "K2:L2", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: {
          A: "adjustedBudget", B: "adjustedBudget:因公出国（境）费", C: "adjustedBudget:公务用车购置及运行费", F: "adjustedBudget:公务接待费",
          G: "actual", H: "actual:因公出国（境）费", I: "actual:公务用车购置及运行费", L: "actual:公务接待费",
        },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L8", why: "公务接待费: 决算 6.35 against its 预算 6.00 (0.35万元 over)" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 17.45; 因公出国 0 + 公务用车 11.20 + 公务接待 6.35 = 17.55 (0.10万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 18.00 = 0 + 12.00 + 6.00; 小计 12.00 = 0 + 12.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 11.20 = 购置 0 + 运行 11.20" },
      { rule: "execution.overspent", cell: "G8", why: "合计: 决算 17.45 (as typed; 17.55 as its parts add) within 预算 18.00" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车购置及运行费: 11.20 within 12.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings (and the year is over: 公务用车 11.20 / 12.00 = 93.3% is no delay)" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had no budget (0)" },
      { rule: "execution.total-mismatch", cell: "A7", why: "the 栏次 row 1–12 numbers the columns" },
    ],
  },
};
