import type { CorpusLayout } from "../types";

// 安徽省固镇县人民政府办公室 2023年度部门决算, 表五 一般公共预算财政拨款支出决算表: the national form — 项目 (科目编码 | 科目名称) over
// 本年支出 (合计 | 基本支出 | 项目支出), a 栏次 row, the 合计 row first, then 类 / 款 / 项 lines by their codes.
export const layout: CorpusLayout = {
  id: "guzhen-2023-government-office-gpb-expenditure-final-accounts",
  source: {
    title: "安徽省固镇县人民政府办公室2023年度部门决算 — 五、一般公共预算财政拨款支出决算表",
    url: "https://www.guzhen.gov.cn/zfxxgk/public/29641/52153468.html",
    publisher: "安徽省固镇县人民政府办公室",
    date: "2024-08",
    changes:
      "As published: the 决算's title and its list of tables (表五 一般公共预算财政拨款支出决算表). The stored copy shows the contents and the " +
      "office's duties, not the table: it is laid out on the national 部门决算 form (公开05表, 项目 | 本年支出 合计 / 基本支出 / 项目支出, 栏次, " +
      "合计 first); the 科目 lines are the ones a county government office carries, the figures ours. Planted: 208 社会保障和就业支出 合计 " +
      "typed 109.07 for its 款's 109.70 (and its own 基本支出 109.70); the 合计 row's 项目支出 typed 224.09 for 224.90.",
  },
  classes: [
    "execution", "final-accounts", "national-template", "code-hierarchy", "lei-kuan-xiang", "total-row-first", "column-number-row",
    "actual-split-basic-project", "no-budget-column", "wanyuan-caption", "two-decimals", "notes-under-table", "annex-not-shown",
    "county-department", "anhui",
  ],
  settings: { district: "固镇县" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 40, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：安徽省固镇县人民政府办公室", null, "2023年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1132.29, 907.39, 224.09],
        ["201", "一般公共服务支出", 923.96, 699.06, 224.9],
        ["20103", "政府办公厅（室）及相关机构事务", 923.96, 699.06, 224.9],
        ["2010301", "行政运行", 486.32, 486.32, null],
        ["2010302", "一般行政管理事务", 128.5, null, 128.5],
        ["2010350", "事业运行", 212.74, 212.74, null],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 96.4, null, 96.4],
        ["208", "社会保障和就业支出", 109.07, 109.7, null],
        ["20805", "行政事业单位养老支出", 109.7, 109.7, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 78.36, 78.36, null],
        ["2080506", "机关事业单位职业年金缴费支出", 31.34, 31.34, null],
        ["210", "卫生健康支出", 36.18, 36.18, null],
        ["21011", "行政事业单位医疗", 36.18, 36.18, null],
        ["2101101", "行政单位医疗", 36.18, 36.18, null],
        ["221", "住房保障支出", 62.45, 62.45, null],
        ["22102", "住房改革支出", 62.45, 62.45, null],
        ["2210201", "住房公积金", 62.45, 62.45, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A24:E24"],
      numberFormats: { "C7:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C14",
        why: "208 合计 109.07, its 款 20805 109.70 (= 78.36 + 31.34) and its own 基本支出 109.70 + 项目支出 0: 0.63万元 short",
      },
      {
        rule: "execution.total-mismatch",
        cell: "E7",
        why: "合计 row 项目支出 224.09, the lines' 128.50 + 96.40 = 224.90 (201's 224.90): 0.81万元 short",
      },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "合计 1,132.29 = 923.96 + 109.70 + 36.18 + 62.45, 208 added as its 款 give it (the slip reported once, at 208); a total row's parts are checked by column only",
      },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 907.39 = 699.06 + 109.70 + 36.18 + 62.45" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20103 923.96 = 486.32 + 128.50 + 212.74 + 96.40" },
      { rule: "execution.total-mismatch", cell: "C15", why: "20805 109.70 = 78.36 + 31.34" },
      { rule: "execution.overspent", why: "no budget column: nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "C6", why: "栏次 1 / 2 / 3 number the columns, no figures" },
    ],
  },
};
