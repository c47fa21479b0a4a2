import type { CorpusLayout } from "../types";

// 汨罗市大荆镇人民政府 2022 部门决算, 五、一般公共预算财政拨款支出决算表 in the national form: 科目编码 / 科目名称 under 项目 against
// 本年支出 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 codes as text, blanks for nothing. 农林水支出's 合计 typed
// with two digits swapped; the 合计 row's 基本支出 likewise.
export const layout: CorpusLayout = {
  id: "dajing-2022-gpb-expenditure-final-accounts",
  source: {
    title: "2022年度大荆镇人民政府部门决算（第二部分 五、一般公共预算财政拨款支出决算表）",
    url: "http://www.miluo.gov.cn/25221/25222/26778/26789/27660/content_2139501.html",
    publisher: "汨罗市大荆镇人民政府",
    date: "2023-08-11",
    changes:
      "The stored copy gives the 决算's contents (第二部分 部门决算表 一–八) with the tables as images; the table is laid out in the " +
      "national 部门决算 form it names (公开05表: 项目 科目编码 | 科目名称, 本年支出 合计 | 基本支出 | 项目支出, 栏次 1–3, 合计 first). " +
      "The 科目 lines (201 / 208 / 213 / 221, 25 rows) and all figures are ours. Planted: 213 农林水支出 合计 316.42 where its 款 " +
      "add up to 361.42 (and 96.52 + 264.90 = 361.42); the 合计 row's 基本支出 802.16 where the 类 add up to 820.16.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "basic-and-project-columns", "merged-header-over-two", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "digits-swapped", "town-government", "wanyuan-caption", "notes-under-table", "hunan"],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：汨罗市大荆镇人民政府", null, "2022年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1120.66, 802.16, 300.5],
        ["201", "一般公共服务支出", 643.75, 608.15, 35.6],
        ["20101", "人大事务", 18.42, 18.42, null],
        ["2010101", "行政运行", 18.42, 18.42, null],
        ["20103", "政府办公厅（室）及相关机构事务", 584.13, 548.53, 35.6],
        ["2010301", "行政运行", 486.35, 486.35, null],
        ["2010350", "事业运行", 62.18, 62.18, null],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 35.6, null, 35.6],
        ["20106", "财政事务", 41.2, 41.2, null],
        ["2010601", "行政运行", 41.2, 41.2, null],
        ["208", "社会保障和就业支出", 78.34, 78.34, null],
        ["20805", "行政事业单位养老支出", 68.74, 68.74, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 68.74, 68.74, null],
        ["20808", "抚恤", 9.6, 9.6, null],
        ["2080801", "死亡抚恤", 9.6, 9.6, null],
        ["213", "农林水支出", 316.42, 96.52, 264.9],
        ["21301", "农业农村", 154.82, 96.52, 58.3],
        ["2130104", "事业运行", 96.52, 96.52, null],
        ["2130199", "其他农业农村支出", 58.3, null, 58.3],
        ["21303", "水利", 74.2, null, 74.2],
        ["2130305", "水利工程建设", 74.2, null, 74.2],
        ["21307", "农村综合改革", 132.4, null, 132.4],
        ["2130705", "对村民委员会和村党支部的补助", 132.4, null, 132.4],
        ["221", "住房保障支出", 37.15, 37.15, null],
        ["22102", "住房改革支出", 37.15, 37.15, null],
        ["2210201", "住房公积金", 37.15, 37.15, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "C3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A33:E33"],
      numberFormats: { "C7:E32": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 32,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C22",
        why: "213 农林水支出 合计 316.42 ≠ its 款 154.82 + 74.20 + 132.40 = 361.42 (and ≠ 基本 96.52 + 项目 264.90 = 361.42): two digits swapped, reported once at the 类",
      },
      {
        rule: "execution.total-mismatch",
        cell: "D7",
        why: "合计 基本支出 802.16 ≠ the 类 608.15 + 78.34 + 96.52 + 37.15 = 820.16",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,120.66 = 643.75 + 78.34 + 361.42 + 37.15, the 类 as their 款 add up (the 213 slip reported once, at the 类)" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 300.50 = 35.60 + 264.90" },
      { rule: "execution.total-mismatch", cell: "C8", why: "201: 18.42 + 584.13 + 41.20 = 643.75 = 608.15 + 35.60" },
      { rule: "execution.total-mismatch", cell: "C11", why: "20103: 486.35 + 62.18 + 35.60 = 584.13" },
      { rule: "execution.total-mismatch", cell: "C17", why: "208: 68.74 + 9.60 = 78.34" },
      { rule: "execution.total-mismatch", cell: "E6", why: "栏次 1 2 3 are column numbers, not figures" },
      { rule: "execution.overspent", why: "a 决算 with no budget column: nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column; blanks in 基本 / 项目 mean nothing spent of that kind" },
      { rule: "input.unreadable-value", why: "codes as text, the 栏次 row and the note are not amounts" },
    ],
  },
};
