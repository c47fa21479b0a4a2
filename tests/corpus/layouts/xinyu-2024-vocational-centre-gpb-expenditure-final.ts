import type { CorpusLayout } from "../types";

// 新余市职业教育中心 2024年度单位决算, 五、一般公共预算财政拨款支出决算表: 科目编码 | 科目名称 under 项目, 合计 | 基本支出 | 项目支出 under
// 本年支出, a 栏次 row, 合计 first, then 类 / 款 / 项 with blank cells for nothing, the 江西 note on rounding under the table.
export const layout: CorpusLayout = {
  id: "xinyu-2024-vocational-centre-gpb-expenditure-final",
  source: {
    title: "新余市职业教育中心2024年度单位决算（五、一般公共预算财政拨款支出决算表）",
    url: "https://www.xinyu.gov.cn/xinyu/xxcw/2025-09/28/content_cdb58860bad340b59a39263c232aa8fa.shtml",
    publisher: "新余市职业教育中心",
    date: "2025-09-28",
    changes:
      "The stored copy shows the 目录, the centre's duties and staffing and the note 本报告因金额单位转换原因可能存在尾数误差; the tables are not in it " +
      "(table-not-in-stored-copy). The 一般公共预算财政拨款支出决算表 is laid out as the 单位决算 公开 form prints it (编制单位 / 金额单位 line, 项目 | " +
      "本年支出 over two header rows, 栏次 row, 合计 first, 类 / 款 / 项 codes as text). Lines and figures are ours (中等职业教育 as the main line). " +
      "Planted: the 合计 row's 基本支出 typed 2,460.88 (digits swapped) where its 类 give 1,862.40 + 305.70 + 96.58 + 142.20 = 2,406.88.",
  },
  classes: [
    "execution", "final-accounts", "spending-only", "basic-and-project-split", "function-codes-as-text", "class-section-item-outline",
    "column-number-row", "total-row-first", "blank-cells-for-nothing", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table",
    "table-not-in-stored-copy", "vocational-school", "city-unit", "jiangxi",
  ],
  settings: { district: "新余市" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["编制单位：新余市职业教育中心", null, "2024年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 2856.58, 2460.88, 449.7],
        ["205", "教育支出", 2312.1, 1862.4, 449.7],
        ["20503", "职业教育", 2312.1, 1862.4, 449.7],
        ["2050302", "中等职业教育", 2247.6, 1862.4, 385.2],
        ["2050399", "其他职业教育支出", 64.5, null, 64.5],
        ["208", "社会保障和就业支出", 305.7, 305.7, null],
        ["20805", "行政事业单位养老支出", 305.7, 305.7, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 218.36, 218.36, null],
        ["2080506", "机关事业单位职业年金缴费支出", 87.34, 87.34, null],
        ["210", "卫生健康支出", 96.58, 96.58, null],
        ["21011", "行政事业单位医疗", 96.58, 96.58, null],
        ["2101102", "事业单位医疗", 96.58, 96.58, null],
        ["221", "住房保障支出", 142.2, 142.2, null],
        ["22102", "住房改革支出", 142.2, 142.2, null],
        ["2210201", "住房公积金", 142.2, 142.2, null],
        ["注：本表反映单位本年度一般公共预算财政拨款实际支出情况。本表金额转换成万元时，因四舍五入可能存在尾数误差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A22:E22"],
      numberFormats: { "C7:E21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 合计 2,460.88; the 类 1,862.40 + 305.70 + 96.58 + 142.20 = 2,406.88 (digits swapped): 54.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 2,856.58 = 2,312.10 + 305.70 + 96.58 + 142.20 down its column; a total row's parts are checked by column only, the slip being 基本支出's" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 449.70 = the only 类 with project spending" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20503 职业教育 2,312.10 = 2,247.60 + 64.50 = 1,862.40 + 449.70" },
      { rule: "execution.total-mismatch", cell: "C13", why: "20805 = 218.36 + 87.34 = 305.70" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1 | 2 | 3) numbers the columns, no figures" },
      { rule: "execution.no-spending", cell: "D11", why: "a blank 基本支出 cell is nothing, on a table with no budget column" },
      { rule: "execution.overspent", why: "no budget column: nothing to overspend" },
      { rule: "input.unreadable-value", why: "2024年度 on the unit line and the note are text" },
    ],
  },
};
