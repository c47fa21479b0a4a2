import type { CorpusLayout } from "../types";

// 西藏昌都市财政局 2023年度部门决算公开表: 一般公共预算财政拨款支出决算表 (公开05表) — 项目 over 科目编码 | 科目名称, 本年支出 over
// 合计 | 基本支出 | 项目支出, a 栏次 row numbering the money columns, 合计 first, then 类 / 款 / 项 by their codes.
export const layout: CorpusLayout = {
  id: "changdu-finance-bureau-2023-gpb-expenditure-final-accounts",
  source: {
    title: "西藏昌都市财政局2023年度部门决算公开报告（第二部分 2023年度部门决算公开表：一般公共预算财政拨款支出决算表）",
    url: "https://czj.changdu.gov.cn/cdsczj/c102358/202409/217d44b948c34047a9d3a7569d730560.shtml",
    publisher: "西藏昌都市财政局",
    date: "2024-09-19",
    changes:
      "The stored copy shows the report's contents and text; the tables of 第二部分 are not in it. The table is laid out in the national form for 部门决算 " +
      "公开表 that the report names (公开05表, 部门 and 金额单位 line, 项目 over 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出, 栏次 1 2 3, 合计 " +
      "first, 类 / 款 / 项 by function code) with the lines a finance bureau has. All figures are ours. Planted: 2010601 行政运行 基本支出 typed 412.56 " +
      "where its 合计 421.56 (no 项目支出) says 421.56 — so the row's 合计 disagrees with its parts, and the 款 20106 基本支出 574.40 (421.56 + 152.84) " +
      "disagrees with its 项 as typed (412.56 + 0.00 + 152.84 = 565.40).",
  },
  classes: ["execution", "final-accounts", "department-final-accounts", "function-classification", "lei-kuan-xiang", "basic-and-project-columns", "column-number-row", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "form-from-report-contents", "notes-under-table", "city-department", "xizang"],
  settings: { district: "昌都市" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：西藏昌都市财政局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 939.93, 753.63, 186.3],
        ["201", "一般公共服务支出", 760.7, 574.4, 186.3],
        ["20106", "财政事务", 760.7, 574.4, 186.3],
        ["2010601", "行政运行", 421.56, 412.56, 0],
        ["2010602", "一般行政管理事务", 186.3, 0, 186.3],
        ["2010650", "事业运行", 152.84, 152.84, 0],
        ["208", "社会保障和就业支出", 95.79, 95.79, 0],
        ["20805", "行政事业单位养老支出", 95.79, 95.79, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 68.42, 68.42, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 27.37, 27.37, 0],
        ["210", "卫生健康支出", 31.26, 31.26, 0],
        ["21011", "行政事业单位医疗", 31.26, 31.26, 0],
        ["2101101", "行政单位医疗", 31.26, 31.26, 0],
        ["221", "住房保障支出", 52.18, 52.18, 0],
        ["22102", "住房改革支出", 52.18, 52.18, 0],
        ["2210201", "住房公积金", 52.18, 52.18, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A23:E23"],
      numberFormats: { "C7:E22": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开05表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 22, columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C10", why: "2010601 行政运行: 合计 421.56, but 基本支出 412.56 + 项目支出 0.00 = 412.56" },
      { rule: "execution.total-mismatch", cell: "D9", why: "20106 财政事务 基本支出 574.40, but its 项 as typed give 412.56 + 0.00 + 152.84 = 565.40" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C9", why: "20106 合计 760.70 = 421.56 + 186.30 + 152.84" },
      { rule: "execution.total-mismatch", cell: "D8", why: "201 基本支出 574.40 equals its one 款 as typed" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 939.93 = 760.70 + 95.79 + 31.26 + 52.18, and = 753.63 + 186.30" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 753.63 = 574.40 + 95.79 + 31.26 + 52.18" },
      { rule: "execution.total-mismatch", cell: "C14", why: "20805: 68.42 + 27.37 = 95.79" },
      { rule: "input.unreadable-value", cell: "C6", why: "栏次 1 2 3 number the columns; they are no amounts" },
      { rule: "execution.no-spending", why: "a final account with no budget column: the 0.00 项目支出 of the 基本 lines is no unspent budget" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "A23", why: "the note under the table is prose" },
    ],
  },
};
