import type { CorpusLayout } from "../types";

// 云南日报报业集团（本级） 2024年度部门决算, 第二部分 三、支出决算表: 科目编码 | 科目名称 under 项目, 本年支出合计 | 基本支出 | 项目支出 |
// 上缴上级支出 | 经营支出 | 对附属单位补助支出, 栏次 row, 合计 first, then 类 / 款 / 项.
export const layout: CorpusLayout = {
  id: "yndaily-2024-expenditure-final-accounts",
  source: {
    title: "云南日报报业集团(本级)2024年度部门决算（三、支出决算表）",
    url: "https://www.yndaily.com/html/2025/juesuangongkai_0812/137143.html",
    publisher: "云南日报报业集团",
    date: "2025-08-12",
    changes:
      "As published: the unit, the year and the table's name and place (第二部分 三、支出决算表). The stored copy shows the report's contents, " +
      "not the grid: the columns are those of the national 部门决算 支出决算表 template (项目 over 科目编码 | 科目名称, six money columns, " +
      "栏次 1–6); the 类 / 款 / 项 chosen for a newspaper group and every figure are ours. Planted: 2070699 其他新闻出版电影支出's 合计 typed " +
      "3,521.75 where 基本 2,950.30 + 项目 562.45 = 3,512.75 (so 20706 no longer adds up, 1,286.40 + 3,521.75 = 4,808.15 against 4,799.15); " +
      "210 卫生健康支出 typed 158.42 over its 款 185.42.",
  },
  classes: ["execution", "final-accounts", "lei-kuan-xiang-codes", "codes-as-text", "code-hierarchy", "basic-project-split", "empty-columns", "merged-header-over-two", "two-header-rows", "column-number-row", "total-row-first", "department-label-row", "year-in-title", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "provincial-unit", "yunnan"],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 14, 14, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null],
        ["部门：云南日报报业集团（本级）", null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 5730.27, 3881.42, 1848.85, null, null, null],
        ["207", "文化旅游体育与传媒支出", 4799.15, 2950.3, 1848.85, null, null, null],
        ["20706", "新闻出版电影", 4799.15, 2950.3, 1848.85, null, null, null],
        ["2070605", "出版发行", 1286.4, 0, 1286.4, null, null, null],
        ["2070699", "其他新闻出版电影支出", 3521.75, 2950.3, 562.45, null, null, null],
        ["208", "社会保障和就业支出", 468.9, 468.9, 0, null, null, null],
        ["20805", "行政事业单位养老支出", 468.9, 468.9, 0, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 312.6, 312.6, 0, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 156.3, 156.3, 0, null, null, null],
        ["210", "卫生健康支出", 158.42, 185.42, 0, null, null, null],
        ["21011", "行政事业单位医疗", 185.42, 185.42, 0, null, null, null],
        ["2101102", "事业单位医疗", 185.42, 185.42, 0, null, null, null],
        ["221", "住房保障支出", 276.8, 276.8, 0, null, null, null],
        ["22102", "住房改革支出", 276.8, 276.8, 0, null, null, null],
        ["2210201", "住房公积金", 276.8, 276.8, 0, null, null, null],
        ["注：本表反映部门本年度各项支出情况。本部门本年度无上缴上级支出、经营支出和对附属单位补助支出。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A22:H22"],
      numberFormats: { "C7:H21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C11", why: "2070699 合计 3,521.75; 基本 2,950.30 + 项目 562.45 = 3,512.75 (9.00 apart)" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20706 合计 4,799.15; its 项 as typed 1,286.40 + 3,521.75 = 4,808.15" },
      { rule: "execution.total-mismatch", cell: "C16", why: "210 卫生健康支出 158.42; its 款 21011 is 185.42 (and 基本 185.42 + 项目 0 = 185.42)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 5,730.27 = 4,799.15 + 468.90 + 185.42 + 276.80 with 210 as its lines add up: the 210 slip is reported once" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本 2,950.30 + 468.90 + 185.42 + 276.80 = 3,881.42" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目 1,848.85 = 1,286.40 + 562.45" },
      { rule: "execution.total-mismatch", cell: "C8", why: "207 = 20706 as typed (4,799.15)" },
      { rule: "execution.total-mismatch", cell: "C12", why: "208 468.90 = 312.60 + 156.30" },
      { rule: "execution.no-spending", why: "no budget column: a final account of spending only" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "C6", why: "the 栏次 row numbers columns" },
    ],
  },
};
