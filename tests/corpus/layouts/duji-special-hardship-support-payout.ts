import type { CorpusLayout } from "../types";

// 淮北市杜集区 民政: the payout of 特困人员救助供养 money by street and town, in 人、元 — households and people (集中 | 分散 | 合计),
// then money twice over: 集中 | 分散 | 集中+分散合计, and the same total split 供养资金 | 护理补贴; a second header row under the money
// keeps the older 低保 form's labels (集中供养救助金额 | … | 分类施保救助金额).
export const layout: CorpusLayout = {
  id: "duji-special-hardship-support-payout",
  source: {
    title: "杜集区特困人员救助供养资金发放表",
    url: "http://gdrzdg.com/zwgk/public/164/64776969.html",
    publisher: "淮北市杜集区（转载页）",
    changes:
      "As published: 单位：人、元, the thirteen headings and the second header row of older labels under the five money columns, " +
      "the five streets and towns (高岳街道办事处, 矿山集街道办事处, 朔里镇, 石台镇, 段园镇), 合计 at the foot, figures to two decimals. " +
      "The stored copy begins at the unit line: the title row is ours, and the month the payout is for is not shown (no year is " +
      "stated). Figures are ours. Planted: 朔里镇's 集中+分散合计 typed 172,812.00 where 28,920 + 143,262 = 172,182 (and 供养资金 + " +
      "护理补贴 give 172,182 too); the 合计 of that column 620,223 is the office's true sum, so it misses the lines as typed " +
      "(620,853); the 护理补贴 合计 typed 71,163.00 where its lines add to 71,613.",
  },
  classes: [
    "composition", "allocation-by-town", "count-columns", "people-and-households", "two-splits-of-one-total",
    "row-total-column", "second-header-row-old-labels", "yuan-amounts", "count-and-money-caption", "streets-and-towns-as-lines",
    "total-at-foot", "title-not-in-stored-copy", "no-year-stated", "social-assistance", "district-fund", "anhui",
  ],
  sheets: [
    {
      name: "发放表",
      widths: [6, 18, 10, 10, 8, 10, 10, 8, 14, 14, 14, 14, 12],
      rows: [
        ["杜集区特困人员救助供养资金发放表", null, null, null, null, null, null, null, null, null, null, null, null],
        ["单位：人、元", null, null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "地区", "集中供养保障户数", "分散供养保障户数", "保障户数", "集中供养保障人数", "分散供养保障人数", "保障人数", "集中供养资金+护理补贴", "分散供养资金+护理补贴", "集中+分散合计", "供养资金", "护理补贴"],
        [null, null, null, null, null, null, null, null, "集中供养救助金额", "分散供养救助金额", "发放总金额", "差额救助金额", "分类施保救助金额"],
        [1, "高岳街道办事处", 15, 62, 77, 15, 62, 77, 21690, 70510, 92200, 80450, 11750],
        [2, "矿山集街道办事处", 12, 58, 70, 12, 63, 75, 17352, 71638, 88990, 77610, 11380],
        [3, "朔里镇", 20, 121, 141, 20, 126, 146, 28920, 143262, 172812, 153150, 19032],
        [4, "石台镇", 13, 138, 151, 13, 146, 159, 18798, 166003, 184801, 165720, 19081],
        [5, "段园镇", 19, 47, 66, 19, 48, 67, 27474, 54576, 82050, 71680, 10370],
        ["合计", null, 79, 426, 505, 79, 445, 524, 114234, 505989, 620223, 548610, 71163],
      ],
      merges: ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "A10:B10"],
      numberFormats: { "I5:M10": "0.00" },
    },
  ],
  settings: { district: "淮北市杜集区" },
  expect: {
    tables: [
      {
        sheet: "发放表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 10,
        columns: {
          B: "line",
          I: "amount:集中供养资金+护理补贴",
          J: "amount:分散供养资金+护理补贴",
          K: "amount",
          L: "amount:供养资金",
          M: "amount:护理补贴",
        },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "K7", why: "朔里镇: 集中+分散合计 172,812; 28,920 + 143,262 = 172,182 (so is 153,150 + 19,032): 630元 apart" },
      {
        rule: "composition.total-mismatch",
        cell: "K10",
        why: "合计 620,223; the column's lines as typed 92,200 + 88,990 + 172,812 + 184,801 + 82,050 = 620,853: 630元 apart",
      },
      { rule: "composition.total-mismatch", cell: "M10", why: "护理补贴 合计 71,163; its lines 11,750 + 11,380 + 19,032 + 19,081 + 10,370 = 71,613: 450元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "I10", why: "集中 lines add to 114,234 as stated" },
      { rule: "composition.total-mismatch", cell: "J10", why: "分散 lines add to 505,989 as stated" },
      { rule: "composition.total-mismatch", cell: "L10", why: "供养资金 lines add to 548,610 as stated" },
      { rule: "composition.total-mismatch", cell: "K5", why: "高岳: 21,690 + 70,510 = 92,200 = 80,450 + 11,750 — two splits of one total, neither added to the other" },
      { rule: "composition.total-mismatch", cell: "E10", why: "households 79 + 426 = 505 and people 79 + 445 = 524 are counts that add up; never money" },
      { rule: "composition.line-mismatch", why: "no standard per person is stated: the counts are no quantity × unit" },
    ],
  },
};
