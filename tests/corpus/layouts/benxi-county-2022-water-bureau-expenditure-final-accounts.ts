import type { CorpusLayout } from "../types";

// 本溪满族自治县水务局 2022 部门决算, 第四部分 三、支出决算表: 项目 (科目编码 | 科目名称) against 本年支出合计 | 基本支出 | 项目支出 |
// 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row 1–6, 合计 first, then 类 / 款 / 项 — a water bureau's 213 水利 lines.
export const layout: CorpusLayout = {
  id: "benxi-county-2022-water-bureau-expenditure-final-accounts",
  source: {
    title: "本溪满族自治县水务局2022年度部门决算（第四部分 三、支出决算表）",
    url: "http://bx.gov.cn/ztlm/bxxyjs/bmjs/2022nd132/content_614017",
    publisher: "本溪满族自治县水务局",
    date: "2023-10-10",
    changes:
      "As published: the unit, the year and the table's place and name in the set (第四部分 2022年度部门决算报表 三、支出决算表). The stored copy shows " +
      "the contents and the bureau's duties, not the table body: the layout follows the national 部门决算 form of that table (项目 over 科目编码 / 科目名称; " +
      "本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出; 栏次 1–6; 合计 first), the 科目 are those of a county water " +
      "bureau, and all figures are ours. Planted: 2130305 水利工程建设 本年支出合计 502.00 over a 项目支出 of 520.00 (digits swapped), so 款 21303's " +
      "1,130.02 no longer equals its 项 as written; the 合计 row's 基本支出 279.98 where the 类 give 270.98.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "six-spending-columns", "empty-columns", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "autonomous-county", "wanyuan-caption", "notes-under-table", "liaoning"],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 12, 12, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["部门：本溪满族自治县水务局", null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 1214.58, 279.98, 943.6, null, null, null],
        ["208", "社会保障和就业支出", 46.1, 46.1, null, null, null, null],
        ["20805", "行政事业单位养老支出", 34.1, 34.1, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 24.36, 24.36, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 9.74, 9.74, null, null, null, null],
        ["20808", "抚恤", 12, 12, null, null, null, null],
        ["2080801", "死亡抚恤", 12, 12, null, null, null, null],
        ["210", "卫生健康支出", 15.62, 15.62, null, null, null, null],
        ["21011", "行政事业单位医疗", 15.62, 15.62, null, null, null, null],
        ["2101101", "行政单位医疗", 15.62, 15.62, null, null, null, null],
        ["213", "农林水支出", 1130.02, 186.42, 943.6, null, null, null],
        ["21303", "水利", 1130.02, 186.42, 943.6, null, null, null],
        ["2130301", "行政运行", 186.42, 186.42, null, null, null, null],
        ["2130305", "水利工程建设", 502, null, 520, null, null, null],
        ["2130306", "水利工程运行与维护", 84.3, null, 84.3, null, null, null],
        ["2130311", "水资源节约管理与保护", 26.5, null, 26.5, null, null, null],
        ["2130335", "农村人畜饮水", 312.8, null, 312.8, null, null, null],
        ["221", "住房保障支出", 22.84, 22.84, null, null, null, null],
        ["22102", "住房改革支出", 22.84, 22.84, null, null, null, null],
        ["2210201", "住房公积金", 22.84, 22.84, null, null, null, null],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A27:H27"],
      numberFormats: { "C7:H26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C20", why: "2130305 水利工程建设 本年支出合计 502.00 where 基本支出 (blank) + 项目支出 520.00 = 520.00: 18.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "C18", why: "款 21303 本年支出合计 1,130.02 where its 项 give 186.42 + 502.00 + 84.30 + 26.50 + 312.80 = 1,112.02 (as written)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 279.98 where the 类 give 46.10 + 15.62 + 186.42 + 22.84 = 270.98: 9.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,214.58 = 46.10 + 15.62 + 1,130.02 + 22.84; the total row is checked down its columns only (its wrong 基本支出 is the finding at D7)" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 943.60 = 943.60 (类 213)" },
      { rule: "execution.total-mismatch", cell: "E18", why: "款 21303 项目支出 943.60 = 520.00 + 84.30 + 26.50 + 312.80" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20805 34.10 = 24.36 + 9.74" },
      { rule: "execution.total-mismatch", cell: "C8", why: "类 208 46.10 = 34.10 + 12.00" },
      { rule: "execution.total-mismatch", cell: "C17", why: "类 213 1,130.02 = 款 21303 1,130.02, and = 186.42 + 943.60" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–6 are column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final-accounts table without budget columns" },
      { rule: "execution.no-spending", why: "no budget column; the blank 上缴上级 / 经营 / 对附属单位补助 columns are nothing" },
      { rule: "input.unreadable-value", why: "codes written as text, the 栏次 row, the header lines and the note are labels" },
    ],
  },
};
