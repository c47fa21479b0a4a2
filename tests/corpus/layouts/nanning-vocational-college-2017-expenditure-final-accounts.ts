import type { CorpusLayout } from "../types";

// 南宁职业技术学院 2017 部门决算, 表三 支出决算表: 功能分类 类 / 款 / 项 codes (205 教育, 208 社保, 221 住房), 基本 | 项目 split, the empty
// 上缴上级 / 经营 / 对附属单位补助 columns, 栏次 row, 合计 on top; the 合计's 本年支出合计 typed 10 over both its parts and its 类.
export const layout: CorpusLayout = {
  id: "nanning-vocational-college-2017-expenditure-final-accounts",
  source: {
    title: "南宁职业技术学院2017年部门决算（南宁市本级2017年度部门决算公开）— 表三：支出决算表",
    url: "https://bdf1001.com/info/1190/34016.html",
    publisher: "南宁职业技术学院",
    date: "2018-10-15",
    changes:
      "The stored page shows the 决算 report's contents (表一 … 表八) and the college's 概况, not the tables' bodies; 表三 is laid out as the 部门决算 " +
      "支出决算表 of that year is published (项目 | 功能分类科目编码 | 科目名称, 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, " +
      "栏次, 合计 first). The lines and all figures are ours. Planted: the 合计's 本年支出合计 typed 30,454.88 where its 类 add up to 30,444.88 and so do " +
      "its 基本 + 项目 parts (20,809.08 + 9,635.80).",
  },
  classes: ["execution", "final-accounts", "function-codes", "code-hierarchy", "column-number-row", "basic-project-split", "empty-columns", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "college", "guangxi"],
  settings: { district: "南宁市" },
  sheets: [
    {
      name: "支出决算表",
      widths: [14, 34, 14, 14, 14, 12, 12, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["部门：南宁职业技术学院", null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["功能分类科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 30454.88, 20809.08, 9635.8, null, null, null],
        ["205", "教育支出", 28056.16, 18420.36, 9635.8, null, null, null],
        ["20503", "职业教育", 28056.16, 18420.36, 9635.8, null, null, null],
        ["2050305", "高等职业教育", 28056.16, 18420.36, 9635.8, null, null, null],
        ["208", "社会保障和就业支出", 1286.54, 1286.54, null, null, null, null],
        ["20805", "行政事业单位离退休", 1286.54, 1286.54, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 1286.54, 1286.54, null, null, null, null],
        ["221", "住房保障支出", 1102.18, 1102.18, null, null, null, null],
        ["22102", "住房改革支出", 1102.18, 1102.18, null, null, null, null],
        ["2210201", "住房公积金", 1102.18, 1102.18, null, null, null, null],
        ["注：本表反映部门本年度各项支出情况。本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:B3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A17:H17"],
      numberFormats: { "C7:H16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 16,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 30,454.88; its 类 add up to 28,056.16 + 1,286.54 + 1,102.18 = 30,444.88, and so do its parts 20,809.08 + 9,635.80 (10万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本 20,809.08 = 18,420.36 + 1,286.54 + 1,102.18" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目 9,635.80 = 205's 9,635.80" },
      { rule: "execution.total-mismatch", cell: "C8", why: "205 28,056.16 = 18,420.36 + 9,635.80 and = its 款 20503" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1 … 6) numbers the columns; it is no data" },
      { rule: "execution.overspent", why: "a final account of spending alone: no budget column" },
      { rule: "execution.no-spending", cell: "E11", why: "项目支出 blank on lines with no project money: no budget, no status" },
      { rule: "execution.behind-schedule", why: "no budget or rate column" },
      { rule: "input.unreadable-value", why: "公开03表, the 部门 line and the note are text" },
    ],
  },
};
