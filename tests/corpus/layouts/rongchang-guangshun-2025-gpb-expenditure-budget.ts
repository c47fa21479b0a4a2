import type { CorpusLayout } from "../types";

// 重庆市荣昌区人民政府广顺街道办事处（本级）2025年单位预算情况说明 (2025-02-10): the street office's tables, of which the 一般公共预算财政拨款支出预算表 —
// 功能分类科目 (科目编码 | 科目名称) over 2025年预算数 (合计 | 基本支出 | 项目支出), 类 and 款 rows, 合计 at the foot. Clean: every row adds across and down.
export const layout: CorpusLayout = {
  id: "rongchang-guangshun-2025-gpb-expenditure-budget",
  source: {
    title: "重庆市荣昌区人民政府广顺街道办事处（本级）2025年单位预算情况说明（一般公共预算财政拨款支出预算表；表据正文拟）",
    url: "http://rongchang.gov.cn/jz/gsjd/zwgk_70755/fdzdgknr_70758/ysjs/ysgk/202502/t20250210_14288402.html",
    publisher: "荣昌区广顺街道",
    date: "2025-02-10",
    changes:
      "The stored copy shows the 单位基本情况 (职能职责) and not the tables. The 一般公共预算财政拨款支出预算表 is laid out on the form 重庆's street and town " +
      "offices publish (表号, title, 单位 line, 功能分类科目 | 2025年预算数 over 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出, 类 and 款 rows, 合计 at the foot); " +
      "the 科目 chosen and every figure are ours. Nothing planted (clean).",
  },
  classes: ["execution", "budget-only", "function-classification", "class-and-section-rows", "code-column", "basic-and-project-split", "total-at-foot", "two-header-rows", "table-number-row", "unit-line-with-department", "table-not-in-stored-copy", "street-office", "clean", "chongqing"],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "表二",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["表二", null, null, null, null],
        ["一般公共预算财政拨款支出预算表", null, null, null, null],
        ["单位：重庆市荣昌区人民政府广顺街道办事处（本级）", null, null, null, "单位：万元"],
        ["功能分类科目", null, "2025年预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 630.84, 516.84, 114],
        ["20101", "人大事务", 18.5, 18.5, null],
        ["20103", "政府办公厅（室）及相关机构事务", 612.34, 498.34, 114],
        ["208", "社会保障和就业支出", 121.2, 96.2, 25],
        ["20805", "行政事业单位养老支出", 96.2, 96.2, null],
        ["20810", "社会福利", 25, null, 25],
        ["210", "卫生健康支出", 42.6, 42.6, null],
        ["21011", "行政事业单位医疗", 42.6, 42.6, null],
        ["212", "城乡社区支出", 186, null, 186],
        ["21201", "城乡社区管理事务", 186, null, 186],
        ["213", "农林水支出", 240, null, 240],
        ["21307", "农村综合改革", 240, null, 240],
        ["221", "住房保障支出", 58.9, 58.9, null],
        ["22102", "住房改革支出", 58.9, 58.9, null],
        [null, "合计", 1279.54, 714.54, 565],
      ],
      merges: ["A1:E1", "A2:E2", "A3:D3", "A4:B4", "C4:E4"],
      numberFormats: { "C6:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表二",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2025,
      },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "C20", why: "合计 1,279.54 = 630.84 + 121.20 + 42.60 + 186.00 + 240.00 + 58.90 = 714.54 + 565.00" },
      { rule: "execution.total-mismatch", cell: "D20", why: "基本支出 714.54 = 18.50 + 498.34 + 96.20 + 42.60 + 58.90" },
      { rule: "execution.total-mismatch", cell: "E20", why: "项目支出 565.00 = 114 + 25 + 186 + 240" },
      { rule: "execution.total-mismatch", cell: "C6", why: "201 合计 630.84 = 18.50 + 612.34 = 516.84 + 114.00" },
      { rule: "execution.total-mismatch", cell: "C8", why: "20103 612.34 = 498.34 + 114.00" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent yet" },
      { rule: "execution.behind-schedule", why: "no spending column" },
    ],
  },
};
