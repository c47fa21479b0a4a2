import type { CorpusLayout } from "../types";

// 银川市西夏区自然资源局 2019年部门决算 (2020-09-16), 第二部分 五、一般公共预算财政拨款支出决算表 on the 2019 template: 项目 over
// 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 by code length.
export const layout: CorpusLayout = {
  id: "xixia-natural-resources-2019-gpb-expenditure-final-accounts",
  source: {
    title: "银川市西夏区自然资源局2019年部门决算（第二部分 五、一般公共预算财政拨款支出决算表）",
    url: "http://ycxixia.gov.cn/zwgk/bmxxgkmn/xxqlyhptcyj/fdzdgknr_48521/yjsgk_48871/bmjs/202009/t20200916_2234226.html",
    publisher: "银川市西夏区自然资源局",
    date: "2020-09-16",
    changes:
      "The stored copy shows the contents (第二部分 2019年度部门决算表 一 … 五、一般公共预算财政拨款支出决算表 …) and the bureau's duties, not the " +
      "tables' bodies. The table follows the 2019 final-accounts template (公开05表); the lines kept (自然资源事务, 养老, 医疗, 住房公积金) and every " +
      "figure are ours. Nothing is planted: every 类 adds its 款, every 款 its 项, every row 基本 + 项目, and the 合计 its 类.",
  },
  classes: ["clean", "execution", "final-accounts", "two-header-rows", "merged-headings", "total-row-first", "column-number-row", "class-item-subitem", "codes-column", "basic-and-project", "zero-cells", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-department", "ningxia"],
  settings: { district: "银川市西夏区" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        [null, null, null, null, "公开05表"],
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["部门：银川市西夏区自然资源局", null, "2019年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 555.11, 363.95, 191.16],
        ["220", "自然资源海洋气象等支出", 477.61, 286.45, 191.16],
        ["22001", "自然资源事务", 477.61, 286.45, 191.16],
        ["2200101", "行政运行", 286.45, 286.45, 0],
        ["2200104", "自然资源规划及管理", 132.8, 0, 132.8],
        ["2200199", "其他自然资源事务支出", 58.36, 0, 58.36],
        ["208", "社会保障和就业支出", 34.72, 34.72, 0],
        ["20805", "行政事业单位养老支出", 34.72, 34.72, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 34.72, 34.72, 0],
        ["210", "卫生健康支出", 16.85, 16.85, 0],
        ["21011", "行政事业单位医疗", 16.85, 16.85, 0],
        ["2101101", "行政单位医疗", 16.85, 16.85, 0],
        ["221", "住房保障支出", 25.93, 25.93, 0],
        ["22102", "住房改革支出", 25.93, 25.93, 0],
        ["2210201", "住房公积金", 25.93, 25.93, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A2:E2", "A4:B4", "C4:E4", "A6:B6", "A22:E22"],
      numberFormats: { "C7:E21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2019,
      },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 477.61 + 34.72 + 16.85 + 25.93 = 555.11, and 363.95 + 191.16 = 555.11 across" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 286.45 + 34.72 + 16.85 + 25.93 = 363.95" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 132.80 + 58.36 = 191.16" },
      { rule: "execution.total-mismatch", cell: "C9", why: "22001: 286.45 + 132.80 + 58.36 = 477.61" },
      { rule: "execution.total-mismatch", cell: "C8", why: "220 = its one 款 22001" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1 | 2 | 3 number the columns" },
      { rule: "execution.no-spending", why: "a spending-only table: zeros under 基本 or 项目 are no budget unspent" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "A3", why: "the 部门 line and the note are text" },
    ],
  },
};
