import type { CorpusLayout } from "../types";

// 民政部's quarterly table of rural 低保 standards by prefecture (2014年12月, 4季度标准), the 河北 block: 区划 | 地区 | 平均低保标准 |
// 区县合计数 | 区县数量 — each city's average is the sum of its counties' standards over their number, so the 合计数 is average × count.
export const layout: CorpusLayout = {
  id: "hebei-2014-rural-dibao-average-standard-by-city",
  source: {
    title: "农村低保标准表（地市）（2014年12月，4季度标准）",
    url: "https://fjliren.com/images2/cws/201501/20150129085711984.htm",
    publisher: "民政部（全国地市农村低保标准统计）",
    date: "2014-12",
    changes:
      "As published: the title, 编制单位：4季度标准 and 2014年12月 over the table, 金额单位：元/年, the five headings, the 区划 codes and " +
      "the eleven 河北 cities in order (1301 石家庄市 … 1311 衡水市) with their county counts. The table runs on through every province: " +
      "we keep 河北's block only. The averages and sums are ours, chosen so that average × count is exact. Planted: 保定市's 区县合计数 " +
      "typed 64,260.00 where its 27 counties at 2,320.00 make 62,640.00.",
  },
  classes: [
    "composition", "unit-times-quantity", "average-times-count", "code-column", "yuan-per-year-caption", "caption-lines-over-header",
    "no-total-row", "two-decimal-yuan", "cut-from-national-table", "by-city", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "地市",
      widths: [8, 12, 14, 14, 10],
      rows: [
        ["农村低保标准表(地市)", null, null, null, null],
        ["编制单位：4季度标准", null, "2014年12月", null, null],
        [null, null, null, null, "金额单位：元/年"],
        ["区划", "地区", "平均低保标准", "区县合计数", "区县数量"],
        ["1301", "石家庄市", 2440, 46360, 19],
        ["1302", "唐山市", 3260, 61940, 19],
        ["1303", "秦皇岛市", 2560, 23040, 9],
        ["1304", "邯郸市", 2630, 52600, 20],
        ["1305", "邢台市", 2150, 45150, 21],
        ["1306", "保定市", 2320, 64260, 27],
        ["1307", "张家口市", 2260, 45200, 20],
        ["1308", "承德市", 2310, 27720, 12],
        ["1309", "沧州市", 2470, 41990, 17],
        ["1310", "廊坊市", 3900, 39000, 10],
        ["1311", "衡水市", 2450, 31850, 13],
      ],
      merges: ["A1:E1", "A2:B2", "C2:D2"],
      numberFormats: { "C5:D15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "地市",
        kind: "composition",
        unit: "元",
        headerRow: 4,
        lastRow: 15,
        columns: { A: "code", B: "line", C: "unitAmount", D: "amount", E: "quantity" },
      },
    ],
    findings: [
      {
        rule: "composition.line-mismatch",
        cell: "D10",
        why: "保定市: 27 counties × 2,320.00 = 62,640.00, typed 64,260.00: 1,620.00元 apart (as if the average were 2,380.00)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "D5", why: "石家庄市 19 × 2,440.00 = 46,360.00 exactly; so every other city" },
      { rule: "composition.line-rounded", why: "every average is exact: average × count equals the 合计数 to the 分 except 保定市's, far beyond rounding" },
      { rule: "composition.total-mismatch", cell: "D5", why: "区县合计数 is each city's own sum of its counties' standards, not a total column over 平均低保标准" },
      { rule: "composition.total-mismatch", why: "the block has no 合计 row: nothing to add up" },
      { rule: "input.unreadable-value", cell: "A5", why: "1301 is the 区划 code, text, not money" },
    ],
  },
};
