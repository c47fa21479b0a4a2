import type { CorpusLayout } from "../types";

// 海南 文昌市 2025-08 (海南招商网): 耕地地力保护补贴 — 执行省级统一补贴基准 每亩141.229元, 各镇申报合规耕地面积, 村级初审-镇级复核-市级抽查. Laid out as the
// money's allocation by town: 序号 | 镇 | 核实补贴面积（亩） | 补贴标准（元/亩） | 补贴金额（元） | 备注, 单位：亩、元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "wenchang-2025-cultivated-land-protection-subsidy-by-town",
  source: {
    title: "海南文昌启动耕地地力保护补贴申报 助力农业可持续发展（文昌市2025年耕地地力保护补贴资金分镇分配表，表据正文拟）",
    url: "https://hainan.010b.com/info/detail/99435.html",
    publisher: "海南招商网（文昌市）",
    date: "2025-08-14",
    changes:
      "As published: the standard (省级统一补贴基准，每亩141.229元), the money shared by each 镇's 合规耕地面积, who may apply, the six cases paid nothing and the " +
      "村级初审-镇级复核-市级抽查 review. The report gives no table: eight of 文昌's towns, their areas and the amounts (area × 141.229, rounded to the fen) are ours " +
      "(表据正文拟). Planted: 会文镇's amount typed 2,151,748.69 where 15,274.12亩 × 141.229 = 2,157,148.69 (the 合计 adds the amounts as typed).",
  },
  classes: [
    "composition", "allocation-by-town", "unit-times-quantity", "standard-on-every-line", "three-decimal-standard", "fen-rounding", "yuan-unit",
    "area-and-money-caption", "total-row-at-foot", "notes-under-table", "table-from-prose", "county-fund", "hainan",
  ],
  settings: { district: "文昌市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 18, 18, 18, 14],
      rows: [
        ["文昌市2025年耕地地力保护补贴资金分镇分配表", null, null, null, null, null],
        [null, null, null, null, "单位：亩、元", null],
        ["序号", "镇", "核实补贴面积（亩）", "补贴标准（元/亩）", "补贴金额（元）", "备注"],
        [1, "文城镇", 18642.35, 141.229, 2632840.45, null],
        [2, "重兴镇", 9817.6, 141.229, 1386529.83, null],
        [3, "蓬莱镇", 21306.48, 141.229, 3009092.86, null],
        [4, "会文镇", 15274.12, 141.229, 2151748.69, null],
        [5, "东路镇", 12958.77, 141.229, 1830154.13, null],
        [6, "潭牛镇", 8463.05, 141.229, 1195228.09, null],
        [7, "翁田镇", 19735.9, 141.229, 2787281.42, null],
        [8, "锦山镇", 14120.36, 141.229, 1994204.32, null],
        ["合计", null, 120318.63, null, 16987079.79, null],
        ["注：补贴面积为经村级初审、镇级复核、市级抽查后的合规耕地面积；已转为畜牧水产养殖、林地、设施农业用地、被非农占用、抛荒超1年的耕地等不予补贴。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "E2:F2", "A12:B12", "A13:F13"],
      numberFormats: { "C4:C12": "#,##0.00", "D4:D11": "0.000", "E4:E12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "composition.line-mismatch",
        cell: "E7",
        why: "会文镇 15,274.12亩 × 141.229元/亩 = 2,157,148.69; typed 2,151,748.69 (5,400.00元 short, digits transposed)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E4", why: "18,642.35 × 141.229 = 2,632,840.448…, shown 2,632,840.45: within the fen" },
      { rule: "composition.line-mismatch", cell: "E9", why: "12,958.77 × 141.229 = 1,830,154.128…, shown 1,830,154.13: within the fen" },
      {
        rule: "composition.total-mismatch",
        cell: "E12",
        why: "合计 16,987,079.79 = the eight amounts as typed (2,632,840.45 + 1,386,529.83 + 3,009,092.86 + 2,151,748.69 + 1,830,154.13 + 1,195,228.09 + 2,787,281.42 + 1,994,204.32)",
      },
      { rule: "composition.total-mismatch", cell: "C12", why: "areas: 18,642.35 + 9,817.60 + 21,306.48 + 15,274.12 + 12,958.77 + 8,463.05 + 19,735.90 + 14,120.36 = 120,318.63亩, never added into the money" },
      { rule: "register.ineligible-location", why: "文城镇, 重兴镇, 蓬莱镇, 会文镇, 东路镇, 潭牛镇, 翁田镇, 锦山镇 are all of 文昌市; towns are the allocation's lines, no payees" },
      { rule: "cap.unknown-policy", why: "an allocation among towns, no register" },
    ],
  },
};
