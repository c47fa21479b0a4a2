import type { CorpusLayout } from "../types";

// 2022年度嘉峪关市农业农村局部门决算, 第二部分 表五 一般公共预算财政拨款支出决算表: 科目编码 | 科目名称 over 本年支出 合计 | 基本支出 |
// 项目支出, a 栏次 row, 合计 first, then 类 / 款 / 项 down to the 项, the note under it. The stored page lists the tables only; the
// lines and figures are ours, laid out as the national 决算 template prints this table.
export const layout: CorpusLayout = {
  id: "jiayuguan-2022-agriculture-bureau-gpb-expenditure-final-accounts",
  source: {
    title: "2022年度嘉峪关市农业农村局部门决算（一般公共预算财政拨款支出决算表）",
    url: "https://www.jyg.gov.cn/nyncj/xwdt/tzgg/art/2023/art_cd4ae38d501941bf85e0ad880c8440eb.html",
    publisher: "嘉峪关市农业农村局",
    date: "2023",
    changes:
      "As published: the table's title and place in the 决算 (第二部分 五、一般公共预算财政拨款支出决算表), the bureau, the year. The stored copy shows the " +
      "contents and the 职责 only, so the 科目 lines (208 / 210 / 213 / 221 down to the 项) and every figure are ours, in the national template's columns. " +
      "Planted: the 合计 row's 基本支出 typed 468.20 where the 类 give 486.20.",
  },
  classes: ["execution", "final-accounts", "actual-only", "class-section-item-codes", "codes-as-text", "column-number-row", "total-row-first", "basic-and-project-columns", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-department", "gansu"],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：嘉峪关市农业农村局", null, "2022年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 1236.48, 468.2, 750.28],
        ["208", "社会保障和就业支出", 62.35, 62.35, null],
        ["20805", "行政事业单位养老支出", 62.35, 62.35, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 41.2, 41.2, null],
        ["2080506", "机关事业单位职业年金缴费支出", 21.15, 21.15, null],
        ["210", "卫生健康支出", 24.6, 24.6, null],
        ["21011", "行政事业单位医疗", 24.6, 24.6, null],
        ["2101101", "行政单位医疗", 24.6, 24.6, null],
        ["213", "农林水支出", 1108.93, 358.65, 750.28],
        ["21301", "农业农村", 1108.93, 358.65, 750.28],
        ["2130101", "行政运行", 358.65, 358.65, null],
        ["2130122", "农业生产发展", 412.5, null, 412.5],
        ["2130126", "农村社会事业", 96.8, null, 96.8],
        ["2130153", "农田建设", 240.98, null, 240.98],
        ["221", "住房保障支出", 40.6, 40.6, null],
        ["22102", "住房改革支出", 40.6, 40.6, null],
        ["2210201", "住房公积金", 40.6, 40.6, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A24:E24"],
      numberFormats: { "C7:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 468.20 where the 类 give 62.35 + 24.60 + 358.65 + 40.60 = 486.20: 18.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,236.48 = 62.35 + 24.60 + 1,108.93 + 40.60; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 750.28 = 类 213's 750.28" },
      { rule: "execution.total-mismatch", cell: "E16", why: "款 21301 项目支出 750.28 = 412.50 + 96.80 + 240.98" },
      { rule: "execution.total-mismatch", cell: "C16", why: "款 21301 1,108.93 = 358.65 + 412.50 + 96.80 + 240.98, and = 358.65 + 750.28" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20805 62.35 = 41.20 + 21.15" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–3 are column numbers" },
      { rule: "execution.overspent", why: "a final-accounts table with no budget column" },
      { rule: "execution.no-spending", why: "no budget column; blank 基本支出 / 项目支出 cells are nothing spent on that side, not a budget" },
    ],
  },
};
