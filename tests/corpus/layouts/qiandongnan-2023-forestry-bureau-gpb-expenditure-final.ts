import type { CorpusLayout } from "../types";

// 黔东南州林业局 2023 部门决算, 公开05表 一般公共预算财政拨款支出决算表: 项目 (科目编码 | 科目名称) beside 本年支出 (合计 | 基本支出 |
// 项目支出), a 栏次 row, the 合计 row first, then 类 / 款 / 项 by function code (3-, 5- and 7-digit codes), notes under it.
export const layout: CorpusLayout = {
  id: "qiandongnan-2023-forestry-bureau-gpb-expenditure-final",
  source: {
    title: "2023年黔东南苗族侗族自治州林业局部门决算公开说明（五、一般公共预算财政拨款支出决算表）",
    url: "http://ly.qdn.gov.cn/xxgk_109_1/xxgkml/zjxx/202410/t20241014_85934627.html",
    publisher: "黔东南苗族侗族自治州林业局",
    date: "2024-10-14",
    changes:
      "The stored copy lists the nine 决算 tables and the bureau's duties but not the tables themselves: 表五 is laid out as Guizhou's units print it " +
      "(项目 merged over 科目编码 | 科目名称, 本年支出 merged over 合计 | 基本支出 | 项目支出, 栏次 row, 合计 first, 类/款/项 rows) " +
      "(table-not-in-stored-copy). Lines are the usual forestry bureau's heads, figures ours. " +
      "Planted: the 合计 row's 基本支出 typed 698.83 where the 类 rows add up to 499.17 + 91.06 + 54.70 + 44.90 = 689.83.",
  },
  classes: ["execution", "final-accounts", "budget-only-spending", "function-codes", "class-item-hierarchy", "basic-and-project-columns", "merged-two-row-header", "column-number-row", "total-row-first", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "prefecture-unit", "guizhou"],
  settings: { district: "黔东南苗族侗族自治州" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：黔东南苗族侗族自治州林业局      2023年度", null, null, null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, "1", "2", "3"],
        ["合计", null, 1473.73, 698.83, 783.9],
        ["208", "社会保障和就业支出", 91.06, 91.06, 0],
        ["20805", "行政事业单位养老支出", 91.06, 91.06, 0],
        ["2080501", "行政单位离退休", 32.4, 32.4, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 58.66, 58.66, 0],
        ["210", "卫生健康支出", 54.7, 54.7, 0],
        ["21011", "行政事业单位医疗", 54.7, 54.7, 0],
        ["2101101", "行政单位医疗", 24.18, 24.18, 0],
        ["2101102", "事业单位医疗", 30.52, 30.52, 0],
        ["213", "农林水支出", 1283.07, 499.17, 783.9],
        ["21302", "林业和草原", 1283.07, 499.17, 783.9],
        ["2130201", "行政运行", 186.42, 186.42, 0],
        ["2130204", "事业机构", 312.75, 312.75, 0],
        ["2130205", "森林资源培育", 420.3, 0, 420.3],
        ["2130209", "森林生态效益补偿", 268, 0, 268],
        ["2130234", "林业草原防灾减灾", 95.6, 0, 95.6],
        ["221", "住房保障支出", 44.9, 44.9, 0],
        ["22102", "住房改革支出", 44.9, 44.9, 0],
        ["2210201", "住房公积金", 44.9, 44.9, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A26:E26"],
      numberFormats: { "C7:E25": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 25,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 698.83 where the 类 rows add up to 91.06 + 54.70 + 499.17 + 44.90 = 689.83 (9.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,473.73 = 91.06 + 54.70 + 1,283.07 + 44.90; a total row's parts are checked by column only, so the slipped 698.83 is not reported again across the row" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 783.90 = 420.30 + 268.00 + 95.60" },
      { rule: "execution.total-mismatch", cell: "C17", why: "林业和草原 1,283.07 = 186.42 + 312.75 + 420.30 + 268.00 + 95.60" },
      { rule: "execution.total-mismatch", cell: "C9", why: "养老支出 91.06 = 32.40 + 58.66" },
      { rule: "execution.no-spending", why: "a final account of spending alone (no budget column): zeros under 项目支出 on basic lines are no unspent budget" },
      { rule: "execution.behind-schedule", why: "no budget or rate column; the year is closed" },
      { rule: "input.unreadable-value", cell: "C6", why: "the 栏次 row numbers the columns, no data" },
      { rule: "input.unreadable-value", why: "the note under the table is no data row" },
    ],
  },
};
