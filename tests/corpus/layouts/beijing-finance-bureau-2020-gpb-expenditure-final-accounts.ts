import type { CorpusLayout } from "../types";

// 北京市财政局 2021-09: 2020年度部门决算 — 第一部分 报表 五、一般公共预算财政拨款支出决算表 (本年支出 合计 | 基本支出 | 项目支出 by
// 类 / 款 / 项 with a 栏次 row). The stored page lists the tables but puts them in an annex: the body is ours.
export const layout: CorpusLayout = {
  id: "beijing-finance-bureau-2020-gpb-expenditure-final-accounts",
  source: {
    title: "北京市财政局2020年度部门决算（五、一般公共预算财政拨款支出决算表）",
    url: "https://markseff.com/zcs202109/t20210901_2481619.html",
    publisher: "北京市财政局",
    date: "2021-09-01",
    changes:
      "As published: the list of twelve report tables, the name of table 五 and the bureau's duties (财政事务 among them). The annex was not in the stored copy: " +
      "the 科目 rows, the 本年支出 合计 | 基本支出 | 项目支出 columns with a 栏次 row and every figure are ours. " +
      "Planted: 2010607 信息化建设 合计 typed 5,381.47 over its 项目支出 5,318.47 (so 20106 财政事务 25,911.42 also misses its items as typed, 25,974.42); " +
      "210 卫生健康支出 typed 984.86 over its 款 948.86.",
  },
  classes: ["execution", "final-accounts", "no-budget-column", "function-codes", "class-kuan-xiang-rows", "total-row-first", "row-total-column", "basic-and-project-columns", "column-number-row", "merged-header-over-three", "two-header-rows", "unit-and-year-in-caption-row", "two-decimal-wanyuan", "city-department", "beijing"],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：北京市财政局", null, "2020年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 31729.54, 20485.32, 11244.22],
        ["201", "一般公共服务支出", 25911.42, 14667.2, 11244.22],
        ["20106", "财政事务", 25911.42, 14667.2, 11244.22],
        ["2010601", "行政运行", 12456.32, 12456.32, null],
        ["2010602", "一般行政管理事务", 3820.15, null, 3820.15],
        ["2010604", "预算改革业务", 2105.6, null, 2105.6],
        ["2010607", "信息化建设", 5381.47, null, 5318.47],
        ["2010650", "事业运行", 2210.88, 2210.88, null],
        ["208", "社会保障和就业支出", 3027.6, 3027.6, null],
        ["20805", "行政事业单位养老支出", 3027.6, 3027.6, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 2018.4, 2018.4, null],
        ["2080506", "机关事业单位职业年金缴费支出", 1009.2, 1009.2, null],
        ["210", "卫生健康支出", 984.86, 948.86, null],
        ["21011", "行政事业单位医疗", 948.86, 948.86, null],
        ["2101101", "行政单位医疗", 806.55, 806.55, null],
        ["2101102", "事业单位医疗", 142.31, 142.31, null],
        ["221", "住房保障支出", 1841.66, 1841.66, null],
        ["22102", "住房改革支出", 1841.66, 1841.66, null],
        ["2210201", "住房公积金", 1452.96, 1452.96, null],
        ["2210203", "购房补贴", 388.7, 388.7, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A26:E26"],
      numberFormats: { "C6:E25": "#,##0.00" },
    },
  ],
  settings: { district: "北京市" },
  expect: {
    tables: [
      { sheet: "公开05表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 25, columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C12", why: "信息化建设 合计 5,381.47; 基本支出 0 + 项目支出 5,318.47 = 5,318.47 (63.00 apart)" },
      { rule: "execution.total-mismatch", cell: "C8", why: "财政事务 25,911.42; its items as typed 12,456.32 + 3,820.15 + 2,105.60 + 5,381.47 + 2,210.88 = 25,974.42" },
      { rule: "execution.total-mismatch", cell: "C18", why: "卫生健康支出 984.86; its 款 21011 gives 948.86, and 基本 948.86 + 项目 0 = 948.86" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 31,729.54 = 25,911.42 + 3,027.60 + 948.86 + 1,841.66 (the 类 as their 款 add up); 20,485.32 + 11,244.22 = 31,729.54" },
      { rule: "execution.total-mismatch", cell: "E8", why: "项目支出 11,244.22 = 3,820.15 + 2,105.60 + 5,318.47" },
      { rule: "execution.total-mismatch", cell: "C7", why: "201 = its one 款 20106 as typed" },
      { rule: "execution.total-mismatch", cell: "C5", why: "栏次 1 | 2 | 3 are column numbers, not figures" },
      { rule: "execution.no-spending", why: "no budget column: a final-accounts table of spending only has no spending status" },
      { rule: "execution.overspent", why: "no budget column" },
    ],
  },
};
