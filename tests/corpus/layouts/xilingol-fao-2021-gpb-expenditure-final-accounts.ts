import type { CorpusLayout } from "../types";

// 锡林郭勒盟行政公署外事办公室（本级） 2021 决算 (published 2022-12-22), 一般公共预算财政拨款支出决算表: 项目 (科目编码 | 科目名称)
// against 本年支出 over 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 of 201, 208, 210, 221.
export const layout: CorpusLayout = {
  id: "xilingol-fao-2021-gpb-expenditure-final-accounts",
  source: {
    title: "2021年度锡林郭勒盟行政公署外事办公室（本级）决算公开（第五部分 2021年度单位决算表 六、一般公共预算财政拨款支出决算表）",
    url: "http://wsb.xlgl.gov.cn/wsb/zwgk/tzgg/2023042301133295126/index.html",
    publisher: "锡林郭勒盟行政公署外事办公室",
    date: "2022-12-22",
    changes:
      "As published: the report's parts and its list of tables (一般公共预算财政拨款支出决算表 among them; 批复 2022-12-17, 公开 " +
      "2022-12-22). The stored copy shows the report's contents, not the table's body: the table is laid out in the national 决算 " +
      "form (项目 | 本年支出 over 合计 | 基本支出 | 项目支出, 栏次 1–3, 合计 first), and the subjects and figures are ours. Planted: the " +
      "合计 of 本年支出 written 308.83 where its 类 give 245.02 + 32.04 + 12.37 + 18.90 = 308.33 (and 基本支出 249.73 + 项目支出 58.60 = 308.33).",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "league-department", "wanyuan-caption", "notes-under-table", "neimenggu"],
  sheets: [
    {
      name: "公开06表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2021年度", null, null, null, "公开06表"],
        ["部门：锡林郭勒盟行政公署外事办公室（本级）", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 308.83, 249.73, 58.6],
        ["201", "一般公共服务支出", 245.02, 186.42, 58.6],
        ["20103", "政府办公厅（室）及相关机构事务", 245.02, 186.42, 58.6],
        ["2010301", "行政运行", 186.42, 186.42, null],
        ["2010302", "一般行政管理事务", 58.6, null, 58.6],
        ["208", "社会保障和就业支出", 32.04, 32.04, null],
        ["20805", "行政事业单位养老支出", 32.04, 32.04, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 21.36, 21.36, null],
        ["2080506", "机关事业单位职业年金缴费支出", 10.68, 10.68, null],
        ["210", "卫生健康支出", 12.37, 12.37, null],
        ["21011", "行政事业单位医疗", 12.37, 12.37, null],
        ["2101101", "行政单位医疗", 12.37, 12.37, null],
        ["221", "住房保障支出", 18.9, 18.9, null],
        ["22102", "住房改革支出", 18.9, 18.9, null],
        ["2210201", "住房公积金", 18.9, 18.9, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A22:E22"],
      numberFormats: { "C7:E21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 本年支出 308.83 where 245.02 + 32.04 + 12.37 + 18.90 = 308.33, and 249.73 + 58.60 = 308.33 across: 0.50万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 249.73 = 186.42 + 32.04 + 12.37 + 18.90" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 58.60 = 201's 58.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "201: 245.02 = 186.42 + 58.60 = its 款 20103" },
      { rule: "execution.total-mismatch", cell: "C13", why: "20805: 32.04 = 21.36 + 10.68" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2, 3) numbers the columns" },
      { rule: "execution.overspent", why: "a final-accounts table of spending alone states no budget" },
      { rule: "execution.no-spending", why: "no line has a budget; blanks under 基本支出 / 项目支出 are nothing" },
      { rule: "input.unreadable-value", why: "2021年度, 公开06表, the 部门 and 金额单位 captions and the note are text" },
    ],
  },
};
