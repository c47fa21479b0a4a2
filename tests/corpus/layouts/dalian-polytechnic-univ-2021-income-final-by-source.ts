import type { CorpusLayout } from "../types";

// 大连工业大学 2021年度决算 (辽宁, 省属高校): 第四部分 二、收入决算表 — the year's income by the 类/款/项 of the spending it funds, 本年收入合计
// beside its sources (财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入), 项目 over 科目编码 / 科目名称, a 栏次
// row, 合计 first, 单位：万元. The stored copy lists the tables and the university's duties, not the table body.
export const layout: CorpusLayout = {
  id: "dalian-polytechnic-univ-2021-income-final-by-source",
  source: {
    title: "大连工业大学2021年度决算（二、收入决算表，表据决算目录拟）",
    url: "https://economicdaily.com.cn/archives/67jk40don45g42we8xbz.html",
    publisher: "大连工业大学（文库转载）",
    date: "2022",
    changes:
      "As published: the 决算's contents (第四部分 一至九, 二、收入决算表 among them) and the university's duties (founded 1958, 轻工 and 纺织, " +
      "中央与地方共建、辽宁省管理为主). The stored copy does not show the table body: it is laid out as the national 收入决算表 template has it, " +
      "with 2021 function codes a university uses (2050205 高等教育, 2060203 自然科学基金, 2050803 培训支出); every amount is ours. Planted: the 合计 " +
      "row's 事业收入 typed 31,543.86 where the 类 give 31,208.36 + 326.50 = 31,534.86.",
  },
  classes: [
    "execution", "final-accounts", "income-by-source", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row",
    "row-total-column", "two-header-rows", "empty-source-columns", "transposed-digits", "two-decimal-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-not-in-stored-copy", "university", "liaoning",
  ],
  sheets: [
    {
      name: "收入决算表",
      widths: [12, 34, 14, 14, 12, 14, 10, 14, 12],
      rows: [
        ["收入决算表", null, null, null, null, null, null, null, null],
        ["部门：大连工业大学", null, null, null, null, null, null, "2021年度", "单位：万元"],
        ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", null, null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, 68887.74, 35490.48, null, 31543.86, null, null, 1862.4],
        ["205", "教育支出", 62037.78, 28640.52, null, 31534.86, null, null, 1862.4],
        ["20502", "普通教育", 61711.28, 28640.52, null, 31208.36, null, null, 1862.4],
        ["2050205", "高等教育", 61711.28, 28640.52, null, 31208.36, null, null, 1862.4],
        ["20508", "进修及培训", 326.5, null, null, 326.5, null, null, null],
        ["2050803", "培训支出", 326.5, null, null, 326.5, null, null, null],
        ["206", "科学技术支出", 1245, 1245, null, null, null, null, null],
        ["20602", "基础研究", 1245, 1245, null, null, null, null, null],
        ["2060203", "自然科学基金", 1245, 1245, null, null, null, null, null],
        ["208", "社会保障和就业支出", 3418.26, 3418.26, null, null, null, null, null],
        ["20805", "行政事业单位养老支出", 3418.26, 3418.26, null, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 3418.26, 3418.26, null, null, null, null, null],
        ["221", "住房保障支出", 2186.7, 2186.7, null, null, null, null, null],
        ["22102", "住房改革支出", 2186.7, 2186.7, null, null, null, null, null],
        ["2210201", "住房公积金", 2186.7, 2186.7, null, null, null, null, null],
        ["注：本表反映部门本年度取得的各项收入情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:G2", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "A5:B5", "A6:B6", "A21:I21"],
      numberFormats: { "C6:I20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:财政拨款收入", F: "actual:事业收入", I: "actual:其他收入" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "F6", why: "合计 事业收入 31,543.86 where the 类 give 31,534.86 (205) and nothing else: 9.00 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 本年收入合计 68,887.74 = 62,037.78 + 1,245.00 + 3,418.26 + 2,186.70; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "D6", why: "财政拨款收入 35,490.48 = 28,640.52 + 1,245.00 + 3,418.26 + 2,186.70" },
      { rule: "execution.total-mismatch", cell: "C7", why: "205 62,037.78 = 61,711.28 + 326.50, and = 28,640.52 + 31,534.86 + 1,862.40" },
      { rule: "execution.total-mismatch", cell: "F7", why: "205 事业收入 31,534.86 = 31,208.36 + 326.50" },
      { rule: "execution.total-mismatch", cell: "C9", why: "高等教育 61,711.28 = 28,640.52 + 31,208.36 + 1,862.40" },
      { rule: "execution.total-mismatch", cell: "C5", why: "the 栏次 row (1–7) numbers the columns" },
      { rule: "execution.overspent", why: "a 收入决算表 has no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the empty source columns are sources not used" },
      { rule: "input.unreadable-value", why: "the codes are text; 2021年度 and the note are labels" },
    ],
  },
};
