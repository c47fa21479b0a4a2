import type { CorpusLayout } from "../types";

// 杭州市钱塘区综合行政执法局（城市管理局）2021 部门决算, 收入决算表: 项目 (科目编码 | 科目名称) against 本年收入合计 | 财政拨款收入 |
// 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入, 栏次 1–7, 合计 first, then 类 / 款 / 项 (212 城乡社区支出's 城管执法).
export const layout: CorpusLayout = {
  id: "qiantang-2021-law-enforcement-income-final-accounts",
  source: {
    title: "杭州市钱塘区综合行政执法局（杭州市钱塘区城市管理局）2021年度部门决算（收入决算表）",
    url: "https://www.qiantang.gov.cn/art/2022/10/12/art_1229608992_4094383.html",
    publisher: "杭州市钱塘区综合行政执法局（杭州市钱塘区城市管理局）",
    date: "2022-10-12",
    changes:
      "As published: the bureau, the year and the date of release; the bureau's duties (城管执法, 市政设施, 环境卫生…) set the 科目 chosen. The " +
      "stored copy shows the text part, not the tables: the layout follows the national 部门决算 form of 收入决算表 (项目 over 科目编码 / 科目名称; " +
      "本年收入合计 and six sources; 栏次; 合计 first), and all figures are ours. Planted: the 合计 row's 本年收入合计 written 9,642.18 where the 类 " +
      "add up to 9,624.18 (and 财政拨款收入 9,531.66 + 其他收入 92.52 = 9,624.18 too).",
  },
  classes: ["execution", "final-accounts", "income-by-source", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "empty-source-columns", "blank-as-nothing", "city-district", "wanyuan-caption", "notes-under-table", "zhejiang"],
  sheets: [
    {
      name: "收入决算表",
      widths: [12, 32, 14, 14, 12, 10, 10, 14, 12],
      rows: [
        ["收入决算表", null, null, null, null, null, null, null, null],
        ["编制单位：杭州市钱塘区综合行政执法局", null, null, null, null, null, null, "2021年度", "单位：万元"],
        ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", null, null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, 9642.18, 9531.66, null, null, null, null, 92.52],
        ["208", "社会保障和就业支出", 486.35, 486.35, null, null, null, null, null],
        ["20805", "行政事业单位养老支出", 486.35, 486.35, null, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 324.23, 324.23, null, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 162.12, 162.12, null, null, null, null, null],
        ["210", "卫生健康支出", 198.6, 198.6, null, null, null, null, null],
        ["21011", "行政事业单位医疗", 198.6, 198.6, null, null, null, null, null],
        ["2101101", "行政单位医疗", 198.6, 198.6, null, null, null, null, null],
        ["212", "城乡社区支出", 8432.71, 8340.19, null, null, null, null, 92.52],
        ["21201", "城乡社区管理事务", 6218.45, 6125.93, null, null, null, null, 92.52],
        ["2120101", "行政运行", 2876.3, 2876.3, null, null, null, null, null],
        ["2120104", "城管执法", 3015.63, 2923.11, null, null, null, null, 92.52],
        ["2120199", "其他城乡社区管理事务支出", 326.52, 326.52, null, null, null, null, null],
        ["21205", "城乡社区环境卫生", 2214.26, 2214.26, null, null, null, null, null],
        ["2120501", "城乡社区环境卫生", 2214.26, 2214.26, null, null, null, null, null],
        ["221", "住房保障支出", 506.52, 506.52, null, null, null, null, null],
        ["22102", "住房改革支出", 506.52, 506.52, null, null, null, null, null],
        ["2210201", "住房公积金", 366.1, 366.1, null, null, null, null, null],
        ["2210203", "购房补贴", 140.42, 140.42, null, null, null, null, null],
        ["注：本表反映部门本年度取得的各项收入情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:C2", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "A5:B5", "A6:B6", "A25:I25"],
      numberFormats: { "C6:I24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:财政拨款收入", I: "actual:其他收入" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 本年收入合计 9,642.18 where the 类 give 486.35 + 198.60 + 8,432.71 + 506.52 = 9,624.18: 18.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D6", why: "财政拨款收入 9,531.66 = 486.35 + 198.60 + 8,340.19 + 506.52" },
      { rule: "execution.total-mismatch", cell: "I6", why: "其他收入 92.52 = 类 212's 92.52" },
      { rule: "execution.total-mismatch", cell: "C14", why: "类 212 8,432.71 = 款 6,218.45 + 2,214.26, and = 8,340.19 + 92.52" },
      { rule: "execution.total-mismatch", cell: "C15", why: "款 21201 6,218.45 = 2,876.30 + 3,015.63 + 326.52" },
      { rule: "execution.total-mismatch", cell: "C17", why: "城管执法 3,015.63 = 财政拨款 2,923.11 + 其他收入 92.52" },
      { rule: "execution.total-mismatch", cell: "C5", why: "栏次 1–7 are column numbers" },
      { rule: "execution.overspent", why: "income by source, no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the empty source columns are nothing" },
      { rule: "input.unreadable-value", why: "codes written as text, the 栏次 row, the year and unit line and the note are labels" },
    ],
  },
};
