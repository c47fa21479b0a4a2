import type { CorpusLayout } from "../types";

// 耒阳市第四中学 2021年度部门决算, 第二部分 五、一般公共预算财政拨款支出决算表: a county-level city's senior high school (2020年新增
// 预算单位, 166 staff) — the national form: 科目编码 / 科目名称 under 项目, 合计 | 基本支出 | 项目支出 under 本年支出, 栏次 1–3, 合计 first,
// then 类 / 款 / 项 of 205 教育, 208 社会保障和就业, 210 卫生健康, 221 住房保障.
export const layout: CorpusLayout = {
  id: "leiyang-no4-school-2021-gpb-expenditure-final-accounts",
  source: {
    title: "2021年度 耒阳市第四中学部门决算（第二部分 五、一般公共预算财政拨款支出决算表）",
    url: "http://www.leiyang.gov.cn/lysjyj/xxgk/czxx/20220808/i2767682.html",
    publisher: "耒阳市教育局（耒阳市第四中学）",
    date: "2022-08-08",
    changes:
      "As published: the report's structure (第二部分 2021年度部门决算表, table 五 一般公共预算财政拨款支出决算表), the unit's facts (普通高中教育; " +
      "全额事业编制166个). The stored copy lists the tables without their bodies: the form is the national one for 2021 (公开05表; 项目 | " +
      "本年支出 over 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出; 栏次; 合计 first), and the lines and figures are ours. Planted: 221 住房保障支出 " +
      "合计 172.80 where its 款 (and its own 基本支出, no 项目支出) give 162.80; the 合计 row's 基本支出 2,687.27 where the four 类 give 2,677.27.",
  },
  classes: ["execution", "final-accounts", "national-template", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "school", "wanyuan-caption", "hunan"],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：耒阳市第四中学", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 3061.39, 2687.27, 374.12],
        ["205", "教育支出", 2386.52, 2012.4, 374.12],
        ["20502", "普通教育", 2386.52, 2012.4, 374.12],
        ["2050204", "高中教育", 2386.52, 2012.4, 374.12],
        ["208", "社会保障和就业支出", 375.62, 375.62, null],
        ["20805", "行政事业单位养老支出", 375.62, 375.62, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 268.3, 268.3, null],
        ["2080506", "机关事业单位职业年金缴费支出", 107.32, 107.32, null],
        ["210", "卫生健康支出", 126.45, 126.45, null],
        ["21011", "行政事业单位医疗", 126.45, 126.45, null],
        ["2101102", "事业单位医疗", 126.45, 126.45, null],
        ["221", "住房保障支出", 172.8, 162.8, null],
        ["22102", "住房改革支出", 162.8, 162.8, null],
        ["2210201", "住房公积金", 162.8, 162.8, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A21:E21"],
      numberFormats: { "C7:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        // Corrected after the measurement (the count unchanged): the year 2021 came from the source's title; the sheet
        // (公开05表, its title and its 部门 line) states none, so none is stated here.
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C18", why: "221 住房保障支出 合计 172.80 where its 款 22102 gives 162.80, and its own 基本支出 162.80 + 项目支出 (blank) = 162.80: 10.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 row 基本支出 2,687.27 where the four 类 give 2,012.40 + 375.62 + 126.45 + 162.80 = 2,677.27 (10.00万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 3,061.39 = 2,386.52 + 375.62 + 126.45 + 172.80, the 类 as stated; the slip is 221's" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 374.12 = 205's 374.12, the other 类 having none" },
      { rule: "execution.total-mismatch", cell: "C12", why: "20805 375.62 = 268.30 + 107.32" },
      { rule: "execution.total-mismatch", cell: "C10", why: "高中教育 2,386.52 = 2,012.40 + 374.12" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1 2 3 are column numbers, not amounts" },
      { rule: "execution.overspent", why: "the form states no budget" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
      { rule: "input.unreadable-value", why: "blank 项目支出 cells mean nothing; the codes are text; the note is text" },
    ],
  },
};
