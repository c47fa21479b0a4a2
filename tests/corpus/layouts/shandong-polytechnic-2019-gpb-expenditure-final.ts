import type { CorpusLayout } from "../types";

// 山东职业学院 2019年度单位决算 (学院办公室, 2020-09-11): 第二部分 五、一般公共预算财政拨款支出决算表 — the national 公开05表: 项目 (科目编码 |
// 科目名称) | 本年支出 (合计 | 基本支出 | 项目支出), a 栏次 row, 合计 first, then 类 / 款 / 项 codes. The stored copy lists the tables, not their figures.
export const layout: CorpusLayout = {
  id: "shandong-polytechnic-2019-gpb-expenditure-final",
  source: {
    title: "2019年度山东职业学院决算（五、一般公共预算财政拨款支出决算表，表据决算目录拟）",
    url: "http://www.sdp.edu.cn/xybgs/info/1073/1226.htm",
    publisher: "山东职业学院（学院办公室）",
    date: "2020-09-11",
    changes:
      "As published: the 决算's contents (第二部分 2019年度单位决算表 一至八, the fifth being the 一般公共预算财政拨款支出决算表; 第三部分 五、its 情况说明) " +
      "and the college's duty. The stored copy does not show the tables: the grid is the national 公开05表 (科目编码 and 科目名称 under 项目, 本年支出 split " +
      "合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first); the subject lines (205 教育支出 / 20503 职业教育 / 2050305 高等职业教育 …, 208, 221) and every " +
      "figure are ours. Planted: the 合计 row's 合计 typed 11,057.12 (digits swapped) where the three 类 add up to 9,922.40 + 713.80 + 438.92 = 11,075.12, " +
      "as do its own 基本支出 8,388.90 + 项目支出 2,686.22.",
  },
  classes: [
    "execution", "final-accounts", "actual-only", "basic-and-project-split", "code-hierarchy", "class-section-item-codes", "column-number-row",
    "total-row-first", "two-header-rows", "split-under-merged-header", "form-number", "year-in-title", "two-decimal-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-not-in-stored-copy", "university", "province-unit", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["2019年度一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：山东职业学院", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 11057.12, 8388.9, 2686.22],
        ["205", "教育支出", 9922.4, 7236.18, 2686.22],
        ["20503", "职业教育", 9802.4, 7236.18, 2566.22],
        ["2050305", "高等职业教育", 9802.4, 7236.18, 2566.22],
        ["20509", "教育费附加安排的支出", 120, 0, 120],
        ["2050999", "其他教育费附加安排的支出", 120, 0, 120],
        ["208", "社会保障和就业支出", 713.8, 713.8, 0],
        ["20805", "行政事业单位养老支出", 713.8, 713.8, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 512.36, 512.36, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 201.44, 201.44, 0],
        ["221", "住房保障支出", 438.92, 438.92, 0],
        ["22102", "住房改革支出", 438.92, 438.92, 0],
        ["2210201", "住房公积金", 438.92, 438.92, 0],
        ["注：本表反映单位本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A20:E20"],
      numberFormats: { "C7:E19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "合计 11,057.12 against the 类 9,922.40 + 713.80 + 438.92 = 11,075.12 and against its own 基本 8,388.90 + 项目 2,686.22 = 11,075.12 (18.00 under)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 8,388.90 = 7,236.18 + 713.80 + 438.92" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 2,686.22 = 2,686.22 + 0 + 0" },
      { rule: "execution.total-mismatch", cell: "C8", why: "205 教育支出 9,922.40 = 20503 9,802.40 + 20509 120.00" },
      { rule: "execution.total-mismatch", cell: "C14", why: "20805 713.80 = 512.36 + 201.44" },
      { rule: "execution.total-mismatch", cell: "C10", why: "2050305 9,802.40 = 基本 7,236.18 + 项目 2,566.22" },
      { rule: "execution.no-spending", why: "a final account with 决算 only: no budget, no status" },
      { rule: "execution.overspent", why: "no budget column to spend against" },
      { rule: "input.unreadable-value", cell: "C6", why: "the 栏次 row numbers columns, no data" },
    ],
  },
};
