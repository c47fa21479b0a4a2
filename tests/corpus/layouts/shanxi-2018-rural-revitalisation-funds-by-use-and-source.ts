import type { CorpusLayout } from "../types";

// 新华社 2018-08-22: 山西 puts 90.23亿元 into 乡村振兴 in 2018 — by use (four fields) and by source (five channels),
// both read out by the province's 财政厅; two tables of ours on one sheet, built from the report's sentences.
export const layout: CorpusLayout = {
  id: "shanxi-2018-rural-revitalisation-funds-by-use-and-source",
  source: {
    title: "山西投入90多亿元实施乡村振兴（资金安排表据报道拟）",
    url: "https://iruorou.com/xinwen/2018-08/22/content_5315688.htm",
    publisher: "新华社（山西省财政厅发布）",
    date: "2018-08-22",
    changes:
      "The report gives the 90.23亿元 as prose: by use 产业兴旺 9.9, 生态宜居 74.65, 公共服务 4.2, 农村改革 1.48; by source 预算基数 11.73, " +
      "中央和省级新增预算 50.73, PPP融资 12.05, 乡村振兴专项资金 14.72, 厕所革命专项资金 1. We lay both out as two tables (合计 at the foot) with a 序号 column; " +
      "the published figures add up. Planted: 推动农村生态宜居 typed 74.56 (74.65), so the uses add up to 90.14 against the 合计 90.23.",
  },
  classes: ["composition", "allocation-by-use", "sources-table", "two-tables-one-sheet", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "shanxi"],
  sheets: [
    {
      name: "乡村振兴资金",
      widths: [8, 30, 14],
      rows: [
        ["山西省2018年实施乡村振兴战略资金安排表（表据报道拟）", null, null],
        [null, null, "单位：亿元"],
        ["一、按用途", null, null],
        ["序号", "用途", "安排资金"],
        [1, "促进农村产业兴旺", 9.9],
        [2, "推动农村生态宜居", 74.56],
        [3, "推动农村公共服务", 4.2],
        [4, "深化农村改革", 1.48],
        ["合计", null, 90.23],
        ["二、按来源", null, null],
        ["序号", "资金来源", "金额"],
        [1, "预算基数", 11.73],
        [2, "中央和省级财政2018年新增预算", 50.73],
        [3, "PPP融资", 12.05],
        [4, "乡村振兴专项资金", 14.72],
        [5, "厕所革命专项资金", 1],
        ["合计", null, 90.23],
        ["注：资金包括既有渠道资金和新的增量资金，由省财政统筹整合，集中用于乡村振兴战略。", null, null],
      ],
      merges: ["A1:C1", "A3:C3", "A9:B9", "A10:C10", "A17:B17", "A18:C18"],
      numberFormats: { "C5:C9": "0.00", "C12:C17": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "乡村振兴资金", kind: "composition", unit: "亿元", headerRow: 4, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2018 },
      { sheet: "乡村振兴资金", kind: "composition", unit: "亿元", headerRow: 11, lastRow: 17, columns: { B: "line", C: "amount" }, year: 2018 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "乡村振兴资金",
        cell: "C9",
        why: "合计 90.23亿元, the uses 9.9 + 74.56 + 4.2 + 1.48 = 90.14: 0.09亿元 apart (生态宜居 is 74.65 in the report)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "乡村振兴资金", cell: "C17", why: "11.73 + 50.73 + 12.05 + 14.72 + 1 = 90.23: the sources add up" },
      { rule: "composition.total-mismatch", sheet: "乡村振兴资金", cell: "C12", why: "预算基数 is a source line, not a subtotal of the lines below it" },
    ],
  },
};
