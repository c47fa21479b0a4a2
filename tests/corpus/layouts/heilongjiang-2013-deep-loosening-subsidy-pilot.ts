import type { CorpusLayout } from "../types";

// 黑龙江省 2013 autumn: the deep-loosening (深松整地) subsidy pilot — 1,990万亩 at 5元 a 亩, 9,950万元, mainly to modern machinery
// co-operatives. Laid out as the province's split by city: 序号 | 市（地） | 试点面积（万亩） | 补助标准（元/亩） | 补助资金（万元）, 合计 at
// the foot, so that 万亩 × 元/亩 gives 万元 directly.
export const layout: CorpusLayout = {
  id: "heilongjiang-2013-deep-loosening-subsidy-pilot",
  source: {
    title: "黑龙江近亿元补助深松整地 试点面积1990万亩（试点面积及资金分配表据报道拟）",
    url: "https://zhongliangsiwang.cn/news/2013/339780.html",
    publisher: "（宋丹辉 黄春英 报道）黑龙江省农业委员会",
    date: "2013-12-31",
    changes:
      "As reported: the pilot's 1,990万亩, the standard 每亩5元 and the 9,950万元 in all. The report gives no split: the table by 市（地） (twelve " +
      "cities; 大兴安岭 left out) and each city's area are ours, adding up to 1,990万亩, each city's money its area × 5. Planted: 佳木斯市's " +
      "money typed 1,510 where 230万亩 × 5元 = 1,150万元, so the line and the money column's foot (9,950 under lines typed to 10,310) both " +
      "disagree.",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-heading", "wan-mu-times-yuan-per-mu", "mixed-units", "allocation-by-city",
    "total-at-foot", "whole-wanyuan", "table-from-prose", "news-report", "province-fund", "heilongjiang",
  ],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 16, 16, 16],
      rows: [
        ["2013年黑龙江省秋季深松整地作业补助试点面积及资金分配表", null, null, null, null],
        ["序号", "市（地）", "试点面积（万亩）", "补助标准（元/亩）", "补助资金（万元）"],
        [1, "哈尔滨市", 260, 5, 1300],
        [2, "齐齐哈尔市", 330, 5, 1650],
        [3, "牡丹江市", 90, 5, 450],
        [4, "佳木斯市", 230, 5, 1510],
        [5, "大庆市", 150, 5, 750],
        [6, "鸡西市", 80, 5, 400],
        [7, "双鸭山市", 90, 5, 450],
        [8, "伊春市", 10, 5, 50],
        [9, "七台河市", 30, 5, 150],
        [10, "鹤岗市", 50, 5, 250],
        [11, "黑河市", 180, 5, 900],
        [12, "绥化市", 490, 5, 2450],
        ["合计", null, 1990, null, 9950],
        ["注：补助对象以现代农机合作社为主，参加深松作业的农机大户为辅；整地深度30厘米以上，先作业后补助、先验收后拨付。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:B15", "A16:E16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "佳木斯市: 230万亩 × 5元/亩 = 1,150万元, typed 1,510: 360万元 apart (a standard allows no rounding)" },
      {
        rule: "composition.total-mismatch",
        cell: "E15",
        why: "补助资金 合计 9,950; the lines as typed 1,300 + 1,650 + 450 + 1,510 + 750 + 400 + 450 + 50 + 150 + 250 + 900 + 2,450 = 10,310: 360万元 apart",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "哈尔滨市 260 × 5 = 1,300; every other city agrees too" },
      { rule: "composition.total-mismatch", cell: "C15", why: "试点面积 260 + 330 + 90 + 230 + 150 + 80 + 90 + 10 + 30 + 50 + 180 + 490 = 1,990万亩" },
      { rule: "composition.line-mismatch", cell: "E15", why: "合计 states no standard: 1,990 × 5 = 9,950 anyway, and a total is no line" },
      { rule: "composition.line-rounded", why: "whole figures times a whole standard: no rounding anywhere" },
    ],
  },
};
