import type { CorpusLayout } from "../types";

// 眉山市洪雅县乡村振兴局 2021年度部门决算, 支出决算表 (Sichuan's 公开03表): 项目 over 科目编码 | 科目名称, then 本年支出合计 | 基本支出 |
// 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row, 合计 first, empty cells for nothing.
export const layout: CorpusLayout = {
  id: "hongya-2021-rural-revitalisation-expenditure-final-accounts",
  source: {
    title: "2021年度四川省洪雅县乡村振兴局部门决算（支出决算表）",
    url: "https://www.schy.gov.cn/info/1557/69094.htm",
    publisher: "洪雅县乡村振兴局",
    date: "2022-09-19",
    changes:
      "The stored page gives the publication's contents and its text (the bureau's duties: 扶贫开发, 大中型水利水电工程移民), not the table " +
      "body; the layout is Sichuan's 部门决算 支出决算表 (项目 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, 栏次 1–6, " +
      "合计 first, 公开03表, 金额单位：万元). Function codes and names are real; the lines and amounts are ours. Planted: 项目支出's 合计 states " +
      "2,189.14 where its 类 add up to 2,198.14 (two digits swapped).",
  },
  classes: ["execution", "final-accounts", "function-codes-whole", "basic-and-project-parts", "empty-columns", "blank-as-nothing", "merged-header-over-two", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "county-bureau", "sichuan"],
  settings: { asOf: "2021-12-31" },
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 12, 12, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["部门：洪雅县乡村振兴局", null, null, "2021年度", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 2447.16, 249.02, 2189.14, null, null, null],
        ["208", "社会保障和就业支出", 31.3, 31.3, null, null, null, null],
        ["20805", "行政事业单位养老支出", 31.3, 31.3, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 22.36, 22.36, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 8.94, 8.94, null, null, null, null],
        ["210", "卫生健康支出", 12.48, 12.48, null, null, null, null],
        ["21011", "行政事业单位医疗", 12.48, 12.48, null, null, null, null],
        ["2101101", "行政单位医疗", 12.48, 12.48, null, null, null, null],
        ["213", "农林水支出", 2384.66, 186.52, 2198.14, null, null, null],
        ["21305", "巩固脱贫衔接乡村振兴", 2384.66, 186.52, 2198.14, null, null, null],
        ["2130501", "行政运行", 186.52, 186.52, null, null, null, null],
        ["2130504", "农村基础设施建设", 1245, null, 1245, null, null, null],
        ["2130505", "生产发展", 856.3, null, 856.3, null, null, null],
        ["2130599", "其他巩固脱贫衔接乡村振兴支出", 96.84, null, 96.84, null, null, null],
        ["221", "住房保障支出", 18.72, 18.72, null, null, null, null],
        ["22102", "住房改革支出", 18.72, 18.72, null, null, null, null],
        ["2210201", "住房公积金", 18.72, 18.72, null, null, null, null],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:C3", "D3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A24:H24"],
      numberFormats: { "C7:H23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "E7",
        why: "项目支出 合计 2,189.14; its 类 give 2,198.14 (213 alone; 208, 210 and 221 have none), 9.00万元 short",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "本年支出合计 2,447.16 = 31.30 + 12.48 + 2,384.66 + 18.72; a total row's parts are checked by column only" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 249.02 = 31.30 + 12.48 + 186.52 + 18.72" },
      { rule: "execution.total-mismatch", cell: "C16", why: "21305: 186.52 + 1,245.00 + 856.30 + 96.84 = 2,384.66 = 基本 186.52 + 项目 2,198.14" },
      { rule: "execution.total-mismatch", cell: "C8", why: "208 = 20805 = 22.36 + 8.94 = 31.30" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–6 numbers the columns; it is no row of money" },
      { rule: "execution.overspent", why: "a 决算 table without a budget column has nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column: the empty 上缴上级 / 经营 / 对附属单位 columns are nothing, not unspent budgets" },
      { rule: "input.unreadable-value", why: "empty cells mean nothing; the codes are classification codes written as text; the year, the captions and the note are text" },
    ],
  },
};
