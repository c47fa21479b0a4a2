import type { CorpusLayout } from "../types";

// 北京市丰台区人民政府五里店街道办事处 2024年度部门决算 (2025-09): 第一部分 报表 十、财政拨款“三公”经费支出决算表. The stored page lists
// the twelve tables (报表详见附件1) and the 说明; the table is laid out in the city's 公开10表 form — 项目 | 全年预算数 | 决算数 — with the
// share column some 丰台 offices print beside it (决算数占预算数%), figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-fengtai-wulidian-2024-three-public-final-accounts",
  source: {
    title: "北京市丰台区人民政府五里店街道办事处2024年度部门决算（十、财政拨款“三公”经费支出决算表；表据目录拟）",
    url: "https://www.bjft.gov.cn/ftq/wld2024/202509/f18dfd19cbea47ad9003a1265821b0ac.shtml",
    publisher: "北京市丰台区人民政府五里店街道办事处",
    date: "2025-09",
    changes:
      "As published: the 2024 决算 with its twelve tables listed (十、财政拨款“三公”经费支出决算表 among them), the office's 6 内设机构 and 3 事业单位; the tables " +
      "are in 附件1, which the stored copy does not show. Ours: the table's lines (合计 first, 公务用车 split by a 其中 line and a second part), the 公开10表 label, " +
      "the share column, the note and all figures. Planted: 合计 决算数 typed 19.42 over its lines 0.00 + 14.38 + 4.86 = 19.24; 公务接待费's share typed 68.31% " +
      "(4.86 / 7.80 = 62.31%).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong", "total-row-first", "budget-and-actual-columns",
    "rate-column", "dash-rate", "form-label", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "notes-under-table", "table-from-prose",
    "street-office", "beijing",
  ],
  sheets: [
    {
      name: "公开10表",
      widths: [34, 14, 14, 20],
      rows: [
        [null, null, null, "公开10表"],
        ["财政拨款“三公”经费支出决算表", null, null, null],
        ["编制单位：北京市丰台区人民政府五里店街道办事处", "2024年度", null, "单位：万元"],
        ["项目", "全年预算数", "决算数", "决算数占预算数%"],
        ["合计", 24.3, 19.42, "79.92%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行费", 16.5, 14.38, "87.15%"],
        ["  其中：（1）公务用车购置费", 0, 0, "—"],
        ["        （2）公务用车运行费", 16.5, 14.38, "87.15%"],
        ["3.公务接待费", 7.8, 4.86, "68.31%"],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出；全年预算数包括当年预算和上年结转，决算数比预算数减少，主要是落实过紧日子要求、压减公务接待。", null, null, null],
      ],
      merges: ["A2:D2", "A11:D11"],
      numberFormats: { "B5:C10": "#,##0.00" },
    },
  ],
  settings: { district: "北京市丰台区" },
  expect: {
    tables: [
      {
        sheet: "公开10表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 决算数 19.42 ≠ 0.00 + 14.38 + 4.86 = 19.24 (0.18 over the lines)" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "公务接待费 4.86 / 7.80 = 62.31%, typed 68.31%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 全年预算数 24.30 = 0.00 + 16.50 + 7.80" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 14.38 = 购置费 0.00 + 运行费 14.38" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "79.92% = 19.42 / 24.30 as typed (the total's slip is reported once, at C5)" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "14.38 / 16.50 = 87.15%" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings (62.31% of 公务接待费 spent is economy, not slowness), and a total row gets no status" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0.00) and spent nothing" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0.00) and spent nothing" },
      { rule: "execution.overspent", why: "every line spent less than its 全年预算数" },
      { rule: "input.unreadable-value", cell: "D6", why: "a dash in the share column is no value (no budget to share)" },
      { rule: "input.unreadable-value", cell: "D1", why: "公开10表 is the form's label above the table" },
    ],
  },
};
