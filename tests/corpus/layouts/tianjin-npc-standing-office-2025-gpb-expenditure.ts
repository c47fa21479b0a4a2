import type { CorpusLayout } from "../types";

// 天津市财政局 2025-02-24: 天津市人民代表大会常务委员会办公厅2025年部门预算, 表五 一般公共预算支出情况表 (listed in the contents; the
// tables are attachments). Laid out as the national form: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 under 2025年预算数, 合计 first, then
// 类 / 款 / 项 — 人大事务 with its 行政运行 and the congress's own 项 (人大会议, 人大立法, 代表工作 …), pensions, health, housing.
export const layout: CorpusLayout = {
  id: "tianjin-npc-standing-office-2025-gpb-expenditure",
  source: {
    title: "天津市人民代表大会常务委员会办公厅2025年部门预算（五、一般公共预算支出情况表；表据目录拟）",
    url: "https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/ysgk/2025bmys/202502/t20250217_6860311.html",
    publisher: "天津市人民代表大会常务委员会办公厅（天津市财政局发布）",
    date: "2025-02-24",
    changes:
      "The stored copy gives the budget's contents (第四部分 2025年部门预算表, 五、一般公共预算支出情况表) and the standing committee's duties; " +
      "the tables are not shown. Laid out as the national 一般公共预算支出表 with the 人大事务 款 (20101) and its 项 (行政运行, 人大会议, 人大立法, " +
      "人大代表履职能力提升, 代表工作, 其他人大事务支出); every figure is ours. Planted: the 合计 row's 项目支出 typed 3,117.55 where the 类 give " +
      "3,171.55 (only 201 has project spending); with 3,171.55 the row agrees (6,214.87 + 3,171.55 = 9,386.42).",
  },
  classes: [
    "execution", "department-budget", "budget-only", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "basic-and-project-columns",
    "merged-header-over-three", "two-header-rows", "total-row-first", "blank-as-nothing", "digits-transposed", "two-decimal-wanyuan",
    "wanyuan-caption", "table-not-in-stored-copy", "municipal-department", "tianjin",
  ],
  sheets: [
    {
      name: "表五",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["一般公共预算支出情况表", null, null, null, null],
        ["部门：天津市人民代表大会常务委员会办公厅", null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "2025年预算数", null, null],
        [null, null, "合计", "基本支出", "项目支出"],
        ["合计", null, 9386.42, 6214.87, 3117.55],
        ["201", "一般公共服务支出", 7642.3, 4470.75, 3171.55],
        ["20101", "人大事务", 7642.3, 4470.75, 3171.55],
        ["2010101", "行政运行", 4470.75, 4470.75, null],
        ["2010104", "人大会议", 1086.4, null, 1086.4],
        ["2010105", "人大立法", 612.35, null, 612.35],
        ["2010107", "人大代表履职能力提升", 538.8, null, 538.8],
        ["2010108", "代表工作", 426, null, 426],
        ["2010199", "其他人大事务支出", 508, null, 508],
        ["208", "社会保障和就业支出", 1018.62, 1018.62, null],
        ["20805", "行政事业单位养老支出", 1018.62, 1018.62, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 678.66, 678.66, null],
        ["2080506", "机关事业单位职业年金缴费支出", 339.96, 339.96, null],
        ["210", "卫生健康支出", 412.5, 412.5, null],
        ["21011", "行政事业单位医疗", 412.5, 412.5, null],
        ["2101101", "行政单位医疗", 412.5, 412.5, null],
        ["221", "住房保障支出", 313, 313, null],
        ["22102", "住房改革支出", 313, 313, null],
        ["2210201", "住房公积金", 313, 313, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:A4", "B3:B4", "C3:E3", "A5:B5"],
      numberFormats: { "C5:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表五",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "E5",
        why: "合计 项目支出 3,117.55 where the 类 give 3,171.55 (201 alone): 54.00 short; across, 6,214.87 + 3,117.55 = 9,332.42 against 9,386.42 is the same slip, reported once",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 9,386.42 = 7,642.30 + 1,018.62 + 412.50 + 313.00, the 类 as stated" },
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 6,214.87 = 4,470.75 + 1,018.62 + 412.50 + 313.00" },
      { rule: "execution.total-mismatch", cell: "C7", why: "20101 7,642.30 = 4,470.75 + 1,086.40 + 612.35 + 538.80 + 426.00 + 508.00; = 基本 4,470.75 + 项目 3,171.55" },
      { rule: "execution.total-mismatch", cell: "E7", why: "20101 项目支出 3,171.55 = 1,086.40 + 612.35 + 538.80 + 426.00 + 508.00" },
      { rule: "execution.total-mismatch", cell: "C15", why: "20805 1,018.62 = 678.66 + 339.96" },
      { rule: "execution.overspent", why: "a budget: no spending column" },
      { rule: "execution.no-spending", why: "a budget published before the year's spending" },
      { rule: "input.unreadable-value", why: "the codes and the 部门 line are text; blank cells mean nothing" },
    ],
  },
};
