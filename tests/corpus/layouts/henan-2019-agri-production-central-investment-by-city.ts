import type { CorpusLayout } from "../types";

// 河南省发展改革委 2019-07 (reported by 河南农投 2019-07-22): 农业生产发展专项 2019 中央预算内投资计划 for 河南 — 26 high-standard
// farmland projects, 总投资 202,608万元 from 中央预算内 162,086 | 省财政专项 23,045 | 市 7,350 | 县（市、区） 10,127, in 开封, 濮阳, 商丘,
// 周口 and 驻马店. The report gives three cities' figures; the table by city is ours, built to those totals.
export const layout: CorpusLayout = {
  id: "henan-2019-agri-production-central-investment-by-city",
  source: {
    title: "总投资20.3亿元！河南这26个项目获中央支持（农业生产发展专项2019年中央预算内投资计划分市汇总表据报道拟）",
    url: "http://hnntct.com/news/796.html",
    publisher: "河南省发展和改革委员会（河南农投转载）",
    date: "2019-07-22",
    changes:
      "From the report: 26 projects, 总投资 202,608万元 and its four sources, 155万亩 in five cities; 周口 8 projects 67万亩 87,583 (中央 70,064), 濮阳 5 / " +
      "30万亩 / 39,213 (31,370), 驻马店 6 / 18.6万亩 / 24,312 (19,450). Ours: the table's title, columns and merges, 开封 and 商丘's split of the " +
      "rest, every city's 省 / 市 / 县 shares, the note. Planted: 驻马店 typed 24,402 with 中央 19,540 (the report's 24,312 and 19,450) — its " +
      "row still adds up, but the 合计 row (the report's totals) misses the lines in 总投资 and in 中央预算内投资.",
  },
  classes: [
    "composition", "allocation-by-city", "row-total-column", "sources-under-merged-header", "levels-of-government-as-sources", "count-columns",
    "area-column", "two-header-rows", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "分市汇总",
      widths: [6, 10, 10, 14, 12, 14, 12, 10, 14],
      rows: [
        ["河南省农业生产发展专项（2019年）中央预算内投资计划分市汇总表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "市", "项目个数（个）", "新建高标准农田（万亩）", "总投资", "资金来源", null, null, null],
        [null, null, null, null, null, "中央预算内投资", "省财政专项", "市投资", "县（市、区）投资"],
        [1, "开封市", 3, 15.4, 19800, 15840, 2250, 720, 990],
        [2, "濮阳市", 5, 30, 39213, 31370, 4460, 1410, 1973],
        [3, "商丘市", 4, 24, 31700, 25362, 3610, 1190, 1538],
        [4, "周口市", 8, 67, 87583, 70064, 9960, 3150, 4409],
        [5, "驻马店市", 6, 18.6, 24402, 19540, 2765, 880, 1217],
        ["合计", null, 26, 155, 202608, 162086, 23045, 7350, 10127],
        ["注：本批计划总体绩效目标为新建高标准农田155万亩，全省主要农作物耕种收综合机械化水平达到85%。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "A10:B10", "A11:I11"],
      numberFormats: { "E5:I10": "#,##0", "D5:D10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分市汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        // Corrected after the ninety-fifth holdout's measurement (counted failed): stated at first with 总投资 as the amount. The plan
        // is of the fund the title names (中央预算内投资计划), and the corpus reads a fund's own column beside the total and the other
        // sources as the amount (fengxin-2024), the total a further column.
        columns: { B: "line", C: "quantity", E: "amount:总投资", F: "amount", G: "amount:省财政专项", H: "amount:市投资", I: "amount:县（市、区）投资" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "总投资 合计 202,608 against 19,800 + 39,213 + 31,700 + 87,583 + 24,402 = 202,698" },
      { rule: "composition.total-mismatch", cell: "F10", why: "中央预算内投资 合计 162,086 against 15,840 + 31,370 + 25,362 + 70,064 + 19,540 = 162,176" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "驻马店: 19,540 + 2,765 + 880 + 1,217 = 24,402, as typed" },
      { rule: "composition.total-mismatch", cell: "E8", why: "周口: 70,064 + 9,960 + 3,150 + 4,409 = 87,583" },
      { rule: "composition.total-mismatch", cell: "G10", why: "2,250 + 4,460 + 3,610 + 9,960 + 2,765 = 23,045" },
      { rule: "composition.total-mismatch", cell: "C10", why: "3 + 5 + 4 + 8 + 6 = 26 projects: a count, no money" },
      { rule: "composition.total-mismatch", cell: "D10", why: "15.4 + 30 + 24 + 67 + 18.6 = 155万亩: an area, no money" },
      { rule: "register.ineligible-location", why: "the five cities are cities of 河南省" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
