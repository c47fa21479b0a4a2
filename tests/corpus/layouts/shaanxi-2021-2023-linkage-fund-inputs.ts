import type { CorpusLayout } from "../types";

// 陕西省财政厅 2023-08: three years of 财政衔接推进乡村振兴补助资金 — 中央 228.15亿元 (average growth 8.58%), 省级 131亿元 (1.38%), 444.46亿元
// of 涉农资金 pooled by 56 脱贫县, 6.6亿元 of 绩效评价 awards. Laid out as a year-by-year table: 年度 | 合计 | 其中 over 中央衔接资金 and
// 省级衔接资金, 合计 at the foot, the rest of the report as notes.
export const layout: CorpusLayout = {
  id: "shaanxi-2021-2023-linkage-fund-inputs",
  source: {
    title: "三年来中央下达陕西财政衔接推进乡村振兴补助资金228.15亿元（分年度投入表据报道拟）",
    url: "http://xbjscn.com/mingxing/20230828/2161.html",
    publisher: "陕西省财政厅（报道转载）",
    date: "2023-08-28",
    changes:
      "As published: the three-year sums (中央 228.15, 省级 131亿元), their average growth (8.58%, 1.38%), 444.46亿元 pooled by 56 脱贫县, 6.6亿元 " +
      "of awards, 支出进度 above 99% in 2021 and 2022 and 57.61% in 2023. The report gives no yearly figures: each year's amount is worked back " +
      "from the sum and the average growth (ours, rounded to 0.01亿元), the layout is ours. Planted: 2023's 合计 typed 126.56 (82.39 + 44.26 = " +
      "126.65), so the year column's foot (359.15) no longer agrees with the years as typed (359.06).",
  },
  classes: [
    "composition", "years-as-lines", "qizhong-header", "two-header-rows", "row-total-column", "total-at-foot", "transposed-digits",
    "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "shaanxi",
  ],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "衔接资金",
      widths: [12, 12, 16, 16],
      rows: [
        ["陕西省2021—2023年财政衔接推进乡村振兴补助资金投入情况表（表据报道拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["年度", "合计", "其中", null],
        [null, null, "中央衔接资金", "省级衔接资金"],
        ["2021年", 112.95, 69.88, 43.07],
        ["2022年", 119.55, 75.88, 43.67],
        ["2023年", 126.56, 82.39, 44.26],
        ["合计", 359.15, 228.15, 131.0],
        ["注：1.2021—2023年中央衔接资金年均增长8.58%，省级衔接资金年均增长1.38%；56个脱贫县共整合涉农资金444.46亿元。", null, null, null],
        ["    2.2021年、2022年衔接资金支出进度超过99%，2023年全省衔接资金支出进度为57.61%；连续两年获中央财政衔接资金绩效评价A级，累计获得奖励资金6.6亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A3:A4", "B3:B4", "C3:D3", "A9:D9", "A10:D10"],
      numberFormats: { "B5:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "衔接资金",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount", C: "amount:中央衔接资金", D: "amount:省级衔接资金" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B7", why: "2023年: 82.39 + 44.26 = 126.65, typed 126.56" },
      { rule: "composition.total-mismatch", cell: "B8", why: "the years as typed: 112.95 + 119.55 + 126.56 = 359.06, the foot says 359.15" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "69.88 + 75.88 + 82.39 = 228.15" },
      { rule: "composition.total-mismatch", cell: "D8", why: "43.07 + 43.67 + 44.26 = 131.00" },
      { rule: "composition.total-mismatch", cell: "B5", why: "69.88 + 43.07 = 112.95" },
      { rule: "composition.total-mismatch", cell: "B6", why: "75.88 + 43.67 = 119.55" },
      { rule: "execution.behind-schedule", why: "the 57.61% 支出进度 is in a note, not a line of the table" },
      { rule: "register.ineligible-location", why: "the lines are years, not places" },
    ],
  },
};
