import type { CorpusLayout } from "../types";

// 阿克陶县交通运输局 (克孜勒苏州, 新疆) 2019年度部门决算公开说明: the standard set of 部门决算 tables; this is its
// 一般公共预算财政拨款支出决算表 — 科目编码 | 科目名称 by 类 / 款 / 项, 本年支出 split 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "akto-transport-2019-gpb-expenditure-final",
  source: {
    title: "新疆阿克陶县交通运输局2019年度部门决算公开说明（五、一般公共预算财政拨款支出决算表）",
    url: "https://xjakt.gov.cn/xjakt/c104333/202011/7a3e5256c79741928fa79e95b6e62f0a.shtml",
    publisher: "阿克陶县财政局（发布）",
    date: "2020-11",
    changes:
      "The stored page gives the bureau's duties and the list of the 部门决算 tables, not their bodies. The 一般公共预算财政拨款支出决算表 is laid " +
      "out in the national 部门决算 form (项目 over 科目编码 | 科目名称; 本年支出 over 合计 | 基本支出 | 项目支出; a 栏次 row; 合计 first; 类 / 款 / 项 " +
      "lines); the 科目 fit a county transport bureau and the figures are ours. Planted: the 合计 row's 基本支出 typed 229.20 where the 项 lines " +
      "give 229.02 (so the 合计 row no longer adds across either).",
  },
  classes: ["execution", "final-accounts", "department-final-account", "subject-codes", "class-section-item-outline", "basic-and-project-split", "column-number-row", "total-row-first", "two-header-rows", "wanyuan-caption", "two-decimals", "county-department", "xinjiang"],
  settings: { district: "克孜勒苏柯尔克孜自治州阿克陶县" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [14, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["部门：阿克陶县交通运输局", null, null, null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1841.82, 229.2, 1612.8],
        ["208", "社会保障和就业支出", 24.36, 24.36, 0],
        ["20805", "行政事业单位养老支出", 24.36, 24.36, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 24.36, 24.36, 0],
        ["214", "交通运输支出", 1799.22, 186.42, 1612.8],
        ["21401", "公路水路运输", 1799.22, 186.42, 1612.8],
        ["2140101", "行政运行", 186.42, 186.42, 0],
        ["2140104", "公路建设", 1250, 0, 1250],
        ["2140106", "公路养护", 362.8, 0, 362.8],
        ["221", "住房保障支出", 18.24, 18.24, 0],
        ["22102", "住房改革支出", 18.24, 18.24, 0],
        ["2210201", "住房公积金", 18.24, 18.24, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A18:E18"],
      numberFormats: { "C6:E17": "#,##0.00" },
    },
  ],
  // Corrected after measurement (counted failed): C6 (the 合计 row across) was stated a second finding of the D6 slip, but
  // docs/rules.md reports a slip once: with D6 as its lines add up, the row agrees.
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D6", why: "基本支出 合计 229.20 ≠ 24.36 + 186.42 + 18.24 = 229.02 (the 项 lines; 类 and 款 rows repeat them)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C10", why: "交通运输支出 1,799.22 = 186.42 + 1,250 + 362.80 and = 186.42 + 1,612.80 across" },
      { rule: "execution.total-mismatch", cell: "E6", why: "项目支出 1,612.80 = 1,250 + 362.80" },
      { rule: "input.unreadable-value", cell: "C5", why: "栏次 1 / 2 / 3 is a column-number row, not figures" },
      { rule: "execution.no-spending", why: "a final account with no budget column: no spending status" },
    ],
  },
};
