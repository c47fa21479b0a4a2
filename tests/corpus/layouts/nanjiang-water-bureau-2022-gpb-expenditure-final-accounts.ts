import type { CorpusLayout } from "../types";

// 四川省南江县水利局 2022 决算 (公开 2023-08-31), table 六、一般公共预算财政拨款支出决算表: 科目编码 / 科目名称 against 本年支出 合计 | 基本支出 |
// 项目支出, a 栏次 row, 合计 first, then 类 / 款 / 项 — 213 农林水支出 and 21303 水利 with its 项, then the staff lines under 208, 210, 221.
export const layout: CorpusLayout = {
  id: "nanjiang-water-bureau-2022-gpb-expenditure-final-accounts",
  source: {
    title: "2022年度四川省南江县水利局决算（六、一般公共预算财政拨款支出决算表）",
    url: "https://lj896.com/public/6598011/13885954.html",
    publisher: "南江县水利局",
    date: "2023-08-31",
    changes:
      "As published: the bureau, its duties and the list of its thirteen tables with 六、一般公共预算财政拨款支出决算表. The stored copy shows the contents and " +
      "duties, not the table body: the form follows the national 部门决算 form, every line and figure is ours. Planted: 21303 水利's 合计 written 2,006.40 where " +
      "its 项 add up to 2,060.40 (= 基本 398.16 + 项目 1,662.24); the 合计 row's 项目支出 written 1,626.24 where the 类 give 1,662.24.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "blank-as-nothing", "county-bureau", "wanyuan-caption", "notes-under-table", "contents-only-stored", "sichuan"],
  settings: { asOf: "2023-08-31" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 36, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2022年度", null, null, null, "公开06表"],
        ["部门：南江县水利局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 2202.95, 540.71, 1626.24],
        ["208", "社会保障和就业支出", 68.92, 68.92, null],
        ["20805", "行政事业单位养老支出", 68.92, 68.92, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 68.92, 68.92, null],
        ["210", "卫生健康支出", 31.45, 31.45, null],
        ["21011", "行政事业单位医疗", 31.45, 31.45, null],
        ["2101101", "行政单位医疗", 31.45, 31.45, null],
        ["213", "农林水支出", 2060.4, 398.16, 1662.24],
        ["21303", "水利", 2006.4, 398.16, 1662.24],
        ["2130301", "行政运行", 412.36, 398.16, 14.2],
        ["2130306", "水利工程运行与维护", 286.5, null, 286.5],
        ["2130314", "防汛", 95.8, null, 95.8],
        ["2130335", "农村供水", 1208.44, null, 1208.44],
        ["2130399", "其他水利支出", 57.3, null, 57.3],
        ["221", "住房保障支出", 42.18, 42.18, null],
        ["22102", "住房改革支出", 42.18, 42.18, null],
        ["2210201", "住房公积金", 42.18, 42.18, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况；本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null],
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
      { rule: "execution.total-mismatch", cell: "C15", why: "21303 水利 合计 2,006.40; its 项 give 412.36 + 286.50 + 95.80 + 1,208.44 + 57.30 = 2,060.40, as do its own parts 398.16 + 1,662.24 (54.00万元 apart)" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 项目支出 1,626.24; the 类 give 1,662.24 (213 alone has project spending; 36.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C14", why: "213 2,060.40 = its 款 as its 项 add up; the slip in 21303 is reported once, at the 款" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 2,202.95 = 68.92 + 31.45 + 2,060.40 + 42.18" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 540.71 = 68.92 + 31.45 + 398.16 + 42.18" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row numbers the columns" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.no-spending", why: "blank cells mean nothing, and there is no budget" },
      { rule: "execution.behind-schedule", why: "no budget column" },
    ],
  },
};
