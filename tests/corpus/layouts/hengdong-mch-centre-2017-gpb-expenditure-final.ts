import type { CorpusLayout } from "../types";

// 衡东县妇幼保健计划生育服务中心 2017年度部门决算 (published 2018-08), 表五 一般公共预算财政拨款支出决算表 in 万元: 项目 merged over 科目编码 | 科目名称, 本年支出
// merged over 合计 | 基本支出 | 项目支出, a 栏次 row, the 合计 first, then 类 / 款 / 项 lines coded 208 / 20805 / 2080505.
export const layout: CorpusLayout = {
  id: "hengdong-mch-centre-2017-gpb-expenditure-final",
  source: {
    title: "衡东县妇幼保健计划生育服务中心2017年度部门决算（五、一般公共预算财政拨款支出决算表，表据正文拟）",
    url: "http://www.hengdong.gov.cn/zwgk/xzfxxgkml/czyjs/bmyjsgk/20200220/i1641110.html",
    publisher: "衡东县妇幼保健计划生育服务中心",
    date: "2018-08-27",
    changes:
      "As published: the report's 目录 (第二部分 一 to 八, 表五 一般公共预算财政拨款支出决算表; 第三部分 二 一般公共预算财政拨款支出决算情况) and the centre's duties " +
      "(妇幼保健, 婚前医学检查, 孕前优生健康检查, 计划生育技术服务). The stored copy shows the tables by name only: 表五 is laid out as the 2017 公开表 prints it " +
      "(项目 | 本年支出 over 合计 | 基本支出 | 项目支出, 栏次 1 2 3), with the subjects such a centre spends on and figures of our own (表据正文拟). Planted: 款 21004 " +
      "公共卫生 typed 486.55 where its 项 add up to 412.35 + 56.20 = 468.55 (and 318.47 + 150.08 across).",
  },
  classes: [
    "execution", "final-accounts", "function-codes", "class-section-item-levels", "basic-and-project-split", "split-under-merged-header",
    "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "transposed-digits", "two-decimal-wanyuan", "wanyuan-caption",
    "table-from-prose", "county-unit", "health", "hunan",
  ],
  sheets: [
    {
      name: "表五",
      widths: [12, 36, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：衡东县妇幼保健计划生育服务中心", null, null, null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 609.21, 396.53, 212.68],
        ["208", "社会保障和就业支出", 38.62, 38.62, null],
        ["20805", "行政事业单位离退休", 38.62, 38.62, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 38.62, 38.62, null],
        ["210", "医疗卫生与计划生育支出", 543.45, 330.77, 212.68],
        ["21004", "公共卫生", 486.55, 318.47, 150.08],
        ["2100403", "妇幼保健机构", 412.35, 318.47, 93.88],
        ["2100409", "重大公共卫生专项", 56.2, null, 56.2],
        ["21007", "计划生育事务", 74.9, 12.3, 62.6],
        ["2100717", "计划生育服务", 74.9, 12.3, 62.6],
        ["221", "住房保障支出", 27.14, 27.14, null],
        ["22102", "住房改革支出", 27.14, 27.14, null],
        ["2210201", "住房公积金", 27.14, 27.14, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:D3", "A4:B4", "C4:E4", "A7:B7", "A20:E20"],
      numberFormats: { "C7:E19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表五",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        // Corrected after the hundred-and-eighty-first holdout's measurement (counted failed): stated year 2017, which the sheet does not give
        // (its title and caption name no year; only the source's title does), so the table states none.
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C12",
        why: "款 21004 公共卫生 486.55; its 项 add up to 412.35 + 56.20 = 468.55, and its 基本支出 + 项目支出 to 318.47 + 150.08 = 468.55 (18.00万元 over; reported once)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C11", why: "类 210 543.45 = 468.55 (21004 as its 项 add up) + 74.90: the 类 is right all the way down, the slip is the 款's" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 609.21 = 38.62 + 543.45 + 27.14; 基本支出 396.53 = 38.62 + 330.77 + 27.14; 项目支出 212.68" },
      { rule: "execution.total-mismatch", cell: "D11", why: "基本支出 330.77 = 318.47 + 12.30; 项目支出 212.68 = 150.08 + 62.60 (blank cells nothing)" },
      { rule: "execution.total-mismatch", cell: "C13", why: "412.35 = 318.47 + 93.88 across the row" },
      { rule: "execution.overspent", why: "a 决算表 with no budget column: nothing to overspend" },
      { rule: "execution.no-spending", cell: "E8", why: "a blank 项目支出 is nothing spent with no budget beside it, no finding" },
      { rule: "input.unreadable-value", cell: "A10", why: "科目编码 2080505 is a budget subject code typed as text, not an amount" },
    ],
  },
};
