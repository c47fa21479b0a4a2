import type { CorpusLayout } from "../types";

// 甘肃 卓尼县乡村振兴局 2024年度部门决算: 一般公共预算财政拨款支出决算表 — 科目编码 | 科目名称 under 项目, 合计 | 基本支出 | 项目支出
// under 本年支出, a 栏次 row, 合计 first, then 类 / 款 / 项 lines with blank cells for nothing. The 合计 typed 1,882.60 where both its
// row (183.10 + 1,645.50) and its column (the four 类) give 1,828.60.
export const layout: CorpusLayout = {
  id: "zhuoni-2024-rural-revitalisation-bureau-gpb-expenditure",
  source: {
    title: "卓尼县乡村振兴局2024年度部门决算情况说明（五、一般公共预算财政拨款支出决算表）",
    url: "http://www.zhuoni.gov.cn/info/2252/42933.htm",
    publisher: "卓尼县乡村振兴局",
    date: "2025",
    changes:
      "The stored copy shows the 目录 and 部门职责; the 决算表 it lists are not in it (table-not-in-stored-copy): the 一般公共预算财政拨款支出决算表 " +
      "is laid out as the 部门决算 公开 form prints it (公开05表, 部门 / 金额单位 line, 项目 | 本年支出 over two header rows, 栏次 row, 合计 first, " +
      "类 / 款 / 项 codes as text). Lines and figures are ours. Planted: the 合计 of 合计 typed 1,882.60 (digits swapped) for 1,828.60.",
  },
  classes: ["execution", "final-accounts", "spending-only", "basic-and-project-split", "function-codes-as-text", "class-section-item-outline", "column-number-row", "total-row-first", "blank-cells-for-nothing", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "county-department", "gansu"],
  settings: { district: "甘南藏族自治州卓尼县" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["卓尼县乡村振兴局2024年度一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：卓尼县乡村振兴局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1882.6, 183.1, 1645.5],
        ["208", "社会保障和就业支出", 18.64, 18.64, null],
        ["20805", "行政事业单位养老支出", 18.64, 18.64, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 18.64, 18.64, null],
        ["210", "卫生健康支出", 7.92, 7.92, null],
        ["21011", "行政事业单位医疗", 7.92, 7.92, null],
        ["2101101", "行政单位医疗", 7.92, 7.92, null],
        ["213", "农林水支出", 1787.86, 142.36, 1645.5],
        ["21305", "巩固脱贫攻坚成果衔接乡村振兴", 1787.86, 142.36, 1645.5],
        ["2130501", "行政运行", 142.36, 142.36, null],
        ["2130504", "农村基础设施建设", 1260, null, 1260],
        ["2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出", 385.5, null, 385.5],
        ["221", "住房保障支出", 14.18, 14.18, null],
        ["22102", "住房改革支出", 14.18, 14.18, null],
        ["2210201", "住房公积金", 14.18, 14.18, null],
        ["注：本表反映部门本年度一般公共预算财政拨款的实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A7:B7", "A22:E22"],
      numberFormats: { "C7:E21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "18.64 + 7.92 + 1,787.86 + 14.18 = 1,828.60 (and 183.10 + 1,645.50 = 1,828.60), not the 1,882.60 typed" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "18.64 + 7.92 + 142.36 + 14.18 = 183.10" },
      { rule: "execution.total-mismatch", cell: "E7", why: "1,645.50 = 1,260.00 + 385.50, the only 项目支出" },
      { rule: "execution.total-mismatch", cell: "C15", why: "142.36 + 1,260.00 + 385.50 = 1,787.86 = 142.36 + 1,645.50" },
      { rule: "execution.total-mismatch", cell: "C14", why: "the 类 213 equals its one 款 21305: 1,787.86" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1 | 2 | 3) numbers the columns, no figures" },
      { rule: "execution.no-spending", cell: "E10", why: "a blank 项目支出 cell is nothing, on a table with no budget column" },
      { rule: "execution.overspent", why: "no budget column: nothing to overspend" },
    ],
  },
};
