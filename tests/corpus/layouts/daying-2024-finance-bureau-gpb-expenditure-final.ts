import type { CorpusLayout } from "../types";

// 大英县财政局 2025-09-01: 2024年度部门决算 — the stored page carries the outline (five parts, thirteen tables, 六、一般公共预算财政拨款支出决算表
// among them) but not the tables; laid out as the form 公开06表: 项目 over 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出,
// 栏次 1–3, 合计 first, 类 / 款 / 项 rows, the form's notes under it.
export const layout: CorpusLayout = {
  id: "daying-2024-finance-bureau-gpb-expenditure-final",
  source: {
    title: "2024年度四川省大英县财政局部门决算（第五部分附表 六、一般公共预算财政拨款支出决算表）",
    url: "https://www.daying.gov.cn/gongkai/show/b9c52ac3abf163181d0f14317806bbab.html",
    publisher: "大英县财政局",
    date: "2025-09-01",
    changes:
      "As published: the department, the year, the outline and the table's name and number in the 附表 list. The stored copy does not show the " +
      "table body: the form's layout (two header rows, 栏次, 合计 first, 类/款/项) is the standard 公开 form, and every subject line and figure is ours. " +
      "Planted: the 合计 row's 合计 typed 1,234.74 where 基本支出 1,014.09 + 项目支出 229.65 = 1,243.74 and the four 类 rows add up to 1,243.74 too.",
  },
  classes: [
    "execution", "final-accounts", "department-final-account", "subject-codes", "class-section-item-outline", "basic-and-project-split",
    "column-number-row", "total-row-first", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "county-department", "sichuan",
  ],
  settings: { district: "大英县" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开06表"],
        ["部门：大英县财政局", null, "2024年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1234.74, 1014.09, 229.65],
        ["201", "一般公共服务支出", 1026.49, 796.84, 229.65],
        ["20106", "财政事务", 1026.49, 796.84, 229.65],
        ["2010601", "行政运行", 612.48, 612.48, 0],
        ["2010602", "一般行政管理事务", 86.4, 0, 86.4],
        ["2010650", "事业运行", 184.36, 184.36, 0],
        ["2010699", "其他财政事务支出", 143.25, 0, 143.25],
        ["208", "社会保障和就业支出", 110.07, 110.07, 0],
        ["20805", "行政事业单位养老支出", 110.07, 110.07, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 78.62, 78.62, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 31.45, 31.45, 0],
        ["210", "卫生健康支出", 48.22, 48.22, 0],
        ["21011", "行政事业单位医疗", 48.22, 48.22, 0],
        ["2101101", "行政单位医疗", 36.18, 36.18, 0],
        ["2101103", "公务员医疗补助", 12.04, 12.04, 0],
        ["221", "住房保障支出", 58.96, 58.96, 0],
        ["22102", "住房改革支出", 58.96, 58.96, 0],
        ["2210201", "住房公积金", 58.96, 58.96, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
        ["    本表金额转换为万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A25:E25", "A26:E26"],
      numberFormats: { "C7:E24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "合计 typed 1,234.74: across 1,014.09 + 229.65 = 1,243.74, and down its column 1,026.49 + 110.07 + 48.22 + 58.96 = 1,243.74 (9.00 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 1,014.09 = 796.84 + 110.07 + 48.22 + 58.96" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 229.65 = 86.40 + 143.25" },
      { rule: "execution.total-mismatch", cell: "C8", why: "一般公共服务支出 1,026.49 repeats its 款 财政事务 (612.48 + 86.40 + 184.36 + 143.25); not added twice" },
      { rule: "execution.total-mismatch", cell: "C15", why: "行政事业单位养老支出 110.07 = 78.62 + 31.45" },
      { rule: "input.unreadable-value", cell: "C6", why: "栏次 1 / 2 / 3 is a column-number row, not figures" },
      { rule: "execution.no-spending", why: "a final account with no budget column: 0 in a split column is the other half's money" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
