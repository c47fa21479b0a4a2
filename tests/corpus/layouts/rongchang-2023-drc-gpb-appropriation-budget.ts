import type { CorpusLayout } from "../types";

// 荣昌区发展改革委 2023-02-28: 2023年部门预算 — the stored page gives the department's duties and make-up in prose, not the tables; laid out as
// the 重庆 district form 一般公共预算财政拨款支出预算表: 功能分类科目 (科目编码 | 科目名称), 2022年执行, 2023年预算数 (小计 | 基本支出 | 项目支出),
// 2023年预算数比2022年执行数 (增减额 | 增减%), 合计 first, 类 / 款 / 项 rows, a note.
export const layout: CorpusLayout = {
  id: "rongchang-2023-drc-gpb-appropriation-budget",
  source: {
    title: "重庆市荣昌区发展和改革委员会2023年部门预算（一般公共预算财政拨款支出预算表）",
    url: "http://rongchang.gov.cn/bm/qfzggw/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202302/t20230228_11683625.html",
    publisher: "重庆市荣昌区发展和改革委员会",
    date: "2023-02-28",
    changes:
      "As published: the department (职能职责, 10 内设机构, 25 行政编制, 区公共资源交易中心 below it) and the 预算公开 heading. The stored copy does " +
      "not show the tables: the form's columns follow the district's 部门预算 form, and every subject line and figure is ours. Planted: the 类 " +
      "住房保障支出's 小计 typed 54.92 where its 基本支出 45.92 + 项目支出 0 = 45.92 and its 款 and 项 say 45.92 (the 合计 agrees with the lines).",
  },
  classes: [
    "execution", "budget-only", "department-budget", "initial-budget", "prior-year-spending-column", "change-columns", "subject-codes",
    "class-section-item-outline", "basic-and-project-split", "two-header-rows", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-not-in-stored-copy", "district-department", "chongqing",
  ],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "财政拨款支出预算表",
      widths: [12, 28, 12, 12, 12, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款支出预算表", null, null, null, null, null, null, null],
        ["部门：重庆市荣昌区发展和改革委员会", null, null, null, null, null, null, "单位：万元"],
        ["功能分类科目", null, "2022年执行", "2023年预算数", null, null, "2023年预算数比2022年执行数", null],
        ["科目编码", "科目名称", null, "小计", "基本支出", "项目支出", "增减额", "增减%"],
        ["合计", null, 978.5, 938.68, 662.68, 276, -39.82, "-4.07%"],
        ["201", "一般公共服务支出", 614.6, 598.36, 502.36, 96, -16.24, "-2.64%"],
        ["20104", "发展与改革事务", 614.6, 598.36, 502.36, 96, -16.24, "-2.64%"],
        ["2010401", "行政运行", 486.2, 502.36, 502.36, 0, 16.16, "3.32%"],
        ["2010499", "其他发展与改革事务支出", 128.4, 96, 0, 96, -32.4, "-25.23%"],
        ["208", "社会保障和就业支出", 81.8, 85.74, 85.74, 0, 3.94, "4.82%"],
        ["20805", "行政事业单位养老支出", 81.8, 85.74, 85.74, 0, 3.94, "4.82%"],
        ["2080505", "机关事业单位基本养老保险缴费支出", 58.7, 61.24, 61.24, 0, 2.54, "4.33%"],
        ["2080506", "机关事业单位职业年金缴费支出", 23.1, 24.5, 24.5, 0, 1.4, "6.06%"],
        ["210", "卫生健康支出", 27.8, 28.66, 28.66, 0, 0.86, "3.09%"],
        ["21011", "行政事业单位医疗", 27.8, 28.66, 28.66, 0, 0.86, "3.09%"],
        ["2101101", "行政单位医疗", 27.8, 28.66, 28.66, 0, 0.86, "3.09%"],
        ["221", "住房保障支出", 44.3, 54.92, 45.92, 0, 1.62, "3.66%"],
        ["22102", "住房改革支出", 44.3, 45.92, 45.92, 0, 1.62, "3.66%"],
        ["2210201", "住房公积金", 44.3, 45.92, 45.92, 0, 1.62, "3.66%"],
        ["222", "粮油物资储备支出", 210, 180, 0, 180, -30, "-14.29%"],
        ["22201", "粮油物资事务", 210, 180, 0, 180, -30, "-14.29%"],
        ["2220199", "其他粮油物资事务支出", 210, 180, 0, 180, -30, "-14.29%"],
        ["注：本表反映2023年当年一般公共预算财政拨款支出情况；2022年执行为上年一般公共预算财政拨款实际支出数。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:B3", "C3:C4", "D3:F3", "G3:H3", "A5:B5", "A23:H23"],
      numberFormats: { "C5:G22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "财政拨款支出预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "code", B: "line", D: "initialBudget", E: "initialBudget:基本支出", F: "initialBudget:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D17",
        why: "住房保障支出 小计 typed 54.92: across 45.92 + 0 = 45.92, and its 款 住房改革支出 45.92 (9.00 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "合计 938.68 = 598.36 + 85.74 + 28.66 + 45.92 + 180.00, the lines as they stand; the slip is the 类 row's, reported once" },
      { rule: "execution.total-mismatch", cell: "E5", why: "基本支出 662.68 = 502.36 + 85.74 + 28.66 + 45.92" },
      { rule: "execution.total-mismatch", cell: "F5", why: "项目支出 276.00 = 96.00 + 180.00" },
      { rule: "execution.overspent", cell: "D8", why: "2022年执行 is last year's spending beside this year's budget: 502.36 against 486.20 is no overspending" },
      { rule: "execution.no-spending", why: "a budget for the year ahead: nothing is spent yet, and the 2022年执行 column is last year's" },
      { rule: "execution.rate-mismatch", cell: "H9", why: "增减% compares the 2023 budget with 2022 spending: (96.00 − 128.40) / 128.40 = −25.23%, not an execution rate" },
      { rule: "execution.behind-schedule", why: "a budget: no spending measured against it" },
    ],
  },
};
