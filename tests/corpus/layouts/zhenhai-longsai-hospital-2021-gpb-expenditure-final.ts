import type { CorpusLayout } from "../types";

// 宁波市镇海区 2022-09-16: 浙江省宁波市镇海龙赛医院2021年度单位决算 — 二、2021年度单位决算公开表 (详见附表). The stored copy gives the
// 概况 and the 情况说明's opening (收入总计29,398.34万元), not the 附表; the 一般公共预算财政拨款支出决算表 is laid out as the 2021 form:
// 科目编码 | 科目名称 | 本年支出 合计 / 基本支出 / 项目支出, 栏次 row, 合计 first, 类 / 款 / 项 down the rows.
export const layout: CorpusLayout = {
  id: "zhenhai-longsai-hospital-2021-gpb-expenditure-final",
  source: {
    title: "浙江省宁波市镇海龙赛医院2021年度单位决算（一般公共预算财政拨款支出决算表）",
    url: "http://www.zh.gov.cn/art/2022/9/16/art_1229054238_4076186.html",
    publisher: "宁波市镇海龙赛医院",
    date: "2022-09-16",
    changes:
      "The stored copy shows the hospital's duties, departments and the first lines of the 情况说明; the tables are 附表 it does not show. The " +
      "table is laid out as the 2021 单位决算 form (title, 单位 and 单位：万元 line, 项目 / 本年支出 header over 科目编码 | 科目名称 | 合计 | 基本支出 | " +
      "项目支出, 栏次 1–3, 合计 first, 类 / 款 / 项 codes); the lines are a county hospital's and every figure is ours. Planted: 款 20805 " +
      "行政事业单位养老支出's 合计 typed 454.54 where its 项 lines give 318.24 + 127.30 = 445.54, and its own 基本支出 445.54 + 项目支出 0.00 " +
      "say the same; the 类 208 row and the 合计 row carry 445.54.",
  },
  classes: [
    "execution", "final-accounts", "subject-codes", "class-section-item-codes", "basic-project-split", "column-number-row", "total-row-first",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "hospital", "district-unit", "zhejiang",
  ],
  settings: { district: "宁波市镇海区" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["单位：宁波市镇海龙赛医院", null, null, "2021年度", "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 3074.34, 2160.77, 913.57],
        ["208", "社会保障和就业支出", 445.54, 445.54, 0],
        ["20805", "行政事业单位养老支出", 454.54, 445.54, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 318.24, 318.24, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 127.3, 127.3, 0],
        ["210", "卫生健康支出", 2342.65, 1429.08, 913.57],
        ["21002", "公立医院", 1899.15, 1286.4, 612.75],
        ["2100201", "综合医院", 1899.15, 1286.4, 612.75],
        ["21004", "公共卫生", 300.82, 0, 300.82],
        ["2100408", "基本公共卫生服务", 214.52, 0, 214.52],
        ["2100409", "重大公共卫生服务", 86.3, 0, 86.3],
        ["21011", "行政事业单位医疗", 142.68, 142.68, 0],
        ["2101102", "事业单位医疗", 142.68, 142.68, 0],
        ["221", "住房保障支出", 286.15, 286.15, 0],
        ["22102", "住房改革支出", 286.15, 286.15, 0],
        ["2210201", "住房公积金", 286.15, 286.15, 0],
        ["注：本表反映单位本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:C2", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A22:E22"],
      numberFormats: { "C6:E21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        sheet: "一般公共预算财政拨款支出决算表",
        cell: "C8",
        why: "20805 行政事业单位养老支出 合计 454.54; its 项 318.24 + 127.30 = 445.54, and 基本支出 445.54 + 项目支出 0.00 across (9.00 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "一般公共预算财政拨款支出决算表", cell: "C7", why: "类 208 445.54 = its 项 lines and its own 基本 + 项目: the slip is reported once, at C8" },
      { rule: "execution.total-mismatch", sheet: "一般公共预算财政拨款支出决算表", cell: "C6", why: "合计 3,074.34 = 445.54 + 2,342.65 + 286.15 = 2,160.77 + 913.57" },
      { rule: "execution.total-mismatch", sheet: "一般公共预算财政拨款支出决算表", cell: "E11", why: "项目支出 612.75 + 300.82 + 0.00 = 913.57" },
      { rule: "execution.total-mismatch", sheet: "一般公共预算财政拨款支出决算表", cell: "C14", why: "公共卫生 214.52 + 86.30 = 300.82" },
      { rule: "execution.total-mismatch", sheet: "一般公共预算财政拨款支出决算表", cell: "C5", why: "栏次 1–3 are column numbers" },
      { rule: "execution.no-spending", why: "a final account's lines with 0.00 项目支出 are a split, not unspent budget" },
      { rule: "input.unreadable-value", sheet: "一般公共预算财政拨款支出决算表", cell: "A22", why: "the note under the table" },
    ],
  },
};
