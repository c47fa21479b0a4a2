import type { CorpusLayout } from "../types";

// 广西壮族自治区机关事务管理局 2023年度部门决算, 表九 财政拨款安排的“三公”经费支出决算表: one row across — 预算数 and
// 决算数 each as 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a column-number row
// 1–12 above the figures. Each kind of spending is measured against its own budget.
export const layout: CorpusLayout = {
  id: "guangxi-jgswj-2023-three-public-expenses-accounts",
  source: {
    title: "广西壮族自治区机关事务管理局2023年度部门决算（第二部分 表九：财政拨款安排的“三公”经费支出决算表）",
    url: "http://jgswj.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx_92635/CZJS/t19172629.shtml",
    publisher: "广西壮族自治区机关事务管理局",
    date: "2024",
    changes:
      "The stored copy shows the publication's contents (表一 to 表九; 表九: 财政拨款安排的“三公”经费支出决算表) but not the table's body; the " +
      "body follows the national 部门决算 template for that table (预算数 | 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 " +
      "（小计 | 公务用车购置费 | 公务用车运行费） | 公务接待费, columns numbered 1–12). The amounts are ours. Planted: 公务用车运行费 spent " +
      "96.35 against a budget of 92.00; the 决算数 合计 written 173.51 where 8.62 + 150.45 + 14.08 = 173.15.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "one-row-across", "budget-and-actual-groups", "subtotal-column",
    "three-header-rows", "column-number-row", "national-template", "province-department", "wanyuan-caption", "notes-under-table", "guangxi",
  ],
  sheets: [
    {
      name: "表九",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款安排的“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2023年度", null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["部门：广西壮族自治区机关事务管理局", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [186.5, 12, 152, 60, 92, 22.5, 173.51, 8.62, 150.45, 54.1, 96.35, 14.08],
        ["注：本表反映部门本年度财政拨款安排的“三公”经费支出预算数和决算数。预算数为“三公”经费全年预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表九",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "K8", why: "公务用车运行费: 96.35 spent against its budget of 92.00, 4.35万元 over" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算数 合计 written 173.51; 8.62 + 150.45 + 14.08 = 173.15: 0.36万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "12.00 + 152.00 + 22.50 = 186.50" },
      { rule: "execution.total-mismatch", cell: "C8", why: "60.00 + 92.00 = 152.00" },
      { rule: "execution.total-mismatch", cell: "I8", why: "54.10 + 96.35 = 150.45" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车购置及运行费 in all: 150.45 of 152.00, within its budget" },
      { rule: "execution.overspent", cell: "G8", why: "in all 173.15 (written 173.51) of 186.50" },
      { rule: "execution.overspent", cell: "J8", why: "购置费 54.10 of 60.00" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; 1–12 are column numbers" },
      { rule: "execution.no-spending", why: "every kind has spent" },
      { rule: "input.unreadable-value", why: "the caption rows (2023年度, 公开09表, 部门, 金额单位) and the note are text" },
    ],
  },
};
