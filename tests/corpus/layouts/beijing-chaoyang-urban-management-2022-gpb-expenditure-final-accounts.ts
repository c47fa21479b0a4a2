import type { CorpusLayout } from "../types";

// 北京市朝阳区城市管理委员会 2022年度部门决算: 第一部分 报表 六、一般公共预算财政拨款支出决算表. The stored page lists the twelve tables and
// the 说明 (16 内设机构, 4 事业单位); the table — 科目编码 | 科目名称 | 本年支出 (合计 | 基本支出 | 项目支出), 栏次 row, 合计 first, 类 / 款 / 项 codes
// as text — is laid out on the Beijing form with figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-chaoyang-urban-management-2022-gpb-expenditure-final-accounts",
  source: {
    title: "北京市朝阳区城市管理委员会2022年度部门决算（六、一般公共预算财政拨款支出决算表；表据目录拟）",
    url: "http://www.bjchy.gov.cn/affair/depczyjs/4028805a8a64745f018a873f6238138f.html",
    publisher: "北京市朝阳区城市管理委员会",
    date: "2023",
    changes:
      "As published: the 2022 决算 with its twelve tables listed (六、一般公共预算财政拨款支出决算表 among them) and the committee's offices and duties " +
      "(环境卫生, 市政公用, 城管 coordination); the tables are in an annex the stored copy does not show (table-not-in-stored-copy). Ours: the form's " +
      "layout (科目编码 | 科目名称 | 本年支出 over 合计 | 基本支出 | 项目支出, 栏次, 合计 first), the 类 / 款 / 项 chosen for such a committee, the " +
      "公开06表 label, the note and all figures. Planted: the 合计 row's 合计 typed 27,096.82 where both its 类 (468.72 + 186.55 + 26,179.15 + 235.40) and " +
      "its halves (3,736.99 + 23,332.83) give 27,069.82.",
  },
  classes: [
    "execution", "final-accounts", "spending-only", "basic-and-project-split", "functional-codes", "codes-as-text", "class-section-item-levels",
    "total-row-first", "column-number-row", "merged-header-over-three", "two-header-rows", "form-label", "two-decimal-wanyuan", "wanyuan-caption",
    "year-in-caption", "blank-for-nothing", "notes-under-table", "table-not-in-stored-copy", "district-department", "beijing",
  ],
  settings: { district: "北京市朝阳区" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        [null, null, null, null, "公开06表"],
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：北京市朝阳区城市管理委员会", null, "2022年度", null, "单位：万元"],
        ["科目编码", "科目名称", "本年支出", null, null],
        [null, null, "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 27096.82, 3736.99, 23332.83],
        ["208", "社会保障和就业支出", 468.72, 468.72, null],
        ["20805", "行政事业单位养老支出", 468.72, 468.72, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 312.48, 312.48, null],
        ["2080506", "机关事业单位职业年金缴费支出", 156.24, 156.24, null],
        ["210", "卫生健康支出", 186.55, 186.55, null],
        ["21011", "行政事业单位医疗", 186.55, 186.55, null],
        ["2101101", "行政单位医疗", 186.55, 186.55, null],
        ["212", "城乡社区支出", 26179.15, 2846.32, 23332.83],
        ["21201", "城乡社区管理事务", 7543.88, 2846.32, 4697.56],
        ["2120101", "行政运行", 2846.32, 2846.32, null],
        ["2120104", "城管执法", 1215.4, null, 1215.4],
        ["2120199", "其他城乡社区管理事务支出", 3482.16, null, 3482.16],
        ["21205", "城乡社区环境卫生", 18635.27, null, 18635.27],
        ["2120501", "城乡社区环境卫生", 18635.27, null, 18635.27],
        ["221", "住房保障支出", 235.4, 235.4, null],
        ["22102", "住房改革支出", 235.4, 235.4, null],
        ["2210201", "住房公积金", 235.4, 235.4, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A2:E2", "A4:A5", "B4:B5", "C4:E4", "A6:B6", "A7:B7", "A25:E25"],
      numberFormats: { "C7:E24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 27,096.82; its 类 468.72 + 186.55 + 26,179.15 + 235.40 = 27,069.82, as are 3,736.99 + 23,332.83: 27.00 over (digits transposed)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 468.72 + 186.55 + 2,846.32 + 235.40 = 3,736.99" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 23,332.83 = 212's, the only 项目支出" },
      { rule: "execution.total-mismatch", cell: "C15", why: "212 城乡社区支出 26,179.15 = 7,543.88 + 18,635.27 = 2,846.32 + 23,332.83" },
      { rule: "execution.total-mismatch", cell: "C16", why: "21201 7,543.88 = 2,846.32 + 1,215.40 + 3,482.16 = 2,846.32 + 4,697.56" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20805 468.72 = 312.48 + 156.24" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1 | 2 | 3) numbers the columns" },
      { rule: "execution.no-spending", why: "blank cells are nothing, on a table with no budget column" },
      { rule: "execution.overspent", why: "no budget column: nothing to overspend" },
      { rule: "input.unreadable-value", cell: "E1", why: "公开06表 is the form's label" },
    ],
  },
};
