import type { CorpusLayout } from "../types";

// 北京市商务局 2023-03: money for firms that run promotions in the “2023北京消费季” — four kinds of firm, each assessed into tiers
// with a maximum per tier (综合体 50/30/20万元; 线下零售 200/100/50/30; 外埠分公司转独立法人 50/40/20/4; 餐饮 100/50/30/20).
// Laid out as the quarter's support list: the kind and tier named in one 支持类别 cell per firm.
export const layout: CorpusLayout = {
  id: "beijing-2023-consumption-season-support",
  source: {
    title: "北京市商务局：企业参与消费季将获资金支持（北京日报；中国西藏网转载）",
    url: "http://www.tyjgjz.com/cn/Instant/local/202303/t20230309_7375210.html",
    publisher: "北京市商务局（北京日报报道）",
    date: "2023-03-09",
    changes:
      "As published: the four kinds of firm, their conditions (促消费投入不低于100万元; 零售额同比增幅不低于6%且增量超过100万元; 在京运营1年以上 and " +
      "零售额500万元以上; 餐饮收入增幅不低于12%且增量超过50万元) and the maximum of each tier, which are the catalog's caps. The report shows " +
      "no list: the first quarter's support list (序号 | 企业名称 | 统一社会信用代码 | 所在区 | 支持类别 | 支持金额（万元）), its ten firms, codes " +
      "and amounts are ours. Planted: 海淀万柳百货 (线下零售企业第三档, at most 50) given 60; 丰台花乡餐饮 (餐饮企业第四档, at most 20) given 25; " +
      "燕郊福成购物中心 registered in 河北省三河市.",
  },
  classes: ["register", "item-per-row", "tiered-maxima", "kind-and-tier-in-one-cell", "max-cap", "credit-codes", "districts-as-places", "city-wide-fund", "wanyuan-in-header", "beijing"],
  settings: { district: "北京市", asOf: "2023-06-30" },
  sheets: [
    {
      name: "支持名单",
      widths: [6, 34, 22, 12, 34, 16],
      rows: [
        ["2023北京消费季促消费活动资金支持企业名单（第一季度）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "支持类别", "支持金额（万元）"],
        [1, "北京朝阳望京商业综合体管理有限公司", "91110105MAUBPMBBUR", "朝阳区", "城市商业综合体（第一档）", 50],
        [2, "北京海淀万柳百货有限公司", "91110108MAKMUHFMBY", "海淀区", "线下零售企业（第三档）", 60],
        [3, "北京丰台花乡餐饮管理有限公司", "91110106MABRM9M9UR", "丰台区", "餐饮企业（第四档）", 25],
        [4, "北京西单华联超市有限公司", "91110102MAX9XRRK91", "西城区", "线下零售企业（第一档）", 200],
        [5, "北京东四胡同餐饮有限公司", "91110101MA99UFDKFD", "东城区", "餐饮企业（第二档）", 50],
        [6, "北京运河商业管理有限公司", "91110112MAKUDHDDDD", "通州区", "城市商业综合体（第三档）", 20],
        [7, "燕郊福成购物中心有限公司", "91131082MA9PDDPRP8", "河北省三河市", "线下零售企业（第四档）", 30],
        [8, "北京朝阳三里屯时尚零售有限公司", "91110105MAXRKFMKDM", "朝阳区", "外埠企业分公司变更为在京独立法人企业（第二档）", 40],
        [9, "北京海淀五道口餐饮有限公司", "91110108MA9XHBF9U2", "海淀区", "餐饮企业（第三档）", 28.5],
        [10, "北京西城金融街购物中心有限公司", "91110102MAK9BUKMK5", "西城区", "城市商业综合体（第二档）", 30],
        ["合计", null, null, null, null, 533.5],
      ],
      merges: ["A1:F1", "A13:E13"],
      numberFormats: { "F3:F13": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "城市商业综合体（第一档）", capType: "max", capAmount: 50, unit: "万元", year: 2023, document: "关于鼓励企业创新开展“2023北京消费季”促消费活动的通知" },
      { name: "城市商业综合体（第二档）", capType: "max", capAmount: 30, unit: "万元", year: 2023, document: "同上" },
      { name: "城市商业综合体（第三档）", capType: "max", capAmount: 20, unit: "万元", year: 2023, document: "同上" },
      { name: "线下零售企业（第一档）", capType: "max", capAmount: 200, unit: "万元", year: 2023, document: "同上" },
      { name: "线下零售企业（第二档）", capType: "max", capAmount: 100, unit: "万元", year: 2023, document: "同上" },
      { name: "线下零售企业（第三档）", capType: "max", capAmount: 50, unit: "万元", year: 2023, document: "同上" },
      { name: "线下零售企业（第四档）", capType: "max", capAmount: 30, unit: "万元", year: 2023, document: "同上" },
      { name: "外埠企业分公司变更为在京独立法人企业（第一档）", capType: "max", capAmount: 50, unit: "万元", year: 2023, document: "同上" },
      { name: "外埠企业分公司变更为在京独立法人企业（第二档）", capType: "max", capAmount: 40, unit: "万元", year: 2023, document: "同上" },
      { name: "外埠企业分公司变更为在京独立法人企业（第三档）", capType: "max", capAmount: 20, unit: "万元", year: 2023, document: "同上" },
      { name: "外埠企业分公司变更为在京独立法人企业（第四档）", capType: "max", capAmount: 4, unit: "万元", year: 2023, document: "同上" },
      { name: "餐饮企业（第一档）", capType: "max", capAmount: 100, unit: "万元", year: 2023, document: "同上" },
      { name: "餐饮企业（第二档）", capType: "max", capAmount: 50, unit: "万元", year: 2023, document: "同上" },
      { name: "餐饮企业（第三档）", capType: "max", capAmount: 30, unit: "万元", year: 2023, document: "同上" },
      { name: "餐饮企业（第四档）", capType: "max", capAmount: 20, unit: "万元", year: 2023, document: "同上" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F4", why: "线下零售企业（第三档） at most 50万元; 海淀万柳百货 given 60.00: 10万元 over" },
      { rule: "cap.exceeded", cell: "F5", why: "餐饮企业（第四档） at most 20万元; 丰台花乡餐饮 given 25.00: 5万元 over" },
      { rule: "register.ineligible-location", cell: "D9", why: "河北省三河市 is outside 北京市" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F3", why: "城市商业综合体（第一档） 50 = its maximum" },
      { rule: "cap.exceeded", cell: "F6", why: "线下零售企业（第一档） 200 = its maximum" },
      { rule: "cap.exceeded", cell: "F10", why: "外埠…（第二档） 40 = its maximum" },
      { rule: "cap.exceeded", cell: "F11", why: "餐饮企业（第三档） 28.50 within 30" },
      { rule: "cap.exceeded", cell: "F13", why: "合计 533.50 is no award (50+60+25+200+50+20+30+40+28.5+30 = 533.5)" },
      { rule: "register.duplicate", why: "ten different firms, each once" },
      { rule: "cap.unknown-policy", why: "every 支持类别 is a catalog item, kind and tier together" },
      { rule: "register.unpaid", why: "as of 2023-06-30 the year's deadline has not passed" },
    ],
  },
};
