import type { CorpusLayout } from "../types";

// 中关村科技园区丰台园社会事务服务中心 2022年度部门决算 (北京市丰台区, 2023-08): an institution of 20 posts whose income was all
// 财政拨款 (本年收入合计 2,371.75万元). Its 六、一般公共预算财政拨款支出决算表 laid out as the national form has it: 项目 over
// 科目编码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 codes as text.
export const layout: CorpusLayout = {
  id: "fengtai-park-2022-social-affairs-centre-gpb-expenditure",
  source: {
    title: "中关村科技园区丰台园社会事务服务中心2022年度部门决算（草案）— 六、一般公共预算财政拨款支出决算表",
    url: "http://www.bjft.gov.cn/ftq/ygw2022/202308/052d6ce0dcba4c6ea872eff56b715f60.shtml",
    publisher: "中关村科技园区丰台园社会事务服务中心",
    date: "2023-08",
    changes:
      "As published: the unit's name, the list of twelve tables with 六、一般公共预算财政拨款支出决算表, and the text's facts (成立于2000年1月, " +
      "事业编制20名, 财政补助; 本年收入合计2371.75万元, all 财政拨款). The tables themselves are an annex the stored page does not show: " +
      "the form follows the national 部门决算 form (项目 | 本年支出 合计 / 基本支出 / 项目支出, 栏次, 合计 first) and every line and figure " +
      "is ours. Planted: 合计's 本年支出 written 2,356.28 where its 类 add up to 2,365.28 (= 基本支出 1,120.46 + 项目支出 1,244.82).",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "blank-as-nothing", "institution", "wanyuan-caption", "notes-under-table", "beijing"],
  settings: { asOf: "2023-08-31" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2022年度", null, null, null, "公开06表"],
        ["部门：中关村科技园区丰台园社会事务服务中心", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 2356.28, 1120.46, 1244.82],
        ["208", "社会保障和就业支出", 168.52, 168.52, null],
        ["20805", "行政事业单位养老支出", 168.52, 168.52, null],
        ["2080502", "事业单位离退休", 12.3, 12.3, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 104.14, 104.14, null],
        ["2080506", "机关事业单位职业年金缴费支出", 52.08, 52.08, null],
        ["210", "卫生健康支出", 61.2, 61.2, null],
        ["21011", "行政事业单位医疗", 61.2, 61.2, null],
        ["2101102", "事业单位医疗", 61.2, 61.2, null],
        ["212", "城乡社区支出", 1989.6, 744.78, 1244.82],
        ["21201", "城乡社区管理事务", 1989.6, 744.78, 1244.82],
        ["2120104", "城管执法", 420.36, null, 420.36],
        ["2120199", "其他城乡社区管理事务支出", 1569.24, 744.78, 824.46],
        ["221", "住房保障支出", 145.96, 145.96, null],
        ["22102", "住房改革支出", 145.96, 145.96, null],
        ["2210201", "住房公积金", 100.2, 100.2, null],
        ["2210202", "提租补贴", 45.76, 45.76, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:D3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A24:E24"],
      numberFormats: { "C7:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 本年支出 2,356.28; its 类 give 168.52 + 61.20 + 1,989.60 + 145.96 = 2,365.28, as do its own parts 1,120.46 + 1,244.82 (9.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 1,120.46 = 168.52 + 61.20 + 744.78 + 145.96" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 1,244.82 = 212's 1,244.82 (the other 类 have none)" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20805 168.52 = 12.30 + 104.14 + 52.08" },
      { rule: "execution.total-mismatch", cell: "C17", why: "21201 1,989.60 = 420.36 + 1,569.24; 2120199 1,569.24 = 744.78 + 824.46 across" },
      { rule: "execution.total-mismatch", cell: "C21", why: "22102 145.96 = 100.20 + 45.76" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2, 3) numbers the columns" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.behind-schedule", why: "no budget column: no rate to fall behind" },
      { rule: "execution.no-spending", why: "blank 项目支出 cells mean nothing, and there is no budget" },
    ],
  },
};
