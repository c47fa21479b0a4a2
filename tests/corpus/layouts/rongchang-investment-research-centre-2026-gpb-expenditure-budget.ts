import type { CorpusLayout } from "../types";

// 荣昌区招商投资政策研究中心 2026-02-27: 2026年单位预算情况说明 — a unit new in 2026 (公益一类 under 区招商投资局): 年初预算数 127.93万元, by function
// 一般公共服务 101.59, 教育 0.64, 社会保障和就业 15.32, 卫生健康 5.24, 住房保障 5.14. Laid out as the district's 一般公共预算财政拨款支出预算表:
// 功能分类科目 (科目编码 | 科目名称) beside 2026年年初预算数 (合计 | 基本支出 | 项目支出), 合计 first, 类 / 款 / 项 rows, a note.
export const layout: CorpusLayout = {
  id: "rongchang-investment-research-centre-2026-gpb-expenditure-budget",
  source: {
    title: "重庆市荣昌区招商投资政策研究中心2026年单位预算情况说明（一般公共预算财政拨款支出预算表，表据正文拟）",
    url: "http://www.rongchang.gov.cn/bm/qzstzj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202602/t20260227_15464579.html",
    publisher: "重庆市荣昌区招商投资政策研究中心",
    date: "2026-02-27",
    changes:
      "The stored page gives the unit's duties and, in prose, its 2026 年初预算数 127.93万元 (all 一般公共预算拨款) split by function: 一般公共服务支出 " +
      "101.59, 教育支出 0.64, 社会保障和就业支出 15.32, 卫生健康支出 5.24, 住房保障支出 5.14; no table body is shown. The table is laid out as the " +
      "district's 一般公共预算财政拨款支出预算表 (科目编码 | 科目名称 | 年初预算数 合计 / 基本支出 / 项目支出, 合计 first, 类 / 款 / 项). The 类 totals " +
      "and the 合计 are the page's; the 款 / 项 lines, the basic / project split (a 10.00 招商引资 project) are ours. Planted: the 类 " +
      "一般公共服务支出 typed 110.59 (digits swapped) where its 基本支出 91.59 + 项目支出 10.00 = 101.59 and its 款 商贸事务 says 101.59.",
  },
  classes: [
    "execution", "budget-only", "unit-budget", "initial-budget", "subject-codes", "class-section-item-outline", "basic-and-project-split",
    "two-header-rows", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose",
    "transposed-digits", "district-department", "chongqing",
  ],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "支出预算表",
      widths: [12, 30, 12, 12, 12],
      rows: [
        ["2026年一般公共预算财政拨款支出预算表", null, null, null, null],
        ["单位：重庆市荣昌区招商投资政策研究中心", null, null, null, "单位：万元"],
        ["功能分类科目", null, "2026年年初预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", null, 127.93, 117.93, 10],
        ["201", "一般公共服务支出", 110.59, 91.59, 10],
        ["20113", "商贸事务", 101.59, 91.59, 10],
        ["2011350", "事业运行", 91.59, 91.59, 0],
        ["2011308", "招商引资", 10, 0, 10],
        ["205", "教育支出", 0.64, 0.64, 0],
        ["20508", "进修及培训", 0.64, 0.64, 0],
        ["2050803", "培训支出", 0.64, 0.64, 0],
        ["208", "社会保障和就业支出", 15.32, 15.32, 0],
        ["20805", "行政事业单位养老支出", 15.32, 15.32, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 10.21, 10.21, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 5.11, 5.11, 0],
        ["210", "卫生健康支出", 5.24, 5.24, 0],
        ["21011", "行政事业单位医疗", 5.24, 5.24, 0],
        ["2101102", "事业单位医疗", 5.24, 5.24, 0],
        ["221", "住房保障支出", 5.14, 5.14, 0],
        ["22102", "住房改革支出", 5.14, 5.14, 0],
        ["2210201", "住房公积金", 5.14, 5.14, 0],
        ["注：本单位为2026年新增单位，2025年无年初预算，故不列上年数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "C3:E3", "A5:B5", "A23:E23"],
      numberFormats: { "C5:E22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2026,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C6",
        why: "一般公共服务支出 typed 110.59: across 91.59 + 10.00 = 101.59, and its 款 商贸事务 101.59 (9.00 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 127.93 = 101.59 + 0.64 + 15.32 + 5.24 + 5.14, the lines as they stand; the slip is the 类 row's, reported once" },
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 117.93 = 91.59 + 0.64 + 15.32 + 5.24 + 5.14" },
      { rule: "execution.total-mismatch", cell: "E5", why: "项目支出 10.00 = 招商引资 10.00" },
      { rule: "execution.total-mismatch", cell: "C14", why: "养老 15.32 = 10.21 + 5.11" },
      { rule: "execution.no-spending", why: "a budget for the year ahead: nothing is spent yet" },
      { rule: "execution.behind-schedule", why: "a budget: no spending measured against it" },
      { rule: "input.unreadable-value", cell: "A23", why: "the note is no line" },
    ],
  },
};
