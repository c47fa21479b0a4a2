import type { CorpusLayout } from "../types";

// 海南省工业和信息化厅 2025-02: 激励企业上规模奖励资金（工业）for output first passing 3 / 5 / 15 / 30 / 50亿元 in 2024 — fixed awards
// of 30 / 50 / 150 / 300 / 500万元, a firm moving up a band paid the difference (晋档补差). Laid out as the proposed list: 市县,
// firm, code, 2024年产值 in 亿元 beside the award in 万元, the band as 奖励类别, 备注.
export const layout: CorpusLayout = {
  id: "hainan-2024-scale-up-tier-awards",
  source: {
    title: "最高奖励500万元！海南今年这项奖励资金开始申报（2025年激励企业上规模奖励资金（工业）；名单据报道拟）",
    url: "https://enm.hiipb.com/news/show-27496.html",
    publisher: "海南省工业和信息化厅（转载报道）",
    date: "2025-02-23",
    changes:
      "The report gives the bands and awards (2024年产值首次突破3亿元、5亿元、15亿元、30亿元、50亿元…分别给予30万元、50万元、150万元、300万元、" +
      "500万元一次性奖励), the 海易兑 procedure and the 公示; the list itself is not shown. Its layout (序号 | 市县 | 企业名称 | 统一社会信用代码 | " +
      "2024年产值（亿元） | 奖励类别 | 奖励金额（万元） | 备注, 合计) and every row are ours; the 晋档补差 remark and the note on 小升规 follow the " +
      "related notice's wording. Planted: 儋州那大食品 50 under the 3亿元 band's fixed 30; 海南椰风饮料 listed a second time (row 12).",
  },
  classes: ["register", "fixed-cap", "tiered-awards", "item-column", "output-column", "mixed-units-by-column", "top-up-difference-in-remark", "credit-codes", "counties-as-places", "province-wide-fund", "wanyuan-in-header", "remark-column", "notes-under-table", "hainan"],
  settings: { district: "海南省", asOf: "2025-03-31" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 14, 30, 22, 14, 24, 14, 26],
      rows: [
        ["2025年海南省激励企业上规模奖励资金（工业）拟奖励企业名单", null, null, null, null, null, null, null],
        ["序号", "市县", "企业名称", "统一社会信用代码", "2024年产值（亿元）", "奖励类别", "奖励金额（万元）", "备注"],
        [1, "海口市", "海南椰风饮料有限公司", "91460100MAY7E26G9L", 3.42, "产值首次突破3亿元奖励", 30, null],
        [2, "澄迈县", "海南澄迈光纤科技有限公司", "91469027MALAJ5QPB5", 5.86, "产值首次突破5亿元奖励", 50, null],
        [3, "洋浦经济开发区", "洋浦石化新材料有限公司", "91460400MAL8B6GULL", 16.3, "产值首次突破15亿元奖励", 150, null],
        [4, "儋州市", "儋州那大食品有限公司", "91460400MAT05F582X", 3.15, "产值首次突破3亿元奖励", 50, null],
        [5, "三亚市", "三亚海棠湾医疗器械有限公司", "91460200MA1EKRR2NT", 5.21, "产值首次突破5亿元奖励", 20, "晋档补差，已按2024年1-10月产值获3亿元档奖励30万元"],
        [6, "海口市", "海口美兰航空部件有限公司", "91460100MAR5TGG6QF", 31.7, "产值首次突破30亿元奖励", 300, null],
        [7, "文昌市", "文昌航天电子科技有限公司", "91469005MAHJYGDLRH", 3.66, "产值首次突破3亿元奖励", 30, null],
        [8, "澄迈县", "海南老城生物科技有限公司", "91469027MA4J6HNAT6", 52.4, "产值首次突破50亿元奖励", 500, null],
        [9, "东方市", "东方八所化工有限公司", "91469007MABE4M1DXT", 15.8, "产值首次突破15亿元奖励", 150, null],
        [10, "海口市", "海南椰风饮料有限公司", "91460100MAY7E26G9L", 3.42, "产值首次突破3亿元奖励", 30, null],
        ["合计", null, null, null, null, null, 1310, null],
        ["注：激励企业上规模奖励资金与工业企业小升规奖励资金当年不能重复享受。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A13:F13", "A14:H14"],
      numberFormats: { "E3:E12": "0.00", "G3:G13": "#,##0" },
    },
  ],
  catalog: {
    items: [
      { name: "产值首次突破3亿元奖励", capType: "fixed", capAmount: 30, unit: "万元", document: "海南省激励企业上规模奖励资金（工业和信息产业）管理实施细则" },
      { name: "产值首次突破5亿元奖励", capType: "fixed", capAmount: 50, unit: "万元", document: "海南省激励企业上规模奖励资金（工业和信息产业）管理实施细则" },
      { name: "产值首次突破15亿元奖励", capType: "fixed", capAmount: 150, unit: "万元", document: "海南省激励企业上规模奖励资金（工业和信息产业）管理实施细则" },
      { name: "产值首次突破30亿元奖励", capType: "fixed", capAmount: 300, unit: "万元", document: "海南省激励企业上规模奖励资金（工业和信息产业）管理实施细则" },
      { name: "产值首次突破50亿元奖励", capType: "fixed", capAmount: 500, unit: "万元", document: "海南省激励企业上规模奖励资金（工业和信息产业）管理实施细则" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "item", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G6", why: "产值首次突破3亿元奖励 is a fixed 30万元; 50 given, 20万元 over" },
      { rule: "register.duplicate", cell: "G12", why: "海南椰风饮料 (91460100MAY7E26G9L) again under the same band and year; first at row 3" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G7", why: "20 under the 5亿元 band's 50: the difference after the 30 already paid" },
      { rule: "cap.exceeded", cell: "G10", why: "500 is the 50亿元 band's own fixed award" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 1,310 is no award" },
      { rule: "cap.exceeded", cell: "E5", why: "2024年产值 is in 亿元 and describes the firm; it is no award" },
      { rule: "register.ineligible-location", why: "洋浦经济开发区 and the cities and counties are 海南省's own" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is an item of the catalog" },
    ],
  },
};
