import type { CorpusLayout } from "../types";

// 四川 凉山州越西县农业农村局 2025-09-03: 第三轮草原生态保护补助奖励 — 草原禁牧补助 7.65元/亩 and 草畜平衡奖励 2.5元/亩 to the herders who
// hold the grassland. Laid out as the notice's annex, 越西县2025草原生态保护补助奖励政策任务及资金安排表: each town's area and money under two
// groups whose headings state the standard, a 资金合计 column, 合计 at the foot; areas in 亩, money in 万元.
export const layout: CorpusLayout = {
  id: "yuexi-2025-grassland-subsidy-allocation",
  source: {
    title: "越西县第三轮草原生态保护补助奖励政策资金（附件：越西县2025草原生态保护补助奖励政策任务及资金安排表）",
    url: "https://www.chacewang.com/newsdetail/news862272.html",
    publisher: "越西县农业农村局（查策网转载）",
    date: "2025-09-03",
    changes:
      "As published: the fund, the 主管部门, the standards (草原禁牧补助 7.65元/亩, 草畜平衡奖励 2.5元/亩), the year and the annex's title. The stored copy " +
      "gives the notice, not the annex, so the annex's columns (序号 | 乡镇 | the two groups, each 面积（亩） | 资金（万元）, headed by its standard | 资金合计) " +
      "and the eight towns' areas and money are ours. Planted: 乃托镇's 资金合计 15.48 where 9.18 + 6.00 = 15.18, so the column of 资金合计 adds up to " +
      "97.44 against the 97.14 stated at its foot.",
  },
  classes: ["composition", "allocation-by-town", "standard-in-group-heading", "area-times-standard", "mixed-units-by-column", "two-groups-side-by-side", "row-total-column", "merged-header-over-two", "two-header-rows", "total-at-foot", "wanyuan-caption", "sichuan"],
  sheets: [
    {
      name: "任务及资金安排表",
      widths: [6, 14, 14, 14, 16, 14, 14],
      rows: [
        ["越西县2025草原生态保护补助奖励政策任务及资金安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亩、万元"],
        ["序号", "乡镇", "草原禁牧补助（7.65元/亩）", null, "草畜平衡奖励（2.5元/亩）", null, "资金合计（万元）"],
        [null, null, "禁牧面积（亩）", "补助资金（万元）", "草畜平衡面积（亩）", "奖励资金（万元）", null],
        [1, "越城镇", 4000, 3.06, 12000, 3, 6.06],
        [2, "中所镇", 6000, 4.59, 16000, 4, 8.59],
        [3, "新民镇", 8000, 6.12, 20000, 5, 11.12],
        [4, "乃托镇", 12000, 9.18, 24000, 6, 15.48],
        [5, "普雄镇", 16000, 12.24, 30000, 7.5, 19.74],
        [6, "瓦岩乡", 10000, 7.65, 18000, 4.5, 12.15],
        [7, "保安藏族乡", 14000, 10.71, 22000, 5.5, 16.21],
        [8, "大屯乡", 6000, 4.59, 14000, 3.5, 8.09],
        ["合计", null, 76000, 58.14, 156000, 39, 97.14],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "A13:B13"],
      numberFormats: { "C5:C13": "#,##0", "E5:E13": "#,##0", "D5:D13": "0.00", "F5:G13": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "任务及资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", C: "quantity", D: "amount", E: "quantity:草畜平衡", F: "amount:草畜平衡", G: "amount:资金合计" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "G8", why: "乃托镇 资金合计 15.48 where 补助 9.18 + 奖励 6.00 = 15.18 (0.30万元 too much)" },
      {
        rule: "composition.total-mismatch",
        cell: "G13",
        why: "the 资金合计 column adds up to 6.06 + 8.59 + 11.12 + 15.48 + 19.74 + 12.15 + 16.21 + 8.09 = 97.44, not the 97.14 stated (which is 58.14 + 39.00: the slip is 乃托镇's)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "D8", why: "12,000亩 × 7.65元 = 91,800元 = 9.18万元 exactly" },
      { rule: "composition.line-mismatch", cell: "D9", why: "16,000亩 × 7.65元 = 122,400元 = 12.24万元" },
      { rule: "composition.line-mismatch", cell: "F9", why: "30,000亩 × 2.5元 = 75,000元 = 7.50万元" },
      { rule: "composition.line-mismatch", cell: "D13", why: "76,000亩 × 7.65元 = 581,400元 = 58.14万元" },
      { rule: "composition.line-mismatch", cell: "F13", why: "156,000亩 × 2.5元 = 390,000元 = 39.00万元" },
      { rule: "composition.total-mismatch", cell: "D13", why: "3.06 + 4.59 + 6.12 + 9.18 + 12.24 + 7.65 + 10.71 + 4.59 = 58.14" },
      { rule: "composition.total-mismatch", cell: "F13", why: "3 + 4 + 5 + 6 + 7.5 + 4.5 + 5.5 + 3.5 = 39.00" },
      { rule: "composition.total-mismatch", cell: "C13", why: "the areas add up to 76,000亩 (areas, not money)" },
      { rule: "composition.total-mismatch", cell: "G9", why: "普雄镇 19.74 = 12.24 + 7.50" },
      { rule: "composition.line-rounded", why: "every amount is area × a stated standard, exact to the 元" },
      { rule: "input.unreadable-value", why: "the unit caption 单位：亩、万元 is text" },
    ],
  },
};
