import type { CorpusLayout } from "../types";

// 恩施州中心医院 2017年决算公开 (湖北, 2018-11-12): the hospital's 支出决算表 — spending by 类/款/项 (科目编码 | 科目名称 under 项目), 合计
// beside 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row, 合计 first, 单位：万元. The stored copy gives the hospital's
// profile (1,900 beds, 149万 outpatient visits) but not the table body.
export const layout: CorpusLayout = {
  id: "enshi-central-hospital-2017-expenditure-final-by-function",
  source: {
    title: "恩施州中心医院2017年决算公开（支出决算表，表据决算公开模板拟）",
    url: "https://es9e.com/info/1040/6025.htm",
    publisher: "恩施土家族苗族自治州中心医院",
    date: "2018-11-12",
    changes:
      "As published: the 2017 决算公开's title, date and the hospital's profile. The stored copy shows no table: the 支出决算表 is laid out as the " +
      "2017 部门决算公开 template has it (项目 over 科目编码 | 科目名称, 合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, 栏次 row, " +
      "合计 first), with 2017 function codes a public hospital uses (210 医疗卫生与计划生育支出, 21002 公立医院); every amount is ours. Planted: " +
      "款 21002 公立医院 合计 typed 147,745.28 where its 项 give 146,225.28 + 1,250.00 = 147,475.28 (and its own 基本 + 项目 the same); the 合计 " +
      "row's 项目支出 typed 6,050.50 where the 类 give 6,005.50.",
  },
  classes: [
    "execution", "final-accounts", "expenditure-by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row",
    "row-total-column", "two-header-rows", "empty-columns", "transposed-digits", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "hospital", "prefecture-unit", "hubei",
  ],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 14, 12, 10, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        ["单位：恩施州中心医院", null, null, null, null, null, "2017年度", "单位：万元"],
        ["项目", null, "合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 155715.84, 149710.34, 6050.5, null, null, null],
        ["208", "社会保障和就业支出", 3126.4, 3126.4, null, null, null, null],
        ["20805", "行政事业单位离退休", 3126.4, 3126.4, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 3126.4, 3126.4, null, null, null, null],
        ["210", "医疗卫生与计划生育支出", 148370.78, 142365.28, 6005.5, null, null, null],
        ["21002", "公立医院", 147745.28, 142365.28, 5110, null, null, null],
        ["2100201", "综合医院", 146225.28, 142365.28, 3860, null, null, null],
        ["2100299", "其他公立医院支出", 1250, null, 1250, null, null, null],
        ["21004", "公共卫生", 680.5, null, 680.5, null, null, null],
        ["2100409", "重大公共卫生专项", 680.5, null, 680.5, null, null, null],
        ["21099", "其他医疗卫生与计划生育支出", 215, null, 215, null, null, null],
        ["2109901", "其他医疗卫生与计划生育支出", 215, null, 215, null, null, null],
        ["221", "住房保障支出", 4218.66, 4218.66, null, null, null, null],
        ["22102", "住房改革支出", 4218.66, 4218.66, null, null, null, null],
        ["2210201", "住房公积金", 4218.66, 4218.66, null, null, null, null],
        ["注：本表反映单位本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:F2", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "A5:B5", "A6:B6", "A21:H21"],
      numberFormats: { "C6:H20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C11", why: "款 21002 公立医院 147,745.28 where its 项 give 146,225.28 + 1,250.00 = 147,475.28, and its own 基本 142,365.28 + 项目 5,110.00 = 147,475.28 (270.00 over)" },
      { rule: "execution.total-mismatch", cell: "E6", why: "合计 项目支出 6,050.50 where the 类 give 0 + 6,005.50 + 0 = 6,005.50 (45.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C10", why: "类 210 148,370.78 = 147,475.28 (21002 as its 项 give it) + 680.50 + 215.00: the slip is the 款's, reported there once" },
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 155,715.84 = 3,126.40 + 148,370.78 + 4,218.66; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "D6", why: "合计 基本支出 149,710.34 = 3,126.40 + 142,365.28 + 4,218.66" },
      { rule: "execution.total-mismatch", cell: "E11", why: "21002 项目支出 5,110.00 = 3,860.00 + 1,250.00" },
      { rule: "execution.total-mismatch", cell: "C5", why: "the 栏次 row (1–6) numbers the columns" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the empty columns are kinds of spending the hospital had none of" },
      { rule: "input.unreadable-value", why: "the codes are text; the head's 单位 and 2017年度 are labels" },
    ],
  },
};
