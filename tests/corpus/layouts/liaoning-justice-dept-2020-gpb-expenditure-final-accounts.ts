import type { CorpusLayout } from "../types";

// 辽宁省司法厅 2020 年度决算, 第四部分 五、一般公共预算财政拨款支出决算表: 项目 (科目编码 | 科目名称) against 本年支出 小计 | 基本支出 |
// 项目支出, 栏次 1–3, 合计 first, then 类 / 款 / 项 — 204 公共安全支出's 20406 司法 and the pay-related 208 / 210 / 221 lines.
export const layout: CorpusLayout = {
  id: "liaoning-justice-dept-2020-gpb-expenditure-final-accounts",
  source: {
    title: "辽宁省司法厅2020年度决算（第四部分 五、2020年度一般公共预算财政拨款支出决算表）",
    url: "https://keke.chddh.cn/archives/bx687rvl984xno4jd93q.html",
    publisher: "辽宁省司法厅",
    date: "2021",
    changes:
      "As published: the unit, the year and the table's place and name in the set (014辽宁省司法厅.pdf, 第四部分 五). The stored copy shows the " +
      "contents and the department's duties, not the table body: the layout follows the national 部门决算 form of that table (项目 over 科目编码 / 科目名称; " +
      "本年支出 小计 | 基本支出 | 项目支出; 栏次 1–3; 合计 first), the 科目 are those of a provincial justice department, and all figures are ours. Planted: " +
      "2040699 其他司法支出's 小计 typed 671.27 where 214.36 + 402.91 = 617.27 (digits swapped), so 款 20406's 6,970.04 no longer equals its 项 as " +
      "written; the 合计 row's 项目支出 typed 2,839.21 where 类 204 gives 2,893.21.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "merged-header-over-three", "blank-as-nothing", "province-department", "wanyuan-caption", "notes-under-table", "liaoning"],
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：辽宁省司法厅", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 8047.56, 5154.35, 2839.21],
        ["204", "公共安全支出", 6970.04, 4076.83, 2893.21],
        ["20406", "司法", 6970.04, 4076.83, 2893.21],
        ["2040601", "行政运行", 3862.47, 3862.47, null],
        ["2040602", "一般行政管理事务", 486.3, null, 486.3],
        ["2040604", "基层司法业务", 312.85, null, 312.85],
        ["2040605", "普法宣传", 128.4, null, 128.4],
        ["2040606", "律师管理", 96.72, null, 96.72],
        ["2040607", "公共法律服务", 1045.18, null, 1045.18],
        ["2040610", "社区矫正", 233.6, null, 233.6],
        ["2040612", "法治建设", 187.25, null, 187.25],
        ["2040699", "其他司法支出", 671.27, 214.36, 402.91],
        ["208", "社会保障和就业支出", 577.61, 577.61, null],
        ["20805", "行政事业单位养老支出", 577.61, 577.61, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 412.58, 412.58, null],
        ["2080506", "机关事业单位职业年金缴费支出", 165.03, 165.03, null],
        ["210", "卫生健康支出", 198.64, 198.64, null],
        ["21011", "行政事业单位医疗", 198.64, 198.64, null],
        ["2101101", "行政单位医疗", 198.64, 198.64, null],
        ["221", "住房保障支出", 301.27, 301.27, null],
        ["22102", "住房改革支出", 301.27, 301.27, null],
        ["2210201", "住房公积金", 301.27, 301.27, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A29:E29"],
      numberFormats: { "C7:E28": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 28,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        // No year: dropped after the forty-ninth holdout's measurement. The workbook states none (its title row is the form's
        // name alone; 2020 is only in the publication's title), and a year the sheet does not state is not expected.
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C18", why: "2040699 其他司法支出 小计 671.27 where 基本支出 214.36 + 项目支出 402.91 = 617.27: 54.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20406 司法 小计 6,970.04 where its 项 as written give 3,862.47 + 486.30 + 312.85 + 128.40 + 96.72 + 1,045.18 + 233.60 + 187.25 + 671.27 = 7,024.04" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 项目支出 2,839.21 where the 类 give 2,893.21 (204 only): 54.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 8,047.56 = 6,970.04 + 577.61 + 198.64 + 301.27; the total row is checked down its columns (its wrong 项目支出 is the finding at E7)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 5,154.35 = 4,076.83 + 577.61 + 198.64 + 301.27" },
      { rule: "execution.total-mismatch", cell: "E9", why: "款 20406 项目支出 2,893.21 = 486.30 + 312.85 + 128.40 + 96.72 + 1,045.18 + 233.60 + 187.25 + 402.91" },
      { rule: "execution.total-mismatch", cell: "D9", why: "款 20406 基本支出 4,076.83 = 3,862.47 + 214.36" },
      { rule: "execution.total-mismatch", cell: "C8", why: "类 204 6,970.04 = 款 20406 6,970.04" },
      { rule: "execution.total-mismatch", cell: "C19", why: "类 208 577.61 = 412.58 + 165.03" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–3 are column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final-accounts table without budget columns" },
      { rule: "execution.no-spending", why: "no budget column; blanks in 基本支出 / 项目支出 are nothing" },
      { rule: "input.unreadable-value", why: "codes written as text, the 栏次 row, the header lines and the note are labels" },
    ],
  },
};
