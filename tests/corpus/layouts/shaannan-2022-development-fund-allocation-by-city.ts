import type { CorpusLayout } from "../types";

// 陕西省发改委 2022-06: the 2022 陕南发展专项资金 (含县域高质量发展专项) 10亿元 sent down to 汉中 / 安康 / 商洛 — all 28 of their
// counties, 237 projects, 420.5亿元 of investment driven. The news report is prose; laid out as the allocation by city such a plan
// carries: 市 | 支持县（区）数 | 项目个数 | 专项资金（万元） | 带动总投资（亿元）.
export const layout: CorpusLayout = {
  id: "shaannan-2022-development-fund-allocation-by-city",
  source: {
    title: "陕西10亿元专项资金支持陕南三市发展（三秦都市报；分市安排表据正文拟）",
    url: "https://www.leenot.com/news/system/2022/0610/1478950.shtml",
    publisher: "陕西省发展和改革委员会（三秦都市报报道）",
    date: "2022-06-10",
    changes:
      "As published: 10亿元 in all, 28 counties (districts) of the three cities, 237 projects, 420.5亿元 of total investment. The report gives " +
      "no split by city: the table, its headings and the three cities' figures are ours (the counties counted as the cities have them: " +
      "汉中 11, 安康 10, 商洛 7), adding up to the published totals. Nothing planted: clean.",
  },
  classes: ["composition", "clean", "allocation-by-city", "count-columns", "two-money-units", "yiyuan-beside-wanyuan", "cities-as-places", "total-at-foot", "wanyuan-in-header", "notes-under-table", "province-fund", "table-from-prose", "news-report", "shaanxi"],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "分市安排",
      widths: [6, 10, 14, 12, 16, 18],
      rows: [
        ["2022年陕南发展专项资金（含县域高质量发展专项）分市安排表", null, null, null, null, null],
        ["序号", "市", "支持县（区）数", "项目个数", "专项资金（万元）", "带动总投资（亿元）"],
        [1, "汉中市", 11, 98, 40000, 172.3],
        [2, "安康市", 10, 82, 35000, 148.6],
        [3, "商洛市", 7, 57, 25000, 99.6],
        ["合计", null, 28, 237, 100000, 420.5],
        ["注：倾斜支持汉中市汉台—南郑—城固中心城区重点项目。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A6:B6", "A7:F7"],
      numberFormats: { "E3:E6": "#,##0", "F3:F6": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分市安排",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "line", E: "amount" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E6", why: "40000 + 35000 + 25000 = 100000" },
      { rule: "composition.total-mismatch", cell: "F6", why: "带动总投资 172.3 + 148.6 + 99.6 = 420.5 (亿元, its own column, not the fund's total)" },
      { rule: "composition.total-mismatch", cell: "D6", why: "98 + 82 + 57 = 237 projects" },
      { rule: "composition.total-mismatch", cell: "C6", why: "11 + 10 + 7 = 28 counties" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: the counts are not multiplied into the money" },
      { rule: "register.ineligible-location", why: "汉中, 安康, 商洛 are cities of 陕西省" },
      { rule: "input.unreadable-value", why: "the note is prose" },
    ],
  },
};
