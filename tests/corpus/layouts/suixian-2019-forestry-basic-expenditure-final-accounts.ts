import type { CorpusLayout } from "../types";

// 随州市随县林业局 2019年部门决算公开表（汇总）6: 一般公共预算财政拨款基本支出决算表 — function codes (类 / 款 / 项 written whole) with
// 合计 | 人员经费 | 公用经费 under one merged 本年基本支出 heading, a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "suixian-2019-forestry-basic-expenditure-final-accounts",
  source: {
    title: "随县林业局2019年部门决算（五、部门决算公开表（一）随县林业局汇总 6、一般公共预算财政拨款基本支出决算表）",
    url: "http://www.zgsuixian.gov.cn/zwgk/xxgkml/sxczzj/yjsgk/zfczjs/bmjs/2019nbmjs/202105/t20210517_884970.shtml",
    publisher: "随县林业局",
    date: "2021-05-17",
    changes:
      "The stored page gives the publication's contents (the eight tables of the 汇总 and of the 本级, table 6 this one) and its text, not " +
      "the table body; the layout is the 部门决算 table as counties published it in this form (科目编码 | 科目名称 | 本年基本支出: 合计 | 人员经费 | " +
      "公用经费, 栏次, 合计 first, 公开06表, 金额单位：万元). The function codes and names are real; the lines and amounts are ours (the bureau's " +
      "林业和草原 lines, pensions, medical care, housing). Planted: 人员经费's 合计 states 958.12 where its 类 add up to 959.12.",
  },
  classes: ["execution", "final-accounts", "function-codes-whole", "basic-expenditure-parts", "merged-header-over-three", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "county-bureau", "hubei"],
  settings: { asOf: "2019-12-31" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款基本支出决算表", null, null, null, null],
        ["2019年度", null, null, null, "公开06表"],
        ["部门：随县林业局（汇总）", null, null, null, "金额单位：万元"],
        ["科目编码", "科目名称", "本年基本支出", null, null],
        [null, null, "合计", "人员经费", "公用经费"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1069.88, 958.12, 110.76],
        ["208", "社会保障和就业支出", 132.4, 132.4, 0],
        ["20805", "行政事业单位养老支出", 132.4, 132.4, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 88.26, 88.26, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 44.14, 44.14, 0],
        ["210", "卫生健康支出", 46.8, 46.8, 0],
        ["21011", "行政事业单位医疗", 46.8, 46.8, 0],
        ["2101101", "行政单位医疗", 18.3, 18.3, 0],
        ["2101102", "事业单位医疗", 28.5, 28.5, 0],
        ["213", "农林水支出", 826.48, 715.72, 110.76],
        ["21302", "林业和草原", 826.48, 715.72, 110.76],
        ["2130201", "行政运行", 312.56, 268.4, 44.16],
        ["2130204", "事业机构", 452.72, 390.12, 62.6],
        ["2130211", "动植物保护", 61.2, 57.2, 4],
        ["221", "住房保障支出", 64.2, 64.2, 0],
        ["22102", "住房改革支出", 64.2, 64.2, 0],
        ["2210201", "住房公积金", 64.2, 64.2, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:A5", "B4:B5", "C4:E4", "A6:B6", "A7:B7", "A24:E24"],
      numberFormats: { "C7:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:人员经费", E: "actual:公用经费" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D7",
        why: "人员经费 合计 958.12; its 类 add up to 132.40 + 46.80 + 715.72 + 64.20 = 959.12 (1.00万元 short)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,069.88 = 132.40 + 46.80 + 826.48 + 64.20; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "E7", why: "公用经费 110.76 = 213's 110.76, the other 类 0" },
      { rule: "execution.total-mismatch", cell: "C17", why: "21302: 312.56 + 452.72 + 61.20 = 826.48; 人员 268.40 + 390.12 + 57.20 = 715.72; 公用 44.16 + 62.60 + 4.00 = 110.76" },
      { rule: "execution.total-mismatch", cell: "C18", why: "2130201: 268.40 + 44.16 = 312.56" },
      { rule: "execution.total-mismatch", cell: "C19", why: "2130204: 390.12 + 62.60 = 452.72" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20805: 88.26 + 44.14 = 132.40" },
      { rule: "execution.total-mismatch", cell: "C13", why: "21011: 18.30 + 28.50 = 46.80" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1 | 2 | 3 numbers the columns; it is no row of money" },
      { rule: "execution.overspent", why: "a 决算 table without a budget column has nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column: the 0.00 公用经费 of pensions, medical care and housing are no budgeted rows left unspent" },
      { rule: "input.unreadable-value", why: "the codes are classification codes written as text; the year line, the captions and the note are text" },
    ],
  },
};
