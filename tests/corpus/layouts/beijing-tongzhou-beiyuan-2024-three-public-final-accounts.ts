import type { CorpusLayout } from "../types";

// 北京市通州区北苑街道办事处 2024年度部门决算 (2025-09): 第一部分 报表 十、财政拨款“三公”经费支出决算表. The stored page lists the twelve
// tables (报表详见附件) and the 说明; the table is laid out in the city's 公开10表 wording — 项目 | 预算数 | 决算数, here with the
// difference column some districts add (决算数比预算数增减) — with figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-beiyuan-2024-three-public-final-accounts",
  source: {
    title: "北京市通州区北苑街道办事处2024年度部门决算（十、财政拨款“三公”经费支出决算表；表据目录拟）",
    url: "https://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202509/1767598.shtml",
    publisher: "北京市通州区北苑街道办事处",
    date: "2025-09",
    changes:
      "As published: the 2024 决算 with its twelve tables listed (十、财政拨款“三公”经费支出决算表 among them), the office's 6 内设机构 and 3 事业单位; the tables " +
      "are in an annex the stored copy does not show. Ours: the table's lines (合计 first, 公务用车 split by a 其中 line and a second part), the 公开10表 label, " +
      "the 增减 column and all figures. Planted: 公务接待费 6.35 spent against a 5.80 budget; 公务用车购置及运行费 决算数 typed 11.69 over its parts 0.00 + 11.96 " +
      "(the 合计 adds the line as typed).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong", "total-row-first", "budget-and-actual-columns",
    "difference-column", "negative-differences", "form-label", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "notes-under-table", "table-from-prose",
    "street-office", "beijing",
  ],
  sheets: [
    {
      name: "公开10表",
      widths: [34, 14, 14, 18],
      rows: [
        [null, null, null, "公开10表"],
        ["财政拨款“三公”经费支出决算表", null, null, null],
        ["编制单位：北京市通州区北苑街道办事处", "2024年度", null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["合计", 18.6, 18.04, -0.56],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 12.8, 11.69, -1.11],
        ["  其中：（1）公务用车购置费", 0, 0, 0],
        ["        （2）公务用车运行费", 12.8, 11.96, -0.84],
        ["3.公务接待费", 5.8, 6.35, 0.55],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出；预算数为“三公”经费全年预算数，包括当年预算和上年结转。", null, null, null],
      ],
      merges: ["A2:D2", "A11:D11"],
      numberFormats: { "B5:D10": "#,##0.00" },
    },
  ],
  settings: { district: "北京市通州区" },
  expect: {
    tables: [
      {
        sheet: "公开10表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 决算数 11.69 ≠ 购置费 0.00 + 运行费 11.96 = 11.96" },
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 决算数 6.35 > 预算数 5.80" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 18.04 = 0.00 + 11.69 + 6.35, the lines as typed (the car line's slip is reported once, at the line)" },
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 预算数 18.60 = 0.00 + 12.80 + 5.80" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: spending below them is never behind schedule" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0.00) and spent nothing" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0.00) and spent nothing" },
      { rule: "execution.overspent", cell: "D10", why: "增减 0.55 is a difference, no spending (6.35 − 5.80)" },
      { rule: "execution.total-mismatch", cell: "D5", why: "the 增减 column is no budget or spending (−0.56 = 18.04 − 18.60)" },
      { rule: "input.unreadable-value", cell: "D1", why: "公开10表 is the form's label above the table" },
    ],
  },
};
