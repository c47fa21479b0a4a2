import type { CorpusLayout } from "../types";

// 乌鲁木齐市新市区人民代表大会常务委员会 2020年度部门决算公开说明: 第四部分 部门决算报表 五、《一般公共预算财政拨款支出决算表》, the national
// form by 科目编码 | 科目名称 with 本年支出 小计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 rows, the form's note under it.
export const layout: CorpusLayout = {
  id: "xinshi-urumqi-2020-npc-standing-committee-gpb-expenditure",
  source: {
    title: "乌鲁木齐市新市区人民代表大会常务委员会2020年度部门决算公开说明（第四部分 五、一般公共预算财政拨款支出决算表）",
    url: "http://uhdz.gov.cn/zfxxgk/fdzdgknr/czxx/yjsgk/gxqxsqhzdwyjgs/xsqrd/content_11851",
    publisher: "乌鲁木齐高新区（新市区）财政局（发布）",
    date: "2021-09-20",
    changes:
      "The stored copy gives the 决算's contents (nine report tables by name, 五、《一般公共预算财政拨款支出决算表》 among them) and the standing " +
      "committee's duties; the table body is not shown (见附表). Laid out as the 2020 national form prints it (公开05表; 项目 over 科目编码 | 科目名称, " +
      "本年支出 over 小计 | 基本支出 | 项目支出, 栏次, 合计 first, 类 / 款 / 项 rows, the form's note). Subject lines fit a people's congress " +
      "(人大事务: 行政运行, 人大会议, 代表工作); every figure is ours. Planted: 款 20101 人大事务's 小计 typed 379.41 where its 项 lines give " +
      "312.46 + 48.20 + 36.75 = 397.41 (and its own row 312.46 + 84.95 = 397.41); the 类 201 above states 397.41, as its lines give.",
  },
  classes: [
    "execution", "final-accounts", "department-final-account", "subject-codes", "class-section-item-outline", "basic-and-project-split",
    "column-number-row", "total-row-first", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "section-slip", "table-not-in-stored-copy", "district-department", "xinjiang",
  ],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 40, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：乌鲁木齐市新市区人民代表大会常务委员会", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 480.07, 395.12, 84.95],
        ["201", "一般公共服务支出", 397.41, 312.46, 84.95],
        ["20101", "人大事务", 379.41, 312.46, 84.95],
        ["2010101", "行政运行", 312.46, 312.46, 0],
        ["2010104", "人大会议", 48.2, 0, 48.2],
        ["2010108", "代表工作", 36.75, 0, 36.75],
        ["208", "社会保障和就业支出", 38.64, 38.64, 0],
        ["20805", "行政事业单位养老支出", 38.64, 38.64, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 38.64, 38.64, 0],
        ["210", "卫生健康支出", 17.92, 17.92, 0],
        ["21011", "行政事业单位医疗", 17.92, 17.92, 0],
        ["2101101", "行政单位医疗", 17.92, 17.92, 0],
        ["221", "住房保障支出", 26.1, 26.1, 0],
        ["22102", "住房改革支出", 26.1, 26.1, 0],
        ["2210201", "住房公积金", 26.1, 26.1, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A22:E22"],
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
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "公开05表", cell: "C9", why: "款 20101 人大事务 小计 379.41; its 项 lines 312.46 + 48.20 + 36.75 = 397.41, its own row 312.46 + 84.95 = 397.41 (18.00 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "公开05表", cell: "C8", why: "类 201's 397.41 agrees with its 项 lines; the slip is the 款's, reported once" },
      { rule: "execution.total-mismatch", sheet: "公开05表", cell: "C7", why: "合计 480.07 = 397.41 + 38.64 + 17.92 + 26.10" },
      { rule: "execution.total-mismatch", sheet: "公开05表", cell: "D7", why: "基本支出 395.12 = 312.46 + 38.64 + 17.92 + 26.10" },
      { rule: "execution.no-spending", why: "a final account with no budget column: nothing is unspent" },
      { rule: "execution.overspent", why: "no budget column" },
    ],
  },
};
