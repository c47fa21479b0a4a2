import type { CorpusLayout } from "../types";

// 衢州市衢江区大洲镇 2021-05-27 衢州市衢江区大洲镇2020年部门预算: the township's 一般公共预算支出表 as such a 部门预算 prints it —
// 功能分类科目 (科目编码 | 科目名称) beside 2020年预算数 (合计 | 基本支出 | 项目支出), codes as text down 类 / 款 / 项, 合计 first.
export const layout: CorpusLayout = {
  id: "qujiang-dazhou-2020-township-gpb-expenditure-budget",
  source: {
    title: "衢州市衢江区大洲镇2020年部门预算（一般公共预算支出表据正文拟）",
    url: "http://www.qjq.gov.cn/art/2021/5/27/art_1229846639_5432703.html",
    publisher: "衢州市衢江区大洲镇（衢江区政府网站）",
    date: "2021-05-27",
    changes:
      "As published: the township, the year, the 部门预算 it belongs to (索引号 330803-065/2021-70004) and its 职能. The stored copy shows the " +
      "概况 only: the table (the 一般公共预算支出表 of a 部门预算 — 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 under two merged heads, 合计 " +
      "first) and every figure are ours, the functions cut to four. Planted: 213 农林水支出 合计 typed 258.90 where its 款 give 212.40 + 73.50 = " +
      "285.90 (its 基本 126.40 and 项目 159.50 are right).",
  },
  classes: [
    "execution", "budget-only", "budget-by-function", "function-codes-as-text", "class-section-item-outline", "row-total-column",
    "basic-and-project-columns", "two-header-rows", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "unit-line-with-department",
    "table-from-prose", "township", "zhejiang",
  ],
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [12, 36, 12, 12, 12],
      rows: [
        ["衢州市衢江区大洲镇2020年一般公共预算支出表", null, null, null, null],
        ["单位：衢州市衢江区大洲镇", null, null, null, "单位：万元"],
        ["功能分类科目", null, "2020年预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [null, "合计", 1033.42, 801.62, 231.8],
        ["201", "一般公共服务支出", 612.4, 540.1, 72.3],
        ["20103", "政府办公厅（室）及相关机构事务", 612.4, 540.1, 72.3],
        ["2010301", "行政运行", 540.1, 540.1, null],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 72.3, null, 72.3],
        ["208", "社会保障和就业支出", 96.52, 96.52, null],
        ["20805", "行政事业单位养老支出", 96.52, 96.52, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 64.35, 64.35, null],
        ["2080506", "机关事业单位职业年金缴费支出", 32.17, 32.17, null],
        ["210", "卫生健康支出", 38.6, 38.6, null],
        ["21011", "行政事业单位医疗", 38.6, 38.6, null],
        ["2101101", "行政单位医疗", 38.6, 38.6, null],
        ["213", "农林水支出", 258.9, 126.4, 159.5],
        ["21301", "农业农村", 212.4, 126.4, 86],
        ["2130104", "行政运行", 126.4, 126.4, null],
        ["2130199", "其他农业农村支出", 86, null, 86],
        ["21307", "农村综合改革", 73.5, null, 73.5],
        ["2130705", "对村民委员会和村党支部的补助", 73.5, null, 73.5],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "C3:E3"],
      numberFormats: { "C5:E22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 22,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" }, year: 2020,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C17", why: "213 农林水支出 合计 258.90; its 款 21301 212.40 + 21307 73.50 = 285.90 (27.00万元 apart; across the row 126.40 + 159.50 = 285.90 too, so the slip is reported once)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 1,033.42 = 612.40 + 96.52 + 38.60 + 285.90, 213 as its 款 give it (the office's own sum) = 801.62 + 231.80" },
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 801.62 = 540.10 + 96.52 + 38.60 + 126.40" },
      { rule: "execution.total-mismatch", cell: "E5", why: "项目支出 231.80 = 72.30 + 159.50" },
      { rule: "execution.total-mismatch", cell: "E17", why: "213 项目支出 159.50 = 86.00 + 73.50" },
      { rule: "execution.total-mismatch", cell: "C10", why: "208 96.52 = 64.35 + 32.17 through 20805" },
      { rule: "execution.overspent", why: "a budget alone: no spending column" },
      { rule: "execution.no-spending", why: "a budget, not an outcome; blank cells are budgeted nothing" },
      { rule: "input.unreadable-value", cell: "A6", why: "codes typed as text (201, 2010301) are the lines' codes, not money" },
    ],
  },
};
