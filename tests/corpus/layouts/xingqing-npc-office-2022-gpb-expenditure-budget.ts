import type { CorpusLayout } from "../types";

// 银川市兴庆区人大常委会办公室 2022 部门预算: 三、一般公共预算支出表 — 功能分类科目 (科目编码 | 科目名称) beside 2022年预算数 split 合计 |
// 基本支出 | 项目支出, the 合计 row first, then 类 / 款 / 项 by seven-digit code. A budget's own table: nothing spent yet.
export const layout: CorpusLayout = {
  id: "xingqing-npc-office-2022-gpb-expenditure-budget",
  source: {
    title: "银川市兴庆区人民代表大会常务委员会办公室2022年部门预算公开（三、一般公共预算支出表）",
    url: "http://www.xqq.gov.cn/zwgk/mbmlzy/xqqrdbgs/czyjsjsgjf_9737/bmys_48969/202303/t20230320_4001104.html",
    publisher: "银川市兴庆区人大常委会办公室",
    date: "2021-12-10",
    changes:
      "As published: the table's place in the set (三、一般公共预算支出表), the office's name line with the unit 万元 at its right, the two header rows " +
      "(功能分类科目 over 科目编码 | 科目名称; 2022年预算数 over 合计 | 基本支出 | 项目支出), the 合计 row first, 类/款/项 codes. The stored copy shows the " +
      "table of contents only: the subjects and figures are ours (人大事务 with 人大会议 and 代表工作 as the projects an 人大 office runs). " +
      "Planted: the 合计 row's 项目支出 typed 65.00 where the projects add up to 35.00 + 25.00 = 60.00 (so the row's 合计 512.52 also misses 452.52 + 65.00).",
  },
  classes: [
    "execution", "budget-only", "department-budget", "subject-codes", "class-section-item-outline", "basic-and-project-split",
    "two-header-rows", "split-under-merged-header", "total-row-first", "year-in-heading", "two-decimal-wanyuan", "unit-at-right",
    "notes-under-table", "table-not-in-stored-copy", "district-department", "ningxia",
  ],
  settings: { district: "银川市兴庆区" },
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["三、一般公共预算支出表", null, null, null, null],
        ["单位名称：银川市兴庆区人民代表大会常务委员会办公室", null, null, null, "单位：万元"],
        ["功能分类科目", null, "2022年预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", null, 512.52, 452.52, 65],
        ["201", "一般公共服务支出", 412.58, 352.58, 60],
        ["20101", "人大事务", 412.58, 352.58, 60],
        ["2010101", "行政运行", 352.58, 352.58, 0],
        ["2010104", "人大会议", 35, 0, 35],
        ["2010108", "代表工作", 25, 0, 25],
        ["208", "社会保障和就业支出", 48.36, 48.36, 0],
        ["20805", "行政事业单位养老支出", 48.36, 48.36, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 32.24, 32.24, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 16.12, 16.12, 0],
        ["210", "卫生健康支出", 21.4, 21.4, 0],
        ["21011", "行政事业单位医疗", 21.4, 21.4, 0],
        ["2101101", "行政单位医疗", 21.4, 21.4, 0],
        ["221", "住房保障支出", 30.18, 30.18, 0],
        ["22102", "住房改革支出", 30.18, 30.18, 0],
        ["2210201", "住房公积金", 30.18, 30.18, 0],
        ["注：本表反映2022年当年一般公共预算财政拨款支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "C3:E3", "A5:B5", "A21:E21"],
      numberFormats: { "C5:E20": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 20,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" }, year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E5", why: "合计 row 项目支出 65.00 but the project money is 35.00 (人大会议) + 25.00 (代表工作) = 60.00, the 类 201 saying 60.00 too; across the row 452.52 + 65.00 = 517.52 ≠ 512.52 follows from the same slip (reported once)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 512.52 = 412.58 + 48.36 + 21.40 + 30.18, the 类 as typed; the row misses only through E5" },
      { rule: "execution.total-mismatch", cell: "C12", why: "20805 48.36 = 32.24 + 16.12" },
      { rule: "execution.total-mismatch", cell: "C6", why: "201 412.58 = 20101 412.58 = 352.58 + 35.00 + 25.00: 类, 款 and 项 repeat one another, never added together" },
      { rule: "execution.no-spending", why: "a budget table: no spending column" },
      { rule: "execution.behind-schedule", why: "a budget table: nothing spent to measure" },
      { rule: "execution.total-mismatch", cell: "A21", why: "the note under the table is no line" },
    ],
  },
};
