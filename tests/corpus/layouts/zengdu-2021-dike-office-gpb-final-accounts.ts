import type { CorpusLayout } from "../types";

// 随州市曾都区河道堤防建设管理处 2021年度部门决算 (湖北), 表5：一般公共预算财政拨款支出决算表: 科目编码 and 科目名称 in 类 / 款 / 项 outline, the year's
// spending split 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "zengdu-2021-dike-office-gpb-final-accounts",
  source: {
    title: "曾都区河道堤防建设管理处2021年度决算公开说明（第五部分 表5：一般公共预算财政拨款支出决算表）",
    url: "https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html",
    publisher: "随州市曾都区河道堤防建设管理处 (reposted)",
    date: "2022",
    changes:
      "The table's title and place among the nine annexed tables (表1 收入支出决算总表 … 表9) and the office's duties (中小河流、河道堤防、病险水闸, 防汛抗旱) are as published; the stored copy shows the contents, not the table, so the " +
      "columns (科目编码 | 科目名称 | 本年支出: 合计 / 基本支出 / 项目支出), the 栏次 row, the 合计-first order, the caption and the " +
      "note are ours, laid out as Hubei's 决算 tables are, and so are the subjects and every amount. Planted: 款 21303 水利 1,296.40 where " +
      "its four 项 add up to 1,286.40 (the 类 and 合计 above it take the stated 1,296.40).",
  },
  classes: ["execution", "final-accounts", "code-outline", "basic-and-project-parts", "merged-header-over-three", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "hubei"],
  settings: { asOf: "2022-09-30" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["公开05表", null, null, null, null],
        ["部门：随州市曾都区河道堤防建设管理处", null, null, "2021年度", "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1503.4, 287, 1216.4],
        ["213", "农林水支出", 1296.4, 80, 1216.4],
        ["21303", "水利", 1296.4, 80, 1216.4],
        ["2130301", "行政运行", 80, 80, null],
        ["2130306", "水利工程运行与维护", 920, null, 920],
        ["2130314", "防汛", 186.4, null, 186.4],
        ["2130315", "抗旱", 100, null, 100],
        ["208", "社会保障和就业支出", 134.7, 134.7, null],
        ["20805", "行政事业单位养老支出", 134.7, 134.7, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 96.2, 96.2, null],
        ["2080506", "机关事业单位职业年金缴费支出", 38.5, 38.5, null],
        ["221", "住房保障支出", 72.3, 72.3, null],
        ["22102", "住房改革支出", 72.3, 72.3, null],
        ["2210201", "住房公积金", 72.3, 72.3, null],
        ["注：本表反映单位本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A21:E21"],
      numberFormats: { "C7:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        // Written blind as 2023, which nothing in the layout or the publication states (caption,
        // title and notice all say 2021年度); corrected after the ninth holdout's measurement, which
        // counted this layout as a failure and still does (tests/corpus/README.md, "Ninth holdout").
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C9", why: "款 21303 水利 1,296.40 where its 项 80.00 + 920.00 + 186.40 + 100.00 = 1,286.40: 10.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "E9", why: "款 21303's 项目支出 1,216.40 where its 项 920.00 + 186.40 + 100.00 = 1,206.40, likewise" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C8", why: "类 213 1,296.40 = its one 款 21303 as stated" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,503.40 = 1,296.40 + 134.70 + 72.30, and = 287.00 + 1,216.40 (the stated 类)" },
      { rule: "execution.total-mismatch", cell: "C14", why: "208 134.70 = 96.20 + 38.50" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 287.00 = 80.00 + 134.70 + 72.30" },
      { rule: "execution.overspent", why: "the table states spending only, no budget" },
      { rule: "execution.no-spending", why: "no budget column: blanks under 基本支出 / 项目支出 are nothing, not unspent budgets" },
      { rule: "input.unreadable-value", why: "the 栏次 row, codes and names are labels" },
    ],
  },
};
