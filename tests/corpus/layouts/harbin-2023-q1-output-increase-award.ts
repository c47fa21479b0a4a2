import type { CorpusLayout } from "../types";

// 哈尔滨市工业和信息化局 2023-03-27 (哈工信规〔2023〕1号): on top of the province's award, 1% of a large firm's year-on-year output
// increase when it exceeds 5,000万元, at most 50万元 a firm a quarter, to 2023-06-30. Laid out as the quarter's payment list such
// rules produce: 区、县（市）, firm, code, both quarters' output, the increase as the base, the city's award, 备注.
export const layout: CorpusLayout = {
  id: "harbin-2023-q1-output-increase-award",
  source: {
    title: "哈尔滨市推进规上工业企业达产增产奖励政策实施细则（哈工信规〔2023〕1号）— 2023年一季度市级奖励资金兑现名单",
    url: "https://www.lr5.cn/2023/03/29/27629.html",
    publisher: "哈尔滨市工业和信息化局",
    date: "2023-03-27",
    changes:
      "The rule is as published (第二条: 产值同比增量超过5000万元以上的，按增量的1%给予市级奖励，每季度每户企业奖励资金最高不超过50万元; " +
      "第三条 就高不重复). The stored page gives the rules, not a list: the payment list (its title, columns 序号 | 区、县（市） | 企业名称 | " +
      "统一社会信用代码 | 2022年一季度产值 | 2023年一季度产值 | 产值同比增量 | 市级奖励资金 | 备注, the 合计) is ours, as are the firms, codes " +
      "and figures. Since only increases above 5,000万元 qualify, 1% is always above 50万元 and every award is the maximum. Planted: " +
      "松北生物制药 paid 1% of its increase (58.60) ignoring the 50 maximum; 平房汽车零部件 listed twice in the quarter; 让胡路石化 of " +
      "大庆市 on the city's list.",
  },
  classes: ["register", "rate-with-cap", "cap-always-binds", "base-column", "output-columns", "threshold-condition", "credit-codes", "districts-as-places", "counties-as-places", "item-in-title", "wanyuan-caption", "heilongjiang"],
  settings: { district: "哈尔滨市", asOf: "2023-05-20" },
  sheets: [
    {
      name: "一季度",
      widths: [6, 14, 30, 22, 14, 14, 14, 14, 10],
      rows: [
        ["2023年一季度哈尔滨市规上工业企业达产增产市级奖励资金兑现名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "区、县（市）", "企业名称", "统一社会信用代码", "2022年一季度产值", "2023年一季度产值", "产值同比增量", "市级奖励资金", "备注"],
        [1, "南岗区", "哈尔滨南岗电气设备有限公司", "91230103MA645GBHD3", 18640, 25320, 6680, 50, null],
        [2, "平房区", "哈尔滨平房汽车零部件有限公司", "91230108MACAEAX88P", 42300, 51860, 9560, 50, null],
        [3, "松北区", "哈尔滨松北生物制药有限公司", "91230109MAGGFWPY90", 12050, 17910, 5860, 58.6, null],
        [4, "香坊区", "哈尔滨香坊食品有限公司", "91230110MALYP2QBKD", 30400, 36150, 5750, 50, null],
        [5, "双城区", "哈尔滨双城乳业有限公司", "91230113MAT5QGKRYE", 64200, 75900, 11700, 50, null],
        [6, "阿城区", "哈尔滨阿城钢结构有限公司", "91230112MAYDP7ATDX", 9860, 15120, 5260, 50, null],
        [7, "宾县", "哈尔滨宾州建材有限公司", "91230125MA3U0CBBBP", 21500, 27400, 5900, 50, null],
        [8, "大庆市让胡路区", "大庆让胡路石化配件有限公司", "91230604MA921Y50JT", 15300, 21000, 5700, 50, null],
        [9, "五常市", "五常稻香米业有限公司", "91230184MAD82DP3BM", 8200, 13600, 5400, 50, null],
        [10, "平房区", "哈尔滨平房汽车零部件有限公司", "91230108MACAEAX88P", 42300, 51860, 9560, 50, null],
        ["合计", null, null, null, 264750, 336120, 71370, 508.6, null],
      ],
      merges: ["A1:I1", "A14:D14"],
      numberFormats: { "E4:G14": "#,##0", "H4:H14": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "规上工业企业达产增产奖励",
        capType: "rate",
        rate: 0.01,
        capAmount: 50,
        unit: "万元",
        year: 2023,
        base: "产值同比增量",
        document: "哈工信规〔2023〕1号 第二条（按增量的1%，每季度每户最高不超过50万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "一季度",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", G: "base", H: "approved" },
        year: 2023,
        item: "规上工业企业达产增产奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H6", why: "松北生物制药 58.60 = 1% of 5,860, but the maximum of 50万元 binds first (1% × 5,860 = 58.60 > 50): 8.60万元 over" },
      { rule: "register.ineligible-location", cell: "B11", why: "让胡路区 is a district of 大庆市, not of 哈尔滨市" },
      { rule: "register.duplicate", cell: "H13", why: "平房汽车零部件 (91230108MACAEAX88P) again under the same item in 2023; first at row 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H6", why: "the maximum binds (50 < 58.60): only the binding limit is reported, as cap.exceeded" },
      { rule: "cap.rate-exceeded", cell: "H4", why: "50 within 1% × 6,680 = 66.80 and within the maximum" },
      { rule: "cap.rate-exceeded", cell: "H9", why: "阿城 50 within 1% × 5,260 = 52.60" },
      { rule: "cap.exceeded", cell: "H14", why: "合计 508.60 is not an award" },
      { rule: "register.ineligible-location", cell: "B10", why: "宾县 is a county of 哈尔滨市" },
      { rule: "register.ineligible-location", cell: "B12", why: "五常市 is a county-level city of 哈尔滨市" },
      { rule: "register.location-code-mismatch", why: "each row inside 哈尔滨 carries its own district's or county's code (2301xx); the 大庆 row is outside" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the item is in the title (规上工业企业达产增产…奖励, split by 市级) and in the catalog" },
      { rule: "register.unpaid", why: "a 2023 list in May, before the year's deadline" },
      { rule: "input.unreadable-value", why: "the output columns are numbers; the headers naming 2022 and 2023 are headings, not years of rows" },
    ],
  },
};
