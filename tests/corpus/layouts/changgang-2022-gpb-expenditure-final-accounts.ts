import type { CorpusLayout } from "../types";

// 兴国县长冈乡人民政府 2022年度部门决算 (2023-10), 第二部分 五、一般公共预算财政拨款支出决算表: 项目 (科目编码 | 科目名称) over 本年支出
// (小计 | 基本支出 | 项目支出), 栏次 1–3, 合计 first, 类 / 款 / 项 rows each carrying figures, the 公开05表 label and the form's note.
export const layout: CorpusLayout = {
  id: "changgang-2022-gpb-expenditure-final-accounts",
  source: {
    title: "长冈乡人民政府2022年度部门决算（五、一般公共预算财政拨款支出决算表）",
    url: "http://www.xingguo.gov.cn/xgxxxgk/xg9616t/202310/a95769bc09ab489ca0e7bdf3911acc98.shtml",
    publisher: "兴国县长冈乡人民政府",
    date: "2023-10",
    changes:
      "As published: the township, the year, the table's number and name in the 决算's contents. The stored copy shows the contents and duties, not the " +
      "tables: the rows follow the national 公开05表 (科目编码 | 科目名称 | 小计 | 基本支出 | 项目支出), the subject lines a township government carries, " +
      "every figure ours. Planted: 21301 农业农村's 小计 typed 86.24 (58.64 + 24.00 = 82.64); the 类 row 213 and the 合计 add its 项 lines.",
  },
  classes: ["execution", "final-accounts", "department-final-account", "subject-codes", "class-section-item-outline", "basic-and-project-split", "column-number-row", "total-row-first", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "table-number-label", "notes-under-table", "section-row-slip", "table-not-in-stored-copy", "town-government", "jiangxi"],
  settings: { district: "兴国县" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["编制单位：兴国县长冈乡人民政府", null, "2022年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 650.05, 505.35, 144.7],
        ["201", "一般公共服务支出", 377.18, 377.18, 0],
        ["20101", "人大事务", 18.42, 18.42, 0],
        ["2010101", "行政运行", 18.42, 18.42, 0],
        ["20103", "政府办公厅（室）及相关机构事务", 358.76, 358.76, 0],
        ["2010301", "行政运行", 312.56, 312.56, 0],
        ["2010350", "事业运行", 46.2, 46.2, 0],
        ["208", "社会保障和就业支出", 49.15, 42.35, 6.8],
        ["20805", "行政事业单位养老支出", 42.35, 42.35, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 42.35, 42.35, 0],
        ["20808", "抚恤", 6.8, 0, 6.8],
        ["2080801", "死亡抚恤", 6.8, 0, 6.8],
        ["213", "农林水支出", 196.54, 58.64, 137.9],
        ["21301", "农业农村", 86.24, 58.64, 24],
        ["2130104", "事业运行", 58.64, 58.64, 0],
        ["2130199", "其他农业农村支出", 24, 0, 24],
        ["21305", "巩固脱贫攻坚成果衔接乡村振兴", 65.3, 0, 65.3],
        ["2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出", 65.3, 0, 65.3],
        ["21307", "农村综合改革", 48.6, 0, 48.6],
        ["2130705", "对村民委员会和村党支部的补助", 48.6, 0, 48.6],
        ["221", "住房保障支出", 27.18, 27.18, 0],
        ["22102", "住房改革支出", 27.18, 27.18, 0],
        ["2210201", "住房公积金", 27.18, 27.18, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A30:E30"],
      numberFormats: { "C7:E29": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开05表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 29, columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C20", why: "21301 农业农村 小计 86.24 where 基本 58.64 + 项目 24.00 = 82.64 (and its 项 lines 2130104 58.64 + 2130199 24.00 = 82.64): 3.60万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C19", why: "农林水支出 196.54 = its 项 lines 58.64 + 24.00 + 65.30 + 48.60: the 款 row's slip is reported once, at C20" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 650.05 = 377.18 + 49.15 + 196.54 + 27.18, and = 505.35 + 144.70 across" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 505.35 = 18.42 + 312.56 + 46.20 + 42.35 + 58.64 + 27.18" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 144.70 = 6.80 + 24.00 + 65.30 + 48.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "一般公共服务支出 377.18 = 18.42 + 358.76; 类 and 款 rows repeat their lines, not added twice" },
      { rule: "input.unreadable-value", cell: "C6", why: "栏次 1 / 2 / 3 is a column-number row, not figures" },
      { rule: "execution.no-spending", why: "a final account with no budget column: no spending status; 0 in a split column is the other half's money" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
