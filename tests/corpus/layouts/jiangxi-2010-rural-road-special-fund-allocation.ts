import type { CorpusLayout } from "../types";

// 江西省财政厅 2010-12: the 1亿元 of 农村公路项目建设专项资金 for the year's last villages without a paved road and flood-damaged roads — 6 设区市,
// 36 县区, 428 projects, 489 villages, 1000公里 at 10万元/公里 — as an allocation by 设区市 with counts, length, the standard and the money.
export const layout: CorpusLayout = {
  id: "jiangxi-2010-rural-road-special-fund-allocation",
  source: {
    title: "江西下达1亿元专项资金 年底实现行政村100%通油路水泥路（农村公路项目建设专项资金分配表据正文拟）",
    url: "https://www.gov.cn/jrzg/2010-12/03/content_1759063.htm",
    publisher: "新华社（中国政府网转载）",
    date: "2010-12-03",
    changes:
      "The report's totals (1亿元, 九江市等6个地市36个县区, 428个项目, 489个村, 1000公里, 10万元/公里) are as published and are the table's foot; the " +
      "table (title, columns, the five other 设区市 and every line's figures) is ours, built from the prose. Planted: 吉安市's money typed 1,864 " +
      "where 168.4公里 × 10 = 1,684, so the lines add up to 10,180 against the 合计 10,000.",
  },
  classes: ["composition", "allocation-by-city", "count-columns", "length-column", "standard-column", "one-decimal-quantity", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "jiangxi"],
  settings: { asOf: "2010-12-03", district: "江西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 12, 12, 14, 16, 20, 18],
      rows: [
        ["2010年农村公路项目建设专项资金分配表（表据正文拟）", null, null, null, null, null, null, null],
        ["序号", "设区市", "县（区）数", "项目个数", "涉及行政村（个）", "建设里程（公里）", "补助标准（万元/公里）", "补助资金（万元）"],
        [1, "九江市", 7, 86, 98, 203.5, 10, 2035],
        [2, "上饶市", 8, 92, 105, 215.0, 10, 2150],
        [3, "吉安市", 6, 71, 82, 168.4, 10, 1864],
        [4, "抚州市", 5, 58, 66, 132.6, 10, 1326],
        [5, "赣州市", 6, 74, 85, 176.2, 10, 1762],
        [6, "宜春市", 4, 47, 53, 104.3, 10, 1043],
        ["合计", null, 36, 428, 489, 1000.0, null, 10000],
        ["说明：资金统筹用于行政村油路水泥路建设和行政村水毁公路恢复重建，按建设里程每公里补助10万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:B9", "A10:H10"],
      numberFormats: { "F3:F9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", F: "quantity", G: "unitAmount", H: "amount" },
        year: 2010,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "H5", why: "吉安市 168.4公里 × 10万元/公里 = 1,684, typed 1,864 (180 over)" },
      { rule: "composition.total-mismatch", cell: "H9", why: "lines as typed: 2035 + 2150 + 1864 + 1326 + 1762 + 1043 = 10,180, 合计 10,000" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "H3", why: "203.5 × 10 = 2,035" },
      { rule: "composition.line-mismatch", cell: "H8", why: "104.3 × 10 = 1,043" },
      { rule: "composition.line-rounded", why: "the standard is the policy's own 10万元/公里 and every product is whole" },
      { rule: "composition.total-mismatch", cell: "F9", why: "1,000.0 = 203.5 + 215.0 + 168.4 + 132.6 + 176.2 + 104.3" },
      { rule: "composition.total-mismatch", cell: "D9", why: "428 = 86 + 92 + 71 + 58 + 74 + 47" },
      { rule: "composition.total-mismatch", cell: "E9", why: "489 = 98 + 105 + 82 + 66 + 85 + 53" },
      { rule: "register.ineligible-location", why: "all six 设区市 are 江西省's" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "A10", why: "the 说明 line is a note" },
    ],
  },
};
