import type { CorpusLayout } from "../types";

// 宁波市发展和改革委员会 2020 部门预算: the 一般公共预算支出表 by 功能分类科目 (类/款/项 codes), 合计 first,
// 合计 | 基本支出 | 项目支出 under one merged 2020年预算数; nothing spent, a budget-only table.
export const layout: CorpusLayout = {
  id: "ningbo-dprc-2020-general-budget-expenditure",
  source: {
    title: "宁波市发展和改革委员会2020年部门预算（一般公共预算支出表）",
    url: "http://fgw.ningbo.gov.cn/art/2020/6/5/art_1229023866_300520.html",
    publisher: "宁波市发展和改革委员会",
    date: "2020-06-05",
    changes:
      "The stored page shows the budget's prose (部门概况, 主要职能) but not its tables; the 一般公共预算支出表 is laid out as 部门预算 tables " +
      "are (科目编码 | 科目名称 under 功能分类科目, 合计 | 基本支出 | 项目支出 under 2020年预算数, 合计 row first), with the subject codes of " +
      "a 发改 office and our own figures. Planted: the 合计 row's 基本支出 typed 2,374.80 against its 类 lines' 2,347.80.",
  },
  classes: ["execution", "budget-only", "department-budget", "subject-codes", "class-section-item-codes", "total-row-first", "merged-header-over-three", "two-header-rows", "basic-and-project-columns", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "city-department", "zhejiang"],
  settings: { district: "宁波市" },
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["宁波市发展和改革委员会2020年一般公共预算支出表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["功能分类科目", null, "2020年预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", null, 4205.9, 2374.8, 1858.1],
        ["201", "一般公共服务支出", 3714.5, 1856.4, 1858.1],
        ["20104", "  发展与改革事务", 3714.5, 1856.4, 1858.1],
        ["2010401", "    行政运行", 1856.4, 1856.4, null],
        ["2010402", "    一般行政管理事务", 612.3, null, 612.3],
        ["2010499", "    其他发展与改革事务支出", 1245.8, null, 1245.8],
        ["208", "社会保障和就业支出", 252.3, 252.3, null],
        ["20805", "  行政事业单位养老支出", 252.3, 252.3, null],
        ["2080505", "    机关事业单位基本养老保险缴费支出", 168.2, 168.2, null],
        ["2080506", "    机关事业单位职业年金缴费支出", 84.1, 84.1, null],
        ["210", "卫生健康支出", 96.5, 96.5, null],
        ["21011", "  行政事业单位医疗", 96.5, 96.5, null],
        ["2101101", "    行政单位医疗", 96.5, 96.5, null],
        ["221", "住房保障支出", 142.6, 142.6, null],
        ["22102", "  住房改革支出", 142.6, 142.6, null],
        ["2210201", "    住房公积金", 142.6, 142.6, null],
        ["注：本表反映一般公共预算财政拨款安排的支出，不含政府性基金预算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "C3:E3", "A5:B5", "A21:E21"],
      numberFormats: { "C5:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出: 1,856.40 + 252.30 + 96.50 + 142.60 = 2,347.80, typed 2,374.80 (27.00 over); across, 2,347.80 + 1,858.10 = 4,205.90 agrees, so once" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "3,714.50 + 252.30 + 96.50 + 142.60 = 4,205.90, as typed" },
      { rule: "execution.total-mismatch", cell: "C7", why: "20104: 1,856.40 + 612.30 + 1,245.80 = 3,714.50; 项目支出 612.30 + 1,245.80 = 1,858.10" },
      { rule: "execution.total-mismatch", cell: "C12", why: "20805: 168.20 + 84.10 = 252.30" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column, nothing to be unspent" },
      { rule: "execution.behind-schedule", why: "a budget-only table" },
    ],
  },
};
