import type { CorpusLayout } from "../types";

// 渠县农业综合技术服务中心 2024年度单位决算, 附表十三 财政拨款“三公”经费支出决算表: one row of figures laid
// out across — 预算数 and 决算数 side by side, each with 合计 | 因公出国（境）费 | 公务用车购置及运行费
// (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费 — under three header rows and a 栏次 row (1…12).
export const layout: CorpusLayout = {
  id: "quxian-2024-agri-tech-centre-three-public",
  source: {
    title: "渠县农业综合技术服务中心2024年度单位决算（第五部分附表 十三、财政拨款“三公”经费支出决算表）",
    url: "http://www.quxian.gov.cn/xxgk-show-64159.html",
    publisher: "渠县农业综合技术服务中心",
    date: "2025-10-15",
    changes:
      "The stored copy lists the thirteen annex tables by name and gives the unit's totals in prose; the 三公 table's body is not " +
      "shown. It is laid out as the national final-accounts form prints it (公开13表; 预算数 | 决算数 each over 合计, 因公出国（境）费, " +
      "公务用车购置及运行费 with 小计 / 公务用车购置费 / 公务用车运行费, 公务接待费; 栏次 1–12; the form's note, shortened). Every " +
      "figure is ours. Planted: 决算数 合计 6.53 while its parts add up to 6.43; 公务接待费 spent 2.31 against a budget of 2.00.",
  },
  classes: ["execution", "final-accounts", "budget-and-actual-side-by-side", "one-row-across", "three-header-rows", "column-number-row", "subtotal-column", "notes-under-table", "wanyuan-caption", "sichuan"],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开13表"],
        ["编制单位：渠县农业综合技术服务中心", null, null, null, null, "2024年度", null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [6.5, 0, 4.5, 0, 4.5, 2, 6.53, 0, 4.12, 0, 4.12, 2.31],
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
      { rule: "execution.total-mismatch", cell: "G8", why: "决算数: 因公出国 0.00 + 公务用车 4.12 + 公务接待 2.31 = 6.43; 合计 states 6.53 (0.10 more)" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 2.31 against a budget of 2.00 (115.5%): 0.31万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算数: 0.00 + 4.50 + 2.00 = 6.50, as stated" },
      { rule: "execution.total-mismatch", cell: "C8", why: "公务用车 小计 4.50 = 购置 0.00 + 运行 4.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "公务用车 小计 4.12 = 购置 0.00 + 运行 4.12" },
      { rule: "execution.total-mismatch", cell: "G7", why: "row 7 is the 栏次 row (1…12), not figures" },
      { rule: "execution.overspent", cell: "L7", why: "row 7 is the 栏次 row (12 against 6 is two column numbers)" },
      { rule: "execution.overspent", cell: "G8", why: "合计 gets no spending status (and the true sum, 6.43, is within 6.50)" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车 4.12 within 4.50" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 have no budget (0.00): nothing to spend" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
