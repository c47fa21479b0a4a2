import type { CorpusLayout } from "../types";

// 金寨县财政局 / 农业农村局 2021-07-18: the 2021 one-off subsidy for grain farmers, paid by 乡镇（经济开发区） — 粮食种植面积（亩） |
// 每亩补助资金（元） (18.34, typed once and merged down the column) | 应打卡发放资金（元） | 备注, amounts in 元 to the fen, 产业园 among the towns.
export const layout: CorpusLayout = {
  id: "jinzhai-2021-grain-farmer-one-off-subsidy-towns",
  source: {
    title: "金寨县2021年实际种粮农民一次性补贴面积、补贴标准和补贴资金的公示（附：金寨县2021年实际种粮农民一次性补贴资金发放一览表）",
    url: "https://www.ahjinzhai.gov.cn/public/6617581/34298793.html",
    publisher: "金寨县财政局 金寨县农业农村局",
    date: "2021-07-18",
    changes:
      "As published: the table's title, the headings (序号 | 乡 镇 | 粮食种植面积（亩） | 每亩补助资金（元） | 应打卡发放资金（元） | 备注), the standard " +
      "18.34元/亩 written once on the first line and standing for the column, 产业园 listed among the towns, amounts in 元 with two decimals. Ours: " +
      "twelve of the county's units kept (the published list runs on), every area and amount (area × 18.34 rounded to the fen), the 合计 row and the " +
      "note under it. Planted: 燕子河镇's amount typed 113,800.52 for 6,450.41 × 18.34 = 118,300.52; the 合计 keeps the sum the areas give " +
      "(1,365,556.04), so it misses the lines as typed by the same 4,500.00.",
  },
  classes: [
    "composition", "allocation-by-town", "unit-times-quantity", "standard-merged-down", "area-and-money", "yuan-amounts", "two-decimal-yuan",
    "units-in-headings", "development-zone-among-towns", "remark-column", "total-at-foot", "notes-under-table", "county-fund", "anhui",
  ],
  settings: { district: "金寨县" },
  sheets: [
    {
      name: "发放一览表",
      widths: [6, 12, 18, 16, 20, 10],
      rows: [
        ["金寨县2021年实际种粮农民一次性补贴资金发放一览表", null, null, null, null, null],
        ["序号", "乡 镇", "粮食种植面积（亩）", "每亩补助资金（元）", "应打卡发放资金（元）", "备注"],
        [1, "梅山镇", 11211.57, 18.34, 205620.19, null],
        [2, "产业园", 2803.06, null, 51408.12, null],
        [3, "白塔畈镇", 12175.73, null, 223302.89, null],
        [4, "麻埠镇", 3367.39, null, 61757.93, null],
        [5, "油坊店乡", 2705.3, null, 49615.2, null],
        [6, "张冲乡", 2248.2, null, 41231.99, null],
        [7, "青山镇", 2994.33, null, 54916.01, null],
        [8, "燕子河镇", 6450.41, null, 113800.52, null],
        [9, "长岭乡", 7830.95, null, 143619.62, null],
        [10, "天堂寨镇", 4915.76, null, 90155.04, null],
        [11, "古碑镇", 9620.48, null, 176439.6, null],
        [12, "双河镇", 8134.62, null, 149188.93, null],
        ["合计", null, 74457.8, null, 1365556.04, null],
        ["注：补贴资金通过惠农补贴资金“一卡通”直接发放到户；公示期7天。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "D3:D14", "A15:B15", "A16:F16"],
      numberFormats: { "C3:C15": "#,##0.00", "D3:D14": "0.00", "E3:E15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "发放一览表",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E10", why: "燕子河镇 6,450.41亩 × 18.34元 = 118,300.52元; typed 113,800.52: 4,500.00元 short" },
      {
        rule: "composition.total-mismatch",
        cell: "E15",
        why: "the twelve amounts as typed add up to 1,361,056.04元; 合计 1,365,556.04 (the sum with 燕子河镇 at 118,300.52): 4,500.00 apart",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "11,211.57 × 18.34 = 205,620.1938 → 205,620.19" },
      { rule: "composition.line-mismatch", cell: "E4", why: "产业园 2,803.06 × 18.34 (the standard merged down D3:D14) = 51,408.1204 → 51,408.12" },
      { rule: "composition.line-mismatch", cell: "E13", why: "古碑镇 9,620.48 × 18.34 = 176,439.6032 → 176,439.60" },
      { rule: "composition.total-mismatch", cell: "C15", why: "the areas add up to 74,457.80亩, as stated" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table is text" },
    ],
  },
};
