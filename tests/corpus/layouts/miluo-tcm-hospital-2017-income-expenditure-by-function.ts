import type { CorpusLayout } from "../types";

// 汨罗市中医院医改信息公开 (汨罗市卫计局, 2018-01-16): 2017年医疗卫生计生机构收支决算总表（按功能分类）, 国卫财01-1表, 金额单位：元 — 支出功能分类
// 科目编码 | 科目名称 beside 上年结转和结余 | 本年收入 (合计 | 其中：财政拨款收入) | 本年支出 (合计 | 其中：财政拨款支出) | 收支结余 | … | 年末结转和结余,
// a 类款项 | 栏次 row, 合计 first, then the 类 / 款 / 项 lines. Kept here: those columns (the carry-over splits and 结余分配 columns cut).
export const layout: CorpusLayout = {
  id: "miluo-tcm-hospital-2017-income-expenditure-by-function",
  source: {
    title: "汨罗市中医院医改信息公开（2017年医疗卫生计生机构收支决算总表（按功能分类），国卫财01-1表）",
    url: "https://www.miluo.gov.cn/25221/25222/26735/26755/27374/content_1335580.html",
    publisher: "汨罗市卫生和计划生育局（汨罗市中医院）",
    date: "2018-01-16",
    changes:
      "As published: the title, 国卫财01-1表, 编制单位：汨罗市中医院[单户表], 金额单位：元, the header (项目 over 支出功能分类科目编码 | 科目名称; 上年结转和结余, " +
      "本年收入 with 其中：财政拨款收入, 本年支出 with 其中：财政拨款支出, 收支结余, 年末结转和结余, each 合计 first), the 类款项 | 栏次 row and 合计 first; the " +
      "published 合计 shows 收支结余 and 年末结转和结余 of −8,484,100.00 with nothing carried in, as here. Cut: the 26-column grid's 基本支出结转 / 项目支出结转和" +
      "结余 / 经营结余 and 基本建设资金 splits and the 结余分配 columns (so the 栏次 run 1–7), and the template's empty 201 lines. The 类 / 款 / 项 lines " +
      "(208, 210 under the 2017 name 医疗卫生与计划生育支出, 221) and all their figures are ours. Planted: 款 21002 公立医院's 本年支出 typed 68,089,466.25 " +
      "where its 项 add up to 67,998,466.25 (its own 收支结余 follows the true figure).",
  },
  classes: [
    "execution", "final-accounts", "health-finance-form", "income-and-expenditure-by-function", "carry-over-columns", "qizhong-columns", "negative-balances",
    "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "two-header-rows", "cut-columns", "two-decimal-yuan", "yuan-caption",
    "notes-under-table", "hospital", "county-unit", "hunan",
  ],
  sheets: [
    {
      name: "国卫财01-1表",
      widths: [12, 30, 14, 16, 16, 16, 16, 16, 16],
      rows: [
        ["2017年医疗卫生计生机构收支决算总表（按功能分类）", null, null, null, null, null, null, null, "国卫财01-1表"],
        ["编制单位：汨罗市中医院[单户表]", null, null, null, null, null, null, null, "金额单位：元"],
        ["项目", null, "上年结转和结余", "本年收入", null, "本年支出", null, "收支结余", "年末结转和结余"],
        ["支出功能分类科目编码", "科目名称", "合计", "合计", "其中：财政拨款收入", "合计", "其中：财政拨款支出", "合计", "合计"],
        ["类款项", "栏次", 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, null, 61991988.25, 1388424, 70476088.25, 1196424, -8484100, -8484100],
        ["208", "社会保障和就业支出", null, 983424, 383424, 983424, 383424, null, null],
        ["20805", "  行政事业单位离退休", null, 983424, 383424, 983424, 383424, null, null],
        ["2080505", "    机关事业单位基本养老保险缴费支出", null, 983424, 383424, 983424, 383424, null, null],
        ["210", "医疗卫生与计划生育支出", null, 59794366.25, 1005000, 68278466.25, 813000, -8484100, -8484100],
        ["21002", "  公立医院", null, 59514366.25, 725000, 68089466.25, 533000, -8484100, -8484100],
        ["2100202", "    中医（民族）医院", null, 59214366.25, 425000, 67890466.25, 425000, -8676100, -8676100],
        ["2100299", "    其他公立医院支出", null, 300000, 300000, 108000, 108000, 192000, 192000],
        ["21004", "  公共卫生", null, 280000, 280000, 280000, 280000, null, null],
        ["2100409", "    重大公共卫生专项", null, 280000, 280000, 280000, 280000, null, null],
        ["221", "住房保障支出", null, 1214198, null, 1214198, null, null, null],
        ["22102", "  住房改革支出", null, 1214198, null, 1214198, null, null, null],
        ["2210201", "    住房公积金", null, 1214198, null, 1214198, null, null, null],
        ["注：本表反映医疗卫生计生机构本年度收入、支出按支出功能分类科目的构成及年初、年末结转和结余情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:B3", "D3:E3", "F3:G3", "A6:B6", "A19:I19"],
      numberFormats: { "C6:I18": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "国卫财01-1表",
        kind: "execution",
        unit: "元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "code", B: "line", F: "actual" },
        year: 2017,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "F11",
        why: "款 21002 公立医院 本年支出 68,089,466.25 where its 项 give 67,890,466.25 + 108,000.00 = 67,998,466.25 (91,000.00 more)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "F10", why: "类 210 本年支出 68,278,466.25 = 21002 as its 项 give (67,998,466.25) + 21004 280,000.00: the 款's slip is reported once, at the 款" },
      { rule: "execution.total-mismatch", cell: "F6", why: "合计 本年支出 70,476,088.25 = 983,424.00 + 68,278,466.25 + 1,214,198.00" },
      { rule: "execution.total-mismatch", cell: "D6", why: "合计 本年收入 61,991,988.25 = 983,424.00 + 59,794,366.25 + 1,214,198.00; 210's 59,794,366.25 = 59,514,366.25 + 280,000.00" },
      { rule: "execution.total-mismatch", cell: "E6", why: "其中：财政拨款收入 1,388,424.00 = 383,424.00 + 1,005,000.00 (221 none): a single 其中 column, a share of 本年收入" },
      { rule: "execution.total-mismatch", cell: "G6", why: "其中：财政拨款支出 1,196,424.00 = 383,424.00 + 813,000.00; 813,000.00 = 533,000.00 + 280,000.00" },
      { rule: "execution.total-mismatch", cell: "H6", why: "收支结余 −8,484,100.00 = −8,676,100.00 + 192,000.00 (= 本年收入 − 本年支出), no part of the spending" },
      { rule: "execution.overspent", cell: "F12", why: "67,890,466.25 spent beside 59,214,366.25 received: the year's income and the carry-over are no budget (the form states none)" },
      { rule: "execution.no-spending", why: "no budget column: nothing budgeted, nothing unspent" },
      { rule: "execution.total-mismatch", cell: "C5", why: "类款项 | 栏次 1–7 number the columns; they are no figures" },
      { rule: "input.unreadable-value", why: "negative 结余 are figures; blanks mean nothing; the codes are text; the note is text" },
    ],
  },
};
