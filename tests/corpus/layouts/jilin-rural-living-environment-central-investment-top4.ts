import type { CorpusLayout } from "../types";

// 吉林省农业农村厅、省发展改革委: 农村人居环境综合整治年度建设方案评审结果的公示 — 36 counties sent plans for the 农村人居环境整治专项 中央预算内投资;
// after review by the 省工程咨询中心 the first four are 通榆县, 汪清县, 和龙市, 通化县. Laid out as the proposal table that follows such a review:
// 排序 | 市（州） | 县（市） | 评审得分, then 投资 merged over 合计 | 中央预算内投资 | 县级配套.
export const layout: CorpusLayout = {
  id: "jilin-rural-living-environment-central-investment-top4",
  source: {
    title: "农村人居环境综合整治年度建设方案评审结果的公示（吉林省；拟申请投资表据公示拟）",
    url: "http://www1.webgamepower.net/gjyby/246.html",
    publisher: "吉林省农业农村厅（转载）",
    date: "2022-05-11",
    changes:
      "As published: 36 counties' plans received by 3月23日, the review by the 省工程咨询中心 on the national notice's principles, the first four in order " +
      "(通榆县、汪清县、和龙市、通化县) and the 公示 from 3月29日 to 4月4日; the repost drops the years (年3月28日). The page gives no money: the table, the review " +
      "scores, the 建设内容 and all figures are ours. Planted: 和龙市 合计 typed 2,004 for 1,500 + 540 = 2,040, so the 合计 foot (9,290, the parts' sum) also " +
      "misses its lines as typed (9,254).",
  },
  classes: [
    "composition", "allocation-by-county", "ranked-rows", "score-column-not-money", "merged-money-header", "row-total-column", "total-column-first",
    "city-and-county-columns", "counties-as-places", "autonomous-prefecture-as-place", "text-column-with-figures", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "table-from-prose", "central-investment", "province-level", "jilin",
  ],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "拟申请投资表",
      widths: [6, 10, 10, 10, 44, 10, 14, 10],
      rows: [
        ["农村人居环境整治专项中央预算内投资拟支持县（市）汇总表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["排序", "市（州）", "县（市）", "评审得分", "主要建设内容", "投资", null, null],
        [null, null, null, null, null, "合计", "中央预算内投资", "县级配套"],
        [1, "白城市", "通榆县", 93.5, "新建农村生活污水处理设施12处，改造户厕3200户，购置垃圾转运车8辆", 2850, 2000, 850],
        [2, "延边州", "汪清县", 91.2, "建设垃圾中转站3座，改造户厕2600户，村内道路硬化18公里", 2420, 1800, 620],
        [3, "延边州", "和龙市", 90.4, "改造户厕2100户，建设污水管网9公里，村庄绿化5处", 2004, 1500, 540],
        [4, "通化市", "通化县", 89.7, "改造户厕2300户，购置吸污车6辆，建设粪污处理站2座", 1980, 1500, 480],
        ["合计", null, null, "—", null, 9290, 6800, 2490],
        ["注：排序按评审得分；县级配套由县（市）财政安排。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "A9:C9", "A10:H10"],
      numberFormats: { "F5:H9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟申请投资表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { C: "line", F: "amount", G: "amount:中央预算内投资", H: "amount:县级配套" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F7", why: "和龙市 合计 2,004 ≠ 1,500 + 540 = 2,040" },
      { rule: "composition.total-mismatch", cell: "F9", why: "合计 foot 9,290 ≠ the lines as typed: 2,850 + 2,420 + 2,004 + 1,980 = 9,254" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G9", why: "2,000 + 1,800 + 1,500 + 1,500 = 6,800" },
      { rule: "composition.total-mismatch", cell: "H9", why: "850 + 620 + 540 + 480 = 2,490; and 6,800 + 2,490 = 9,290 across the foot" },
      { rule: "composition.total-mismatch", cell: "D9", why: "评审得分 are scores, not money: the foot gives —" },
      { rule: "composition.line-mismatch", why: "户数, 公里 and 辆 in the 建设内容 text are no quantity × unit column" },
      { rule: "register.ineligible-location", why: "白城市, 延边州, 通化市 and their counties are 吉林's" },
    ],
  },
};
