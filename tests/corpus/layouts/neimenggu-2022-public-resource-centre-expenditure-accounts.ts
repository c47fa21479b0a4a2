import type { CorpusLayout } from "../types";

// 内蒙古自治区公共资源交易中心 2022年度部门决算公开 (2023-08-16), 第五部分 三、支出决算表: by function code, 本年支出合计 split into
// 基本支出 | 项目支出, a column-number row under the headings, 类 / 款 / 项 in one code column, 合计 first.
export const layout: CorpusLayout = {
  id: "neimenggu-2022-public-resource-centre-expenditure-accounts",
  source: {
    title: "2022年度内蒙古自治区公共资源交易中心部门决算公开（第五部分 三、支出决算表）",
    url: "http://219.148.175.179/zwgk/cwgk/202404/t20240428_37744.html?slb=true",
    publisher: "内蒙古自治区公共资源交易中心",
    date: "2023-08-16",
    changes:
      "The stored copy shows the publication's contents (第五部分 2022年度部门决算表: 一、收入支出决算总表 … 三、支出决算表 …) and the centre's " +
      "duties, not the tables' bodies. The 支出决算表 is laid out as the national final-accounts template gives it (科目编码 | 科目名称 | 本年支出合计 | " +
      "基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 by code length, 单位：万元); the lines kept and every figure are ours. Planted: " +
      "合计's 本年支出合计 written 1826.47 where its four 类 add up to 1862.47 (and 基本 1204.35 + 项目 658.12 = 1862.47 across).",
  },
  classes: ["execution", "final-accounts", "total-row-first", "column-number-row", "class-item-subitem", "codes-column", "basic-and-project", "zero-cells", "wanyuan-caption", "province-unit", "neimenggu"],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 40, 14, 14, 14],
      rows: [
        ["支出决算表", null, null, null, null],
        ["部门：内蒙古自治区公共资源交易中心　　2022年度", null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 1826.47, 1204.35, 658.12],
        ["201", "一般公共服务支出", 1532.18, 874.06, 658.12],
        ["20103", "政府办公厅（室）及相关机构事务", 1532.18, 874.06, 658.12],
        ["2010350", "事业运行", 874.06, 874.06, 0],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 658.12, 0, 658.12],
        ["208", "社会保障和就业支出", 186.42, 186.42, 0],
        ["20805", "行政事业单位养老支出", 186.42, 186.42, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 124.28, 124.28, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 62.14, 62.14, 0],
        ["210", "卫生健康支出", 68.31, 68.31, 0],
        ["21011", "行政事业单位医疗", 68.31, 68.31, 0],
        ["2101102", "事业单位医疗", 68.31, 68.31, 0],
        ["221", "住房保障支出", 75.56, 75.56, 0],
        ["22102", "住房改革支出", 75.56, 75.56, 0],
        ["2210201", "住房公积金", 75.56, 75.56, 0],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A4:B4", "A20:E20"],
      numberFormats: { "C5:E19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C5",
        why: "合计: 1532.18 + 186.42 + 68.31 + 75.56 = 1862.47 (and 1204.35 + 658.12 = 1862.47), stated 1826.47: 36万元 short",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 874.06 + 186.42 + 68.31 + 75.56 = 1204.35" },
      { rule: "execution.total-mismatch", cell: "E5", why: "项目支出 658.12 = 201's alone" },
      { rule: "execution.total-mismatch", cell: "C10", why: "208: 124.28 + 62.14 = 186.42 (项 under 款 under 类, each level checked once)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "201: 874.06 + 658.12 = 1532.18 by 项 and across" },
      { rule: "execution.total-mismatch", cell: "C4", why: "栏次 1 | 2 | 3 are column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final account of spending with no budget column" },
      { rule: "execution.no-spending", why: "zeros in 项目支出 are lines with no project spending, and there is no budget" },
      { rule: "input.unreadable-value", why: "the note and the 部门 line are text" },
    ],
  },
};
