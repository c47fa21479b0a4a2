import type { CorpusLayout } from "../types";

// 重庆市城口县财政预算评审中心 2022年度部门决算: 收入决算表 — income by function code across its sources (本年收入合计 | 财政拨款收入 |
// 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入), 项目 over 科目编码 | 科目名称, a 栏次 row, 合计 first, most sources empty.
export const layout: CorpusLayout = {
  id: "chengkou-2022-budget-review-centre-income-final-accounts",
  source: {
    title: "重庆市城口县财政预算评审中心2022年度部门决算情况说明（收入决算表）",
    url: "http://cqck.gov.cn/zwgk_270/fdzdgknr/ysjs/jsgk/bmjs/202311/t20231120_12578145_wap.html",
    publisher: "重庆市城口县财政预算评审中心",
    date: "2023-11-20",
    changes:
      "As published in the text: 收入合计 388.51万元, of which 财政拨款收入 386.16 and 其他收入 2.35 (the centre reviews budgets and final " +
      "accounts of the county's investment projects). The stored page is the explanation, not the table body; the layout is the 部门决算 " +
      "收入决算表 (项目 | 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入, 栏次 1–7, 合计 first, " +
      "金额单位：万元). The function lines and their amounts are ours and add up to the published totals. Planted: the 合计 row's 本年收入合计 " +
      "written 388.15 (digits swapped) where its 类 add up to the published 388.51.",
  },
  classes: ["execution", "final-accounts", "income-by-source", "function-codes-whole", "empty-columns", "blank-as-nothing", "merged-header-over-two", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "county-agency", "chongqing"],
  settings: { asOf: "2022-12-31" },
  sheets: [
    {
      name: "收入决算表",
      widths: [12, 30, 14, 14, 12, 10, 10, 14, 10],
      rows: [
        ["收入决算表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "表2"],
        ["部门：重庆市城口县财政预算评审中心", null, null, "2022年度", null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", null, null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, 388.15, 386.16, null, null, null, null, 2.35],
        ["201", "一般公共服务支出", 306.17, 303.82, null, null, null, null, 2.35],
        ["20106", "财政事务", 306.17, 303.82, null, null, null, null, 2.35],
        ["2010601", "行政运行", 198.4, 196.05, null, null, null, null, 2.35],
        ["2010699", "其他财政事务支出", 107.77, 107.77, null, null, null, null, null],
        ["208", "社会保障和就业支出", 40.26, 40.26, null, null, null, null, null],
        ["20805", "行政事业单位养老支出", 40.26, 40.26, null, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 27.18, 27.18, null, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 13.08, 13.08, null, null, null, null, null],
        ["210", "卫生健康支出", 17.96, 17.96, null, null, null, null, null],
        ["21011", "行政事业单位医疗", 17.96, 17.96, null, null, null, null, null],
        ["2101101", "行政单位医疗", 17.96, 17.96, null, null, null, null, null],
        ["221", "住房保障支出", 24.12, 24.12, null, null, null, null, null],
        ["22102", "住房改革支出", 24.12, 24.12, null, null, null, null, null],
        ["2210201", "住房公积金", 24.12, 24.12, null, null, null, null, null],
        ["注：本表反映部门本年度取得的各项收入情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:C3", "D3:H3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "A6:B6", "A7:B7", "A22:I22"],
      numberFormats: { "C7:I21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { A: "code", B: "line", C: "actual", D: "actual:财政拨款收入", I: "actual:其他收入" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "本年收入合计 388.15; its 类 add up to 306.17 + 40.26 + 17.96 + 24.12 = 388.51 (0.36万元 short; the text publishes 388.51)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "财政拨款收入 386.16 = 303.82 + 40.26 + 17.96 + 24.12; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "I7", why: "其他收入 2.35 = 201's 2.35" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20106: 198.40 + 107.77 = 306.17; 财政拨款 196.05 + 107.77 = 303.82" },
      { rule: "execution.total-mismatch", cell: "C10", why: "2010601: 196.05 + 2.35 = 198.40" },
      { rule: "execution.total-mismatch", cell: "C13", why: "20805: 27.18 + 13.08 = 40.26" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–7 numbers the columns; it is no row of money" },
      { rule: "execution.overspent", why: "an income table has no budget and no spending" },
      { rule: "execution.no-spending", why: "no budget column: the empty sources are nothing" },
      { rule: "input.unreadable-value", why: "empty cells mean nothing; the codes are classification codes written as text; the year, the captions and the note are text" },
    ],
  },
};
