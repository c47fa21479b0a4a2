import type { CorpusLayout } from "../types";

// 广东省泗安医院 2017-09-20: 2016年度部门决算及“三公经费”基本情况说明 — 总支出5,127.01万元 (基本支出4,338.51万元, 项目支出788.50万元); the
// 支出决算表 laid out in the 部门决算 form: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, 类 / 款 / 项 by code.
export const layout: CorpusLayout = {
  id: "sian-hospital-2016-expenditure-final-accounts",
  source: {
    title: "广东省泗安医院2016年度部门决算及“三公经费”基本情况说明（支出决算表，表据说明拟）",
    url: "http://www.gdssayy.cn/ywdt/t20170920_16018.htm",
    publisher: "广东省泗安医院",
    date: "2017-09-20",
    changes:
      "The page is a 说明 in prose: 总支出合计5,127.01万元, 基本支出4,338.51万元, 项目支出788.50万元. The grid (the 部门决算 支出决算表: 科目编码 | " +
      "科目名称 | 合计 | 基本支出 | 项目支出, 栏次 1–3, 合计 first, the 类 / 款 / 项 of 210 医疗卫生与计划生育支出 and 221 住房保障支出) is ours, " +
      "as is the split of the totals over the functions; the three totals are the page's. Planted: the 合计 row's 合计 typed 5,172.01 " +
      "(digits swapped) where 基本支出 4,338.51 + 项目支出 788.50 = 5,127.01, as its 类 210 and 221 also add up to.",
  },
  classes: ["execution", "final-accounts", "hospital", "function-codes", "class-section-item-levels", "total-row-first", "column-number-row", "basic-and-project-columns", "two-decimal-wanyuan", "wanyuan-caption", "table-from-prose", "province-unit", "guangdong"],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 30, 14, 14, 14],
      rows: [
        ["支出决算表", null, null, null, null],
        ["单位名称：广东省泗安医院", null, "2016年度", null, "单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 5172.01, 4338.51, 788.5],
        ["210", "医疗卫生与计划生育支出", 4912.31, 4123.81, 788.5],
        ["21002", "  公立医院", 4660.41, 4123.81, 536.6],
        ["2100208", "    其他专科医院", 4660.41, 4123.81, 536.6],
        ["21004", "  公共卫生", 251.9, 0, 251.9],
        ["2100409", "    重大公共卫生专项", 251.9, 0, 251.9],
        ["221", "住房保障支出", 214.7, 214.7, 0],
        ["22102", "  住房改革支出", 214.7, 214.7, 0],
        ["2210201", "    住房公积金", 214.7, 214.7, 0],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "A14:E14"],
      numberFormats: { "C5:E13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 5,172.01 where 基本支出 4,338.51 + 项目支出 788.50 = 5,127.01 and 类 210 4,912.31 + 221 214.70 = 5,127.01 (45.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 4,123.81 + 214.70 = 4,338.51" },
      { rule: "execution.total-mismatch", cell: "E5", why: "项目支出 788.50 + 0.00 = 788.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "210: 4,660.41 + 251.90 = 4,912.31 = 4,123.81 + 788.50" },
      { rule: "execution.total-mismatch", cell: "C7", why: "21002: 4,123.81 + 536.60 = 4,660.41" },
      { rule: "execution.total-mismatch", cell: "C4", why: "栏次 1–3 are column numbers" },
      { rule: "execution.overspent", why: "a final-account table with no budget column" },
      { rule: "execution.no-spending", why: "no budget is stated; the 0.00 cells are empty parts" },
    ],
  },
};
