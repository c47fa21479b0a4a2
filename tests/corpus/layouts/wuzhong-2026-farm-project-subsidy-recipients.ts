import type { CorpusLayout } from "../types";

// 苏州市吴中区农业农村局 2026-01-28: 2026年度部分农业项目拟补助对象 公示 (projects passed their acceptance under 苏财农〔2025〕37号 /
// 34号), the notice with its 公示明细表 as an annex: one row a recipient and its own project, the 镇（街道）, the amount and the 业务科室.
export const layout: CorpusLayout = {
  id: "wuzhong-2026-farm-project-subsidy-recipients",
  source: {
    title: "吴中区农业农村局2026年度部分农业项目拟补助对象公示（附件：拟补助对象公示明细表）",
    url: "https://www.chacewang.com/newsdetail/news927519.html",
    publisher: "苏州市吴中区农业农村局",
    date: "2026-01-28",
    changes:
      "The stored copy gives the notice (the documents, the 公示 dates 2026-01-29 to 02-04, the phone 0512-65258441) and the annex's " +
      "title, not its body: the columns (序号 | 项目名称 | 拟补助对象 | 统一社会信用代码 | 所在镇（街道） | 拟补助金额（万元） | 业务科室) follow " +
      "the district's usual 公示明细表; firms, projects, 吴中区 codes (320506), towns and amounts are ours. Planted: 东山碧岭茶业's 茶园生态化改造 " +
      "listed twice (rows 4 and 8); 光福太湖渔业's code has a wrong check character.",
  },
  classes: [
    "register", "project-column", "credit-codes", "towns-as-places", "wanyuan-in-header", "two-decimal-wanyuan", "section-column",
    "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "district-fund", "jiangsu",
  ],
  settings: { district: "吴中区" },
  sheets: [
    {
      name: "拟补助对象公示明细表",
      widths: [6, 24, 30, 22, 12, 14, 14],
      rows: [
        ["吴中区农业农村局2026年度部分农业项目拟补助对象公示明细表", null, null, null, null, null, null],
        ["序号", "项目名称", "拟补助对象", "统一社会信用代码", "所在镇（街道）", "拟补助金额（万元）", "业务科室"],
        [1, "设施农业装备提升项目", "苏州临湖丰禾农业发展有限公司", "91320506MAQG6Y42BK", "临湖镇", 35, "种植业科"],
        [2, "茶园生态化改造项目", "苏州东山碧岭茶业有限公司", "91320506MAL4773JA5", "东山镇", 18.6, "种植业科"],
        [3, "果园标准化提升项目", "苏州金庭橘香农业科技有限公司", "91320506MAJ5XR8XG2", "金庭镇", 22.4, "种植业科"],
        [4, "水产养殖尾水治理项目", "苏州光福太湖渔业有限公司", "91320506MA8T1EWPP4", "光福镇", 41.25, "渔业科"],
        [5, "农产品冷链仓储项目", "苏州甪直水乡农产品有限公司", "91320506MA6DBQK3XM", "甪直镇", 27.8, "市场与信息化科"],
        [6, "茶园生态化改造项目", "苏州东山碧岭茶业有限公司", "91320506MAL4773JA5", "东山镇", 18.6, "种植业科"],
        [7, "稻米加工设备更新项目", "苏州横泾稻香米业有限公司", "91320506MAC2066RRP", "横泾街道", 15, "种植业科"],
        [8, "数字农业示范项目", "苏州越溪智农科技有限公司", "91320506MA54WULDR5", "越溪街道", 30, "市场与信息化科"],
        ["合计", null, null, null, null, 208.65, null],
        ["注：公示时间为2026年1月29日至2026年2月4日，如有异议请在公示期间反馈至吴中区农业农村局，联系电话：0512-65258441。", null, null, null, null, null, null],
        [null, null, null, null, "苏州市吴中区农业农村局", null, null],
        [null, null, null, null, "2026年1月28日", null, null],
      ],
      merges: ["A1:G1", "A11:E11", "A12:G12", "E13:G13", "E14:G14"],
      numberFormats: { "F3:F11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟补助对象公示明细表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C8", why: "苏州东山碧岭茶业有限公司's 茶园生态化改造项目 (18.60) is row 4 again, same code" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "91320506MA8T1EWPP4: the GB 32100 check character for 91320506MA8T1EWPP is 3, not 4" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "C4", why: "the first of the two rows is not the repeat" },
      { rule: "register.ineligible-location", cell: "E3", why: "临湖镇, 东山镇, 金庭镇, 光福镇, 甪直镇, 横泾街道 and 越溪街道 are all towns of 吴中区" },
      { rule: "register.location-code-mismatch", why: "every code carries 320506, 吴中区" },
      { rule: "register.duplicate", cell: "C9", why: "种植业科 repeats across different firms; only the 碧岭茶业 row is the same firm twice" },
      { rule: "input.unreadable-value", cell: "A12", why: "the 公示 note under the table" },
    ],
  },
};
