import type { CorpusLayout } from "../types";

// 广西壮族自治区统计局 2022年度部门决算, 表九 财政拨款安排的“三公”经费支出决算表 — the national template laid across one row:
// 预算数 block (合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费), then the same under 决算数, column numbers 1–12.
export const layout: CorpusLayout = {
  id: "guangxi-statistics-bureau-2022-three-public-final-accounts",
  source: {
    title: "广西壮族自治区统计局2022年度部门决算（表九：财政拨款安排的“三公”经费支出决算表）",
    url: "http://tjj.gxzf.gov.cn/zwgk/fdzdgknr/czxxa_1258/czjs/t17087057.shtml",
    publisher: "广西壮族自治区统计局",
    date: "2023",
    changes:
      "As published: the department, the year, the table's number and title (表九：财政拨款安排的“三公”经费支出决算表) in the contents of the " +
      "决算. The stored copy lists the tables but does not show their bodies: the columns follow the national 决算 template for this table " +
      "(预算数 and 决算数 blocks, 公务用车购置及运行费 split into 小计 | 公务用车购置费 | 公务用车运行费, column numbers 1–12), the note is " +
      "the template's; every figure is ours. Planted: the 决算 合计 typed 55.25 where 8.35 + 36.72 + 10.45 = 55.52 (two digits swapped); " +
      "公务接待费 spent 10.45 against its budget of 9.60.",
  },
  classes: [
    "execution", "three-public-expenses", "final-accounts", "ceiling-lines", "laid-across", "budget-and-actual-blocks", "subtotal-column",
    "three-header-rows", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "province-department", "guangxi",
  ],
  sheets: [
    {
      name: "表九",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款安排的“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["部门：广西壮族自治区统计局", null, null, null, null, "2022年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [60.1, 12, 38.5, 0, 38.5, 9.6, 55.25, 8.35, 36.72, 0, 36.72, 10.45],
        ["注：本表反映部门本年度财政拨款“三公”经费支出预算和决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表九", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 55.25; 因公出国（境）费 8.35 + 公务用车购置及运行费 小计 36.72 + 公务接待费 10.45 = 55.52: 0.27万元 short" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 spent 10.45 against its budget of 9.60: 0.85万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 60.10 = 12.00 + 38.50 + 9.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 38.50 = 0.00 + 38.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 36.72 = 0.00 + 36.72" },
      { rule: "execution.overspent", cell: "G8", why: "in all 55.25 (55.52 by its parts) of 60.10" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 因公出国 8.35 of 12.00 (69.6%) is economy, never behind schedule" },
      { rule: "execution.no-spending", why: "公务用车购置费 has no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A7", why: "1–12 are column numbers, not figures" },
    ],
  },
};
