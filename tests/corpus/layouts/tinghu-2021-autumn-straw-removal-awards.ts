import type { CorpusLayout } from "../types";

// 盐城市亭湖区农业农村局 (2021-12-13): 秋季秸秆离田 奖补 by 镇 — 申报拟离田面积 | 确认面积 | 拟奖补金额, 30元/亩 of the
// confirmed area (in the notice's text). Clean: the confirmed area, not the declared one, is what is paid.
export const layout: CorpusLayout = {
  id: "tinghu-2021-autumn-straw-removal-awards",
  source: {
    title: "盐城市亭湖区2021年秋季秸秆离田补助奖补结果公示",
    url: "https://www.tinghu.gov.cn/art/2021/12/13/art_32582_3780419.html",
    publisher: "盐城市亭湖区农业农村局",
    date: "2021-12-13",
    changes:
      "Kept as published: the table's title, its five columns with their wording, the six 镇/街道, the 合计 row with 序号 merged into it. " +
      "The notice's 按照30元/亩补助标准对各镇予以奖补 is written as a note under the table (ours). Areas and money are ours: every " +
      "amount is the confirmed area × 30 元, the declared area larger on three lines. Nothing planted: clean.",
  },
  classes: ["composition", "clean", "declared-and-confirmed-quantities", "unit-in-notice-text", "two-decimal-yuan", "yuan-in-headers", "total-row-last", "notes-under-table", "district-level", "jiangsu"],
  settings: { district: "盐城市亭湖区" },
  sheets: [
    {
      name: "奖补明细",
      widths: [6, 14, 20, 16, 18],
      rows: [
        ["2021秋季秸秆离田补助奖补明细表", null, null, null, null],
        ["序号", "乡镇", "申报拟离田 面积（亩）", "确认面积（亩）", "拟奖补金额（元）"],
        [1, "南洋镇", 2210, 2210, 66300],
        [2, "盐东镇", 14862.5, 14801.2, 444036],
        [3, "黄尖镇", 16420.3, 13517.64, 405529.2],
        [4, "新兴镇", 295.6, 295.6, 8868],
        [5, "便仓镇", 6033.8, 6033.8, 181014],
        [6, "宝瓶湖街道", 1046.2, 452.7, 13581],
        ["合计", null, 40868.4, 37310.94, 1119328.2],
        ["注：按照30元/亩补助标准，以确认面积对各镇予以奖补。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A10:E10"],
      numberFormats: { "C3:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补明细", kind: "composition", unit: "元", headerRow: 2, lastRow: 9, columns: { B: "line", D: "quantity", E: "amount" }, year: 2021 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "66,300 + 444,036 + 405,529.20 + 8,868 + 181,014 + 13,581 = 1,119,328.20 元 as stated (= 37,310.94 亩 × 30)" },
      { rule: "composition.total-mismatch", cell: "D9", why: "confirmed areas add up to 37,310.94 亩 as stated" },
      { rule: "composition.total-mismatch", cell: "C9", why: "declared areas add up to 40,868.40 亩 as stated" },
      { rule: "composition.line-mismatch", cell: "E5", why: "13,517.64 亩 confirmed × 30 = 405,529.20 元; the larger declared 16,420.30 亩 is not what is paid" },
      { rule: "composition.line-mismatch", cell: "E8", why: "452.70 × 30 = 13,581.00 元; 宝瓶湖街道 declared 1,046.20 亩, confirmed less" },
      { rule: "execution.overspent", why: "申报 and 确认 are areas, not a budget and its spending" },
    ],
  },
};
