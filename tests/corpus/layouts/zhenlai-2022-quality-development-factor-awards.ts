import type { CorpusLayout } from "../types";

// 镇赉县工信局 / 镇赉县财政局 2022-11-18 (镇工信联字〔2022〕13号): 2022年高质量发展专项资金因素法 — the province's money for firms
// that carried growth: 2021年下半年 and 2022年一季度 output each ≥5000万元 with a net increase ≥1000万元, and production through the
// “五一” holiday (that month ≥500万元). The notice calls for applications; laid out as the list of firms such a call ends in.
export const layout: CorpusLayout = {
  id: "zhenlai-2022-quality-development-factor-awards",
  source: {
    title: "关于申报2022年高质量发展专项资金因素法的通知（镇工信联字〔2022〕13号）— 奖补企业名单（据申报条件拟）",
    url: "http://zwgk.jlzhenlai.gov.cn/zcbm/fgw_7112/xxgkml/202211/t20221118_950368.html",
    publisher: "镇赉县工信局 镇赉县财政局",
    date: "2022-11-18",
    changes:
      "As published: the fund, its three conditions (2021年下半年产值累计达5000万元以上且净增量达1000万元以上; 2022年一季度 the same; “五一”假期不停产, " +
      "当月产值达500万元以上) and that they must all be met. The notice is the call for applications: the list (序号 | 企业名称 | 统一社会信用代码 | " +
      "所在乡镇 | the three conditions' figures under merged headings | 奖补金额（万元）), firms, codes, figures and amounts are ours. Planted: one " +
      "firm listed twice; a firm placed in 大安市 (another county of 白城市); one code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "year-in-title", "condition-figures-beside-award", "merged-header-over-two", "two-header-rows", "credit-codes", "towns-as-places", "development-zone-among-towns", "no-catalog", "wanyuan-in-header", "total-at-foot", "county-government", "jilin"],
  settings: { district: "白城市镇赉县" },
  sheets: [
    {
      name: "奖补企业名单",
      widths: [6, 30, 22, 14, 12, 12, 12, 12, 14, 14],
      rows: [
        ["镇赉县2022年高质量发展专项资金（因素法）奖补企业名单", null, null, null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "2021年下半年（万元）", null, "2022年一季度（万元）", null, "“五一”当月产值（万元）", "奖补金额（万元）"],
        [null, null, null, null, "产值", "净增量", "产值", "净增量", null, null],
        [1, "镇赉县鹤翔米业有限公司", "91220821MA17HB2C3F", "镇赉镇", 8620, 1540, 6210, 1180, 1320, 30],
        [2, "吉林省丰禾牧业有限公司", "91220821316624578H", "镇赉经济开发区", 12450, 2310, 9870, 1650, 2260, 40],
        [3, "镇赉县北辰生物质能源有限公司", "91220821MA0Y8D7W5G", "坦途镇", 5630, 1080, 5240, 1030, 760, 20],
        [4, "白城市嫩江湾食品有限公司", "91220821MA17WQ3P96", "东屏镇", 7310, 1470, 5890, 1120, 980, 25],
        [5, "吉林省瑞泽新型建材有限公司", "91220882MA17Q8TL3U", "大安市两家子镇", 6040, 1210, 5510, 1060, 870, 20],
        [6, "镇赉县金穗粮食购销有限公司", "91220821MA0Y2N5K12", "五棵树镇", 9150, 1820, 7420, 1390, 1540, 30],
        [7, "吉林省镇赉华宇纸业有限公司", "91220821MA14XU6H2A", "镇赉经济开发区", 10280, 1960, 8140, 1470, 1780, 35],
        [8, "吉林省丰禾牧业有限公司", "91220821316624578H", "镇赉经济开发区", 12450, 2310, 9870, 1650, 2260, 40],
        [9, "镇赉县沿江水产养殖有限公司", "91220821MA17D3PB53", "沿江镇", 5280, 1020, 5090, 1010, 640, 20],
        ["合计", null, null, null, null, null, null, null, null, 260],
        ["注：申报条件须同时满足；奖补资金用于支持企业扩大生产。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3", "J2:J3", "A13:I13", "A14:J14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", J: "approved" },
        year: 2022,
        item: "高质量发展专项资金因素法",
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "D8", why: "大安市两家子镇 lies in 大安市, another county of 白城市, outside 镇赉县" },
      { rule: "register.duplicate", cell: "J11", why: "吉林省丰禾牧业有限公司 (91220821316624578H) again on row 11 with the same item and year as row 5" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91220821MA14XU6H2A: the check character for the first 17 is 1, not A" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D5", why: "镇赉经济开发区 is the county's own development zone" },
      { rule: "register.ineligible-location", cell: "D4", why: "镇赉镇, 坦途镇, 东屏镇, 五棵树镇, 沿江镇 are towns of 镇赉县" },
      { rule: "input.unreadable-value", why: "产值 and 净增量 are figures of the conditions, numbers; the merged headings over two columns are headings" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (260 = 30+40+20+25+20+30+35+40+20) is not a composition" },
      { rule: "register.unpaid", why: "no as-of date; an award list before payment" },
    ],
  },
};
