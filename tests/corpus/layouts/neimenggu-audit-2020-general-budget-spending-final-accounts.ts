import type { CorpusLayout } from "../types";

// 内蒙古自治区审计厅2020年度决算公开报告 (2021-08-30): the stored copy holds the report's table list (五、一般公共预算财政拨款支出决算表)
// and its prose. Laid out as the 自治区 form of that table: 科目编码 | 科目名称 under 项目, 本年支出 合计 | 基本支出 | 项目支出, a 栏次 row,
// 合计 first, 类 / 款 / 项 down the page. Figures ours.
export const layout: CorpusLayout = {
  id: "neimenggu-audit-2020-general-budget-spending-final-accounts",
  source: {
    title: "内蒙古自治区审计厅2020年度决算公开报告（五、一般公共预算财政拨款支出决算表；表为拟）",
    url: "http://audit.nmg.gov.cn/zfxxgk/fdzdgknr/yjsgk/202108/t20210830_1861152.html",
    publisher: "内蒙古自治区审计厅",
    date: "2021-08-30",
    changes:
      "As published: the department's 2020 决算 report and its table list; the tables are not in the stored copy. The form and the 科目 (201 08 审计事务, 208 05, 210 11, 221 02) follow the usual " +
      "自治区 department table; all figures ours. Planted: the 类 208 社会保障和就业支出 合计 typed 536.30 where its 款 and its 基本支出 give 563.30; the 合计 row's 项目支出 typed 1443.15 (lines 1434.15).",
  },
  classes: ["execution", "final-accounts", "functional-classification", "class-item-rows", "code-and-name-columns", "basic-and-project-columns", "row-total-column", "column-number-row", "table-number-label", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "province-department", "neimenggu"],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：内蒙古自治区审计厅", null, "2020年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 6450.38, 5016.23, 1443.15],
        ["201", "一般公共服务支出", 5331.78, 3897.63, 1434.15],
        ["20108", "审计事务", 5331.78, 3897.63, 1434.15],
        ["2010801", "行政运行", 3215.46, 3215.46, 0],
        ["2010802", "一般行政管理事务", 186.3, 0, 186.3],
        ["2010804", "审计业务", 1247.85, 0, 1247.85],
        ["2010850", "事业运行", 682.17, 682.17, 0],
        ["208", "社会保障和就业支出", 536.3, 563.3, 0],
        ["20805", "行政事业单位养老支出", 563.3, 563.3, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 402.36, 402.36, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 160.94, 160.94, 0],
        ["210", "卫生健康支出", 236.58, 236.58, 0],
        ["21011", "行政事业单位医疗", 236.58, 236.58, 0],
        ["2101101", "行政单位医疗", 236.58, 236.58, 0],
        ["221", "住房保障支出", 318.72, 318.72, 0],
        ["22102", "住房改革支出", 318.72, 318.72, 0],
        ["2210201", "住房公积金", 318.72, 318.72, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A24:E24"],
      numberFormats: { "C7:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开05表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 23, columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C14", why: "类 208 合计 536.30, but its 款 20805 is 563.30 (and 基本 563.30 + 项目 0.00 = 563.30): 27.00万元 short; the 合计 row adds 208 as its 款 give it (5331.78 + 563.30 + 236.58 + 318.72 = 6450.38), so reported once, here" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 合计 1443.15 where the 类 give 1434.15 + 0 + 0 + 0 = 1434.15: 9.00万元 over (and 5016.23 + 1443.15 = 6459.38 ≠ 6450.38 across the row)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "6450.38 = 5331.78 + 563.30 + 236.58 + 318.72 with 208 as its 款 give it, and = 5016.23 + 1434.15" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 3897.63 + 563.30 + 236.58 + 318.72 = 5016.23" },
      { rule: "execution.total-mismatch", cell: "C9", why: "审计事务 3215.46 + 186.30 + 1247.85 + 682.17 = 5331.78" },
      { rule: "execution.total-mismatch", cell: "C15", why: "20805: 402.36 + 160.94 = 563.30" },
      { rule: "execution.no-spending", why: "a final account with no budget column: nothing is measured against a budget" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–3 are column numbers" },
      { rule: "input.unreadable-value", cell: "E2", why: "公开05表 is the table's number" },
    ],
  },
};
