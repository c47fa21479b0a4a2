import type { CorpusLayout } from "../types";

// 宣汉县 (达州, 四川) 国土/自然资源部门 2024年度部门决算, 附表十三 财政拨款“三公”经费支出决算表: the national form's one
// row across — 预算数 and 决算数 side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) |
// 公务接待费 — under three header rows and a 栏次 row. The 决算 小计 typed above its parts; a trip budgeted and never made.
export const layout: CorpusLayout = {
  id: "xuanhan-2024-natural-resources-three-public-final-accounts",
  source: {
    title: "宣汉县2024年度部门决算（第五部分附表 十三、财政拨款“三公”经费支出决算表）",
    url: "http://www.xuanhan.gov.cn/xxgk-show-85684.html",
    publisher: "宣汉县（国土资源）部门",
    date: "2025",
    changes:
      "The stored copy lists the thirteen annex tables of the 2024 部门决算 by name (十三、财政拨款“三公”经费支出决算表) and the " +
      "department's duties (国土资源); the table body is not shown. Laid out as the national final-accounts form prints it " +
      "(公开13表; 预算数 | 决算数 each over 合计, 因公出国（境）费, 公务用车购置及运行费 with 小计 / 公务用车购置费 / 公务用车运行费, " +
      "公务接待费; 栏次 1–12; the form's note, shortened); the 编制单位 name is ours. Every figure is ours. Planted: 决算 公务用车 " +
      "小计 typed 12.95 while 购置 0.00 + 运行 12.59 = 12.59 (the 合计 17.28 adds the 小计 as typed); 因公出国（境）费 budgeted 3.00 " +
      "and nothing spent.",
  },
  classes: [
    "execution", "final-accounts", "budget-and-actual-side-by-side", "one-row-across", "three-header-rows", "column-number-row",
    "subtotal-column", "subtotal-slip", "three-public-no-spending", "notes-under-table", "wanyuan-caption", "sichuan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开13表"],
        ["编制单位：宣汉县自然资源局", null, null, null, null, "2024年度", null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [23, 3, 14, 0, 14, 6, 17.28, 0, 12.95, 0, 12.59, 4.33],
        [
          "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
          null, null, null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: ["A1:L1", "A3:E3", "F3:H3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, year: 2024 }],
    findings: [
      { rule: "execution.total-mismatch", cell: "I8", why: "决算数 公务用车购置及运行费 小计 12.95; its parts 购置 0.00 + 运行 12.59 = 12.59 (0.36 less)" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 budgeted 3.00 (B8) for 2024 and 0.00 spent by the year's end; 三公 lines are never behind schedule but a budget left wholly unspent still counts" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算数: 3.00 + 14.00 + 6.00 = 23.00, as stated" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 公务用车 小计 14.00 = 购置 0.00 + 运行 14.00" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 17.28 = 0.00 + 12.95 (the 小计 as typed) + 4.33: the slip is the 小计's, reported once at I8" },
      { rule: "execution.total-mismatch", cell: "G7", why: "row 7 is the 栏次 row (1…12), not figures" },
      { rule: "execution.overspent", why: "公务用车 12.59 (or 12.95 as typed) within 14.00; 公务接待费 4.33 within 6.00; the 合计 gets no status" },
      { rule: "execution.behind-schedule", why: "三公 budgets are ceilings: 公务接待费 at 72.2% and 公务用车 at 89.9% are economy, not slowness" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 had no budget (0.00): nothing to spend" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
