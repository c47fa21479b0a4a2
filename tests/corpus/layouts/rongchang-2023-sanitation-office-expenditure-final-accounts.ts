import type { CorpusLayout } from "../types";

// 荣昌区市政环卫管理所 (重庆) 2023: the unit's 支出决算表 — spending by functional class (类 / 款 / 项 codes) split into 基本支出 and
// 项目支出, with a 栏次 row under the headings and the whole on top.
export const layout: CorpusLayout = {
  id: "rongchang-2023-sanitation-office-expenditure-final-accounts",
  source: {
    title: "重庆市荣昌区市政环卫管理所2023年度决算公开报告（支出决算表）",
    url: "http://rongchang.gov.cn/bm/qcgj/zwgk_70831/fdzdgknr_70834/ysjs/jsgk/202410/t20241009_13689260.html",
    publisher: "荣昌区城市管理局",
    date: "2024-10-09",
    changes:
      "The report's text gives 收入总计 / 支出总计 2,043.32万元 and 收入合计 2,028.05万元; the tables themselves are not in the stored copy. The " +
      "支出决算表 is laid out as the standard 部门决算 form (公开03表, 部门 line, 项目 over 科目编码 / 科目名称, 栏次 row, 合计 on top); its lines " +
      "and figures are ours, chosen so that 本年支出合计 2,036.58 plus 年末结转 6.74 would give the published 2,043.32. Planted: the 合计 row's " +
      "项目支出 is typed 745.21 where the one project line is 754.21 — the column's foot is wrong (a total row's parts are checked by column " +
      "only, docs/rules.md, so its 本年支出合计 2,036.58, which agrees with its column, is not expected as a second finding).",
  },
  classes: ["execution", "final-accounts", "function-codes", "code-hierarchy", "column-number-row", "basic-project-split", "wanyuan-caption", "chongqing"],
  sheets: [
    {
      name: "支出决算表",
      widths: [14, 36, 16, 14, 14],
      rows: [
        ["重庆市荣昌区市政环卫管理所2023年度支出决算表", null, null, null, null],
        [null, null, null, null, "公开03表"],
        ["部门：重庆市荣昌区市政环卫管理所", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出"],
        ["功能分类科目编码", "科目名称", null, null, null],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 2036.58, 1282.37, 745.21],
        ["208", "社会保障和就业支出", 137.84, 137.84, null],
        ["20805", "行政事业单位养老支出", 137.84, 137.84, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 98.46, 98.46, null],
        ["2080506", "机关事业单位职业年金缴费支出", 39.38, 39.38, null],
        ["210", "卫生健康支出", 52.17, 52.17, null],
        ["21011", "行政事业单位医疗", 52.17, 52.17, null],
        ["2101102", "事业单位医疗", 52.17, 52.17, null],
        ["212", "城乡社区支出", 1772.55, 1018.34, 754.21],
        ["21205", "城乡社区环境卫生", 1772.55, 1018.34, 754.21],
        ["2120501", "城乡社区环境卫生", 1772.55, 1018.34, 754.21],
        ["221", "住房保障支出", 74.02, 74.02, null],
        ["22102", "住房改革支出", 74.02, 74.02, null],
        ["2210201", "住房公积金", 74.02, 74.02, null],
        ["注：本表反映部门本年度各项支出情况。本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "A6:B6", "A7:B7", "A21:E21"],
      numberFormats: { "C7:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 项目支出 745.21; the one 类 with project spending (212) has 754.21: 9.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本 1,282.37 = 137.84 + 52.17 + 1,018.34 + 74.02" },
      { rule: "execution.total-mismatch", cell: "C15", why: "212 1,772.55 = 1,018.34 + 754.21 and = its 款 21205" },
      { rule: "execution.total-mismatch", cell: "C8", why: "208 137.84 = 98.46 + 39.38 through 20805" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2, 3) numbers the columns; it is no data" },
      { rule: "execution.overspent", why: "a final account of spending alone: no budget column" },
      { rule: "execution.no-spending", cell: "E8", why: "项目支出 blank on lines with no project money: no budget, no status" },
      { rule: "execution.behind-schedule", why: "no budget or rate column" },
      { rule: "input.unreadable-value", why: "公开03表, the 部门 line and the note are text" },
    ],
  },
};
