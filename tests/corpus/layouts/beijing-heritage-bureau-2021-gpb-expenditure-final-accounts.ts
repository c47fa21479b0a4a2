import type { CorpusLayout } from "../types";

// 北京市文物局 2021年度部门决算 (2022-09-01): a bureau of 28 units (本级 and 27 museums, memorial halls and centres) whose tables are an annex.
// Its 五、一般公共预算财政拨款支出决算表 laid out as the national form has it: 项目 over 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出,
// a 栏次 row, 合计 first, 类 / 款 / 项 codes as text — 207 文化旅游体育与传媒 with 20702 文物 and its 项 first.
export const layout: CorpusLayout = {
  id: "beijing-heritage-bureau-2021-gpb-expenditure-final-accounts",
  source: {
    title: "北京市文物局2021年度部门决算（第一部分 五、一般公共预算财政拨款支出决算表）",
    url: "https://www.beijing.gov.cn/gongkai/caizheng/czzt/2021js/202208/t20220813_2792171.html",
    publisher: "北京市文物局",
    date: "2022-09-01",
    changes:
      "As published: the bureau, its eleven tables' list with 五、一般公共预算财政拨款支出决算表 (the tables are an annex: 报表详见附件), the 28 units " +
      "that joined the 决算. The stored page does not show the table body: the form follows the national 部门决算 form and every line and figure is ours. " +
      "Planted: 20702 文物's 合计 written 38,480.92 where its 项 add up to 38,840.92 (= 基本 12,232.57 + 项目 26,608.35); the 合计 row's 基本支出 " +
      "written 16,098.67 where its 类 give 16,089.67.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "blank-as-nothing", "city-bureau", "wanyuan-caption", "notes-under-table", "beijing"],
  settings: { asOf: "2022-09-01" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2021年度", null, null, null, "公开05表"],
        ["部门：北京市文物局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 42698.02, 16098.67, 26608.35],
        ["207", "文化旅游体育与传媒支出", 38840.92, 12232.57, 26608.35],
        ["20702", "文物", 38480.92, 12232.57, 26608.35],
        ["2070201", "行政运行", 2675.02, 2356.42, 318.6],
        ["2070204", "文物保护", 18652.37, null, 18652.37],
        ["2070205", "博物馆", 16309.03, 9876.15, 6432.88],
        ["2070299", "其他文物支出", 1204.5, null, 1204.5],
        ["208", "社会保障和就业支出", 1798.6, 1798.6, null],
        ["20805", "行政事业单位养老支出", 1798.6, 1798.6, null],
        ["2080501", "行政单位离退休", 412.36, 412.36, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 1386.24, 1386.24, null],
        ["210", "卫生健康支出", 952.88, 952.88, null],
        ["21011", "行政事业单位医疗", 952.88, 952.88, null],
        ["2101101", "行政单位医疗", 210.5, 210.5, null],
        ["2101102", "事业单位医疗", 742.38, 742.38, null],
        ["221", "住房保障支出", 1105.62, 1105.62, null],
        ["22102", "住房改革支出", 1105.62, 1105.62, null],
        ["2210201", "住房公积金", 1105.62, 1105.62, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A25:E25"],
      numberFormats: { "C7:E24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C9", why: "20702 文物 合计 38,480.92; its 项 give 2,675.02 + 18,652.37 + 16,309.03 + 1,204.50 = 38,840.92, as do its own parts 12,232.57 + 26,608.35 (360.00万元 apart)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 16,098.67; the 类 give 12,232.57 + 1,798.60 + 952.88 + 1,105.62 = 16,089.67 (9.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C8", why: "207 38,840.92 = its 款 as its 项 add up; the slip in 20702 is reported once, at the 款" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 42,698.02 = 38,840.92 + 1,798.60 + 952.88 + 1,105.62" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 26,608.35 = 207's, the only 类 with project spending" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row numbers the columns" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.no-spending", why: "blank 项目支出 cells mean nothing, and there is no budget" },
      { rule: "execution.behind-schedule", why: "no budget column" },
    ],
  },
};
