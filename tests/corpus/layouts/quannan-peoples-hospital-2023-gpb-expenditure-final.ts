import type { CorpusLayout } from "../types";

// 江西省全南县人民医院 2023年度部门决算 (2024-09): 第二部分 五、一般公共预算财政拨款支出决算表 — the national form: 项目 (科目编码 | 科目名称)
// beside 本年支出 (合计 | 基本支出 | 项目支出), a 栏次 row, the 合计 first, then 类 / 款 / 项 with their codes as text. The stored copy lists
// the tables and the hospital's duties but does not show the figures.
export const layout: CorpusLayout = {
  id: "quannan-peoples-hospital-2023-gpb-expenditure-final",
  source: {
    title: "江西省全南县人民医院2023年度部门决算 — 五、一般公共预算财政拨款支出决算表（表据决算目录拟）",
    url: "http://sdtianzhengqzj.com/qnxxxgk/qn10318/202409/8060449e91b14a23adabb3cd6419a5fe.shtml",
    publisher: "全南县人民医院（转载）",
    date: "2024-09",
    changes:
      "As published: the 部门决算's contents (第二部分 一至十; 五、一般公共预算财政拨款支出决算表), the hospital's duties and the note that " +
      "figures may not add up exactly through rounding of units. The stored copy does not show the table's body: the form is the national " +
      "一般公共预算财政拨款支出决算表 (公开05表); the subjects chosen, all figures and the note under the table are ours. Planted: the 合计 row's " +
      "基本支出 typed 578.20 where the 类 add up to 458.70 + 76.40 + 52.10 = 587.20 (digits swapped).",
  },
  classes: [
    "execution", "final-accounts", "gpb-expenditure", "subject-codes-as-text", "class-kuan-xiang-rows", "total-row-first", "column-number-row",
    "two-header-rows", "basic-and-project-columns", "year-in-caption", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "hospital", "county-unit", "jiangxi",
  ],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：全南县人民医院", null, "2023年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 831.4, 578.2, 244.2],
        ["210", "卫生健康支出", 702.9, 458.7, 244.2],
        ["21002", "  公立医院", 606.8, 420.5, 186.3],
        ["2100201", "    综合医院", 606.8, 420.5, 186.3],
        ["21004", "  公共卫生", 57.9, 0, 57.9],
        ["2100408", "    基本公共卫生服务", 45.6, 0, 45.6],
        ["2100409", "    重大公共卫生服务", 12.3, 0, 12.3],
        ["21011", "  行政事业单位医疗", 38.2, 38.2, 0],
        ["2101102", "    事业单位医疗", 38.2, 38.2, 0],
        ["208", "社会保障和就业支出", 76.4, 76.4, 0],
        ["20805", "  行政事业单位养老支出", 76.4, 76.4, 0],
        ["2080505", "    机关事业单位基本养老保险缴费支出", 76.4, 76.4, 0],
        ["221", "住房保障支出", 52.1, 52.1, 0],
        ["22102", "  住房改革支出", 52.1, 52.1, 0],
        ["2210201", "    住房公积金", 52.1, 52.1, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况；本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A22:E22"],
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
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D7",
        why: "合计 基本支出 578.20; the 类 add up to 458.70 + 76.40 + 52.10 = 587.20 (9.00 short); the total row's parts are checked down their column",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 831.40 = 702.90 + 76.40 + 52.10" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 244.20 = 244.20 + 0 + 0" },
      { rule: "execution.total-mismatch", cell: "C8", why: "卫生健康支出 702.90 = 606.80 + 57.90 + 38.20" },
      { rule: "execution.total-mismatch", cell: "C11", why: "公共卫生 57.90 = 45.60 + 12.30" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row 1 | 2 | 3 numbers columns, no figures" },
      { rule: "execution.behind-schedule", why: "final accounts with no budget column: nothing to pace" },
      { rule: "execution.no-spending", why: "no budget column; lines at 0 in one column are spent in the other" },
      { rule: "input.unreadable-value", cell: "A8", why: "subject codes typed as text are codes, not figures" },
    ],
  },
};
