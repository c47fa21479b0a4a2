import type { CorpusLayout } from "../types";

// 昌吉州水利局 (news, 6月22日): the two 规模化节水灌溉增效示范项目 of 昌吉市 and 玛纳斯县 had their whole investment released — 6540万元, of which
// 中央财政水利资金 5232万元, both 45.4% of the region's. Laid out as the investment plan behind the report: 总投资 beside its two sources under
// a merged 资金来源, the area to be made water-saving, 合计 first.
export const layout: CorpusLayout = {
  id: "changji-manas-water-saving-irrigation-demo-investment",
  source: {
    title: "昌吉市、玛纳斯县规模化节水灌溉增效示范项目投资全部下达（投资计划表据报道拟）",
    url: "https://nativeclients.com/YWEsrNzjbc/news/show-55685.html",
    publisher: "昌吉州水利局（新闻稿转载）",
    changes:
      "As published: 昌吉市 总投资 2657 = 中央 2126 + 地方 531, 19790亩; 玛纳斯县 3883 = 3106 + 777, 28600亩; together 6540 and 5232, 45.4% of the region's. " +
      "Ours: the table form, the 合计 row first, the 地方投资 合计 1308 and area 48390 (the sums of the lines), the note. " +
      "Planted: 玛纳斯县's 总投资 typed 3838 for 3883 (its sources give 3883), so the 总投资 lines add up to 6495 under the 合计 6540.",
  },
  classes: ["composition", "allocation-by-county", "row-total-column", "sources-under-merged-header", "two-header-rows", "area-column", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "prefecture-fund", "xinjiang"],
  settings: { district: "昌吉回族自治州" },
  sheets: [
    {
      name: "投资计划",
      widths: [6, 12, 12, 18, 12, 14],
      rows: [
        ["昌吉州规模化节水灌溉增效示范项目投资计划表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "县（市）", "总投资", "资金来源", null, "节水面积（亩）"],
        [null, null, null, "中央财政水利资金", "地方投资", null],
        ["", "合计", 6540, 5232, 1308, 48390],
        [1, "昌吉市", 2657, 2126, 531, 19790],
        [2, "玛纳斯县", 3838, 3106, 777, 28600],
        ["注：两个项目为全疆确定的6个规模化节水灌溉增效示范项目中的2个，总投资、中央资金均占全疆45.4%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A8:F8"],
      numberFormats: { "C5:F7": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "投资计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", C: "amount", D: "amount:中央财政水利资金", E: "amount:地方投资" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "玛纳斯县 总投资 3838 but its sources add up to 3106 + 777 = 3883" },
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 总投资 6540 but the lines as typed add up to 2657 + 3838 = 6495" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "昌吉市: 2126 + 531 = 2657 as stated" },
      { rule: "composition.total-mismatch", cell: "D5", why: "中央 2126 + 3106 = 5232 as stated" },
      { rule: "composition.total-mismatch", cell: "E5", why: "地方 531 + 777 = 1308 as stated" },
      { rule: "composition.total-mismatch", cell: "F5", why: "the area 19790 + 28600 = 48390 亩, and it is no money" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the note's 45.4% is prose under the table" },
    ],
  },
};
