import type { CorpusLayout } from "../types";

// 柳城县人民政府办公室 (柳州, 广西) 2023年度部门决算, 表五 一般公共预算财政拨款支出决算表: 科目编码 / 科目名称 against
// 本年支出 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 of 201, 208, 210 and 221.
export const layout: CorpusLayout = {
  id: "liucheng-2023-county-office-gpb-expenditure-accounts",
  source: {
    title: "柳城县人民政府办公室柳城县2023年度部门决算公开（第二部分 表五：一般公共预算财政拨款支出决算表）",
    url: "http://liucheng.gov.cn/xxgk/fdzdgknr/yjsgkpt/bmjs/bmjs2023/t19700101_3534229.shtml",
    publisher: "柳城县人民政府办公室",
    date: "2024-09",
    changes:
      "The stored copy shows the notice's contents (表一 to 表九, 表五: 一般公共预算财政拨款支出决算表) but not the table's body; the body " +
      "follows the national 部门决算 template for that table (科目编码 | 科目名称 | 本年支出：合计 | 基本支出 | 项目支出, 栏次 1–3, 合计 first). " +
      "The 科目 are those a county government office reports (201 03 政府办公厅（室）及相关机构事务, 208 05, 210 11, 221 02); the amounts " +
      "are ours. Planted: the 合计 row's 基本支出 written 1,047.36 where the four 类 add up to 1,047.63 (and 1,186.23 − 138.60 = 1,047.63).",
  },
  classes: [
    "execution", "final-accounts", "national-template", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "two-header-rows",
    "column-number-row", "total-row-first", "blank-as-nothing", "county-government-office", "wanyuan-caption", "notes-under-table", "guangxi",
  ],
  sheets: [
    {
      name: "表五",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2023年度", null, null, null, "公开05表"],
        ["部门：柳城县人民政府办公室", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1186.23, 1047.36, 138.6],
        ["201", "一般公共服务支出", 937.37, 798.77, 138.6],
        ["20103", "政府办公厅（室）及相关机构事务", 937.37, 798.77, 138.6],
        ["2010301", "行政运行", 586.42, 586.42, null],
        ["2010302", "一般行政管理事务", 138.6, null, 138.6],
        ["2010350", "事业运行", 212.35, 212.35, null],
        ["208", "社会保障和就业支出", 129.04, 129.04, null],
        ["20805", "行政事业单位养老支出", 129.04, 129.04, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 92.16, 92.16, null],
        ["2080506", "机关事业单位职业年金缴费支出", 36.88, 36.88, null],
        ["210", "卫生健康支出", 48.3, 48.3, null],
        ["21011", "行政事业单位医疗", 48.3, 48.3, null],
        ["2101101", "行政单位医疗", 48.3, 48.3, null],
        ["221", "住房保障支出", 71.52, 71.52, null],
        ["22102", "住房改革支出", 71.52, 71.52, null],
        ["2210201", "住房公积金", 71.52, 71.52, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A23:E23"],
      numberFormats: { "C7:E22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表五",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D7",
        why: "合计's 基本支出 written 1,047.36; the 类 add up to 798.77 + 129.04 + 48.30 + 71.52 = 1,047.63, and 合计 1,186.23 − 项目支出 138.60 = 1,047.63: 0.27万元 short",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "937.37 + 129.04 + 48.30 + 71.52 = 1,186.23, as written" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 is 138.60 in 201 alone" },
      { rule: "execution.total-mismatch", cell: "C9", why: "586.42 + 138.60 + 212.35 = 937.37; the 类 201 is not added to its 款 and 项" },
      { rule: "execution.total-mismatch", cell: "C14", why: "92.16 + 36.88 = 129.04" },
      { rule: "execution.total-mismatch", cell: "C11", why: "a blank 基本支出 is nothing: 0 + 138.60 = 138.60" },
      { rule: "execution.overspent", why: "a final-accounts table of spending alone states no budget" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; the 栏次 1–3 are column numbers" },
      { rule: "execution.no-spending", why: "no budget is stated, and every line has spent" },
      { rule: "input.unreadable-value", why: "the 科目编码 are codes written as text, 公开05表 and the note are captions" },
    ],
  },
};
