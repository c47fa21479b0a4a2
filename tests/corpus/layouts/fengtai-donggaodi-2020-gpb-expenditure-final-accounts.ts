import type { CorpusLayout } from "../types";

// 北京 丰台区东高地街道办事处2020年度部门决算, 表五 一般公共预算财政拨款支出决算表 in the district's form with a budget beside the
// spending: 项目 (科目编码 | 科目名称) | 全年预算数 | 本年支出 (合计 | 基本支出 | 项目支出) under two header rows, a 栏次 row, the
// 合计 first, then 类 / 款 / 项 by their codes; the form's note under the table.
export const layout: CorpusLayout = {
  id: "fengtai-donggaodi-2020-gpb-expenditure-final-accounts",
  source: {
    title: "北京市丰台区人民政府东高地街道办事处2020年度部门决算（草案）— 五、一般公共预算财政拨款支出决算表",
    url: "http://www.bjft.gov.cn/ftq/dgdjd2020/202109/a0aa135e5d0f4bb7b6281ef2c613c30e.shtml",
    publisher: "北京市丰台区人民政府东高地街道办事处",
    date: "2021-09-01",
    changes:
      "The stored page gives the list of tables (报表详见附件) and the office's structure, not the table body: the form's headings " +
      "(with a 全年预算数 column beside 本年支出), 栏次 row and note follow the district's 2020 forms; the 科目 rows chosen and every figure " +
      "are ours. Planted: 合计 基本支出 typed 2,401.55 where the 类 give 2,410.55; 2010399 其他政府办公厅（室）及相关机构事务支出 spent " +
      "215.00 of 170.00; 2120104 城管执法 budgeted 20.00 and spent nothing.",
  },
  classes: ["execution", "final-accounts", "budget-beside-spending", "functional-classification", "lei-kuan-xiang", "two-header-rows", "column-number-row", "total-row-first", "notes-under-table", "street-office", "beijing"],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 14, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null, null],
        ["2020年度", null, null, null, null, "公开05表"],
        ["部门：北京市丰台区人民政府东高地街道办事处", null, null, null, null, "金额单位：万元"],
        ["项目", null, "全年预算数", "本年支出", null, null],
        ["科目编码", "科目名称", null, "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3, 4],
        ["合计", null, 3420, 3345.47, 2401.55, 934.92],
        ["201", "一般公共服务支出", 1950, 1917.15, 1702.15, 215],
        ["20103", "政府办公厅（室）及相关机构事务", 1950, 1917.15, 1702.15, 215],
        ["2010301", "行政运行", 1780, 1702.15, 1702.15, null],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 170, 215, null, 215],
        ["208", "社会保障和就业支出", 405, 398.6, 398.6, null],
        ["20805", "行政事业单位养老支出", 405, 398.6, 398.6, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 270, 265.73, 265.73, null],
        ["2080506", "机关事业单位职业年金缴费支出", 135, 132.87, 132.87, null],
        ["210", "卫生健康支出", 145, 142.3, 142.3, null],
        ["21011", "行政事业单位医疗", 145, 142.3, 142.3, null],
        ["2101101", "行政单位医疗", 100, 98.42, 98.42, null],
        ["2101102", "事业单位医疗", 45, 43.88, 43.88, null],
        ["212", "城乡社区支出", 750, 719.92, null, 719.92],
        ["21201", "城乡社区管理事务", 750, 719.92, null, 719.92],
        ["2120104", "城管执法", 20, 0, null, 0],
        ["2120199", "其他城乡社区管理事务支出", 730, 719.92, null, 719.92],
        ["221", "住房保障支出", 170, 167.5, 167.5, null],
        ["22102", "住房改革支出", 170, 167.5, 167.5, null],
        ["2210201", "住房公积金", 170, 167.5, 167.5, null],
        ["注：本表反映部门本年度一般公共预算财政拨款的预算及实际支出情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:E2", "A3:E3", "A4:B4", "C4:C5", "D4:F4", "A6:B6", "A7:B7", "A27:F27"],
      numberFormats: { "C7:F26": "#,##0.00" },
    },
  ],
  settings: { district: "北京市丰台区" },
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "code", B: "line", C: "adjustedBudget", D: "actual", E: "actual:基本支出", F: "actual:项目支出" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 基本支出 2,401.55; the 类 give 1,702.15 + 398.60 + 142.30 + 167.50 = 2,410.55 (9.00万元 apart)" },
      { rule: "execution.overspent", cell: "D11", why: "2010399 spent 215.00 of a 170.00 budget (126.47%)" },
      { rule: "execution.no-spending", cell: "D22", why: "2120104 城管执法 budgeted 20.00, spent 0.00 by the end of 2020" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 3,345.47 = 1,917.15 + 398.60 + 142.30 + 719.92 + 167.50, and = its own 基本 2,410.55 + 项目 934.92 as the 类 give them (a total row's parts are checked by column)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "全年预算数 3,420.00 = 1,950 + 405 + 145 + 750 + 170" },
      { rule: "execution.overspent", cell: "D9", why: "20103 spent 1,917.15 of 1,950.00: the 项's overspending is offset inside the 款" },
      { rule: "execution.behind-schedule", cell: "D10", why: "行政运行 1,702.15 / 1,780.00 = 95.63%, 4.37 points under 100%: within 5" },
      { rule: "execution.behind-schedule", cell: "D21", why: "21201 719.92 / 750.00 = 95.99%: within 5 points" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row numbers the columns" },
      { rule: "input.unreadable-value", why: "blank 基本支出 / 项目支出 cells mean nothing" },
    ],
  },
};
