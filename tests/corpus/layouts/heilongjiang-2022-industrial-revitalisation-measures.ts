import type { CorpusLayout } from "../types";

// 黑龙江省人民政府办公厅 2022-03-16 (黑政办规〔2022〕): 黑龙江省推动工业振兴若干政策措施, 一、推动传统产业改造升级 — LPR 贴息
// for 12 or 24 months with a maximum (800 / 2500万元), the province 60% and the city 40% of it; 10% of the contract for a 数字化车间
// (at most 200万元) or an 智能工厂 (at most 1000万元); 100万元 for 节能降碳 and for a national 绿色工厂; a clause leaving untracked
// projects to the cities. Set out as the clause table an office keeps, with the year's proposed 数字化改造 subsidies by 市（地）.
export const layout: CorpusLayout = {
  id: "heilongjiang-2022-industrial-revitalisation-measures",
  source: {
    title: "黑龙江省推动工业振兴若干政策措施（一、推动传统产业改造升级 1—3）",
    url: "https://qqhr.zwfw.hlj.gov.cn/tsfwzq/msjxfwzq/zcwj/art/2025/art_5914ed83da65428db42f566b2e69a00a.html",
    publisher: "黑龙江省人民政府办公厅（省工信厅、省财政厅负责）",
    date: "2022-03-16",
    changes:
      "The clause wording in 支持标准 is as published (1.支持企业技术改造, 2.支持企业数字化改造, 3.支持企业绿色化改造). The measures are prose: " +
      "the table, its 序号 and the 支持事项 names are ours, and clauses 1–3 are each split into one row per award they name (clause 1's " +
      "12-month and 24-month 贴息 and its closing sentence on untracked projects; clause 2's 数字化车间 and 智能工厂 maxima; clause 3's two " +
      "100万元 awards), each row quoting its part of the clause. The second sheet (2022年省级数字化车间（生产线）和智能工厂（矿山）一次性补助拟支持名单) " +
      "is ours: firms, codes and figures invented. Planted: 牡丹江 row 145 where 10% of 1,320 is 132; 佳木斯 智能工厂 1,100 over the 1,000 maximum; " +
      "the untracked-projects clause has no amount (as published).",
  },
  classes: ["catalog", "register", "prose-caps", "rate-with-cap", "max-cap", "fixed-cap", "clause-split-per-award", "cost-sharing-shares-in-clause", "conditions-not-caps", "unreadable-standard", "two-sheets", "item-per-row", "base-column", "credit-codes", "cities-as-places", "province-wide-fund", "wanyuan-caption", "heilongjiang"],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 90, 26],
      rows: [
        ["黑龙江省推动工业振兴若干政策措施（一、推动传统产业改造升级）", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        [1, "技术改造贴息（12个月）", "对企业技术改造项目，以入统投资金额为依据，按入统时一年期贷款市场报价利率（LPR）水平给予12个月的贴息，最高不超过800万元。省级财政负担支持资金的60%，市（县）财政负担支持资金的40%。", "省工信厅、省财政厅，各市（地）、县（市）政府（行署）"],
        [2, "技术改造贴息（24个月）", "对技术改造投资额达到2亿元（含）以上的项目，给予24个月的贴息，最高不超过2500万元。", "省工信厅、省财政厅"],
        [3, "未纳入统计范围的技术改造项目", "对未纳入统计范围的技术改造项目，由各市（地）研究政策给予支持。", "各市（地）政府（行署）"],
        [4, "数字化车间（生产线）补助", "对经省级认定的数字化车间（生产线），按项目合同金额（含设备投资和工业软件购置等数字化建设费用）给予10%的一次性补助，补助最高不超过200万元。", "省工信厅、省财政厅"],
        [5, "智能工厂（矿山）补助", "对经省级认定的智能工厂（矿山），按项目合同金额（含设备投资和工业软件购置等数字化建设费用）给予10%的一次性补助，补助最高不超过1000万元。", "省工信厅、省财政厅"],
        [6, "节能降碳绿色化改造奖励", "对年能耗5000吨标准煤及以上工业企业实施节能降碳绿色化改造，并实现年节能量1000吨标准煤以上、或减少碳排放2500吨以上、或单位产品能耗达到国家标杆水平的，给予100万元奖励。", "省工信厅、省财政厅"],
        [7, "国家级绿色工厂奖励", "对上一年度被评为国家级绿色工厂或绿色供应链管理企业，一次性给予100万元奖励。", "省工信厅、省财政厅"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟支持名单",
      widths: [6, 12, 32, 22, 24, 16, 14],
      rows: [
        ["2022年省级数字化车间（生产线）和智能工厂（矿山）一次性补助拟支持名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "市（地）", "企业名称", "统一社会信用代码", "补助类型", "项目合同金额", "补助金额"],
        [1, "哈尔滨市", "哈尔滨松江精密轴承有限公司", "91230100MAGRY1Y6CE", "数字化车间（生产线）补助", 1680, 168],
        [2, "齐齐哈尔市", "齐齐哈尔北疆重型装备有限公司", "91230200MAD0H48W5M", "智能工厂（矿山）补助", 8650, 865],
        [3, "大庆市", "大庆龙油精细化工有限公司", "91230600MA6WHBMRWP", "数字化车间（生产线）补助", 2450, 200],
        [4, "牡丹江市", "牡丹江镜泊造纸机械有限公司", "91231000MA1B4K7X2K", "数字化车间（生产线）补助", 1320, 145],
        [5, "佳木斯市", "佳木斯三江农机制造有限公司", "91230800MA5T0C9Q3P", "智能工厂（矿山）补助", 12800, 1100],
        [6, "哈尔滨市", "哈尔滨冰城智能电气有限公司", "91230100MAFGP8QLXE", "数字化车间（生产线）补助", 960, 96],
        [7, "绥化市", "绥化寒地黑土食品有限公司", "91231200MA8H2R6L1J", "智能工厂（矿山）补助", 6420, 642],
        [8, "黑河市", "黑河瑷珲矿业机械有限公司", "91231100MA3W9F5E0R", "数字化车间（生产线）补助", 1175, 117.5],
        [9, "鸡西市", "鸡西兴凯石墨新材料有限公司", "91230300MA7D1N2K8B", "数字化车间（生产线）补助", 890, 89],
        ["合计", null, null, null, null, 36345, 3422.5],
      ],
      merges: ["A1:G1", "A13:E13"],
      numberFormats: { "F4:G13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "untracked projects left to the cities: no amount, rate or maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "G7", why: "牡丹江镜泊: 10% × 1,320.00 = 132.00万元 allowed (below the 200 maximum), 145.00 proposed: 13.00 over" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "G8", why: "佳木斯三江 智能工厂: 10% × 12,800.00 = 1,280.00, so the 1,000万元 maximum binds; 1,100.00 proposed: 100.00 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "最高不超过800万元; the 60% / 40% shares split who pays, they are no rate of the award" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "最高不超过2500万元; 2亿元（含）以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "10% of the contract, at most 200万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "10% of the contract, at most 1000万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C8", why: "a fixed 100万元; 5000吨, 1000吨, 2500吨 以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C9", why: "a fixed 100万元" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "G6", why: "大庆龙油: 10% × 2,450 = 245, the 200 maximum binds and 200.00 is proposed" },
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "G6", why: "200.00 is below 245.00; the maximum is the binding limit and it is met" },
      { rule: "cap.rate-exceeded", sheet: "拟支持名单", cell: "G11", why: "黑河瑷珲: 10% × 1,175.00 = 117.50, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟支持名单", cell: "G13", why: "合计 3,422.50 is not an award (= 168 + 865 + 200 + 145 + 1,100 + 96 + 642 + 117.5 + 89)" },
      { rule: "register.ineligible-location", why: "every 市（地） is a city of 黑龙江省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own city (230100 哈尔滨, 230200 齐齐哈尔, 230600 大庆, 231000 牡丹江, 230800 佳木斯, 231200 绥化, 231100 黑河, 230300 鸡西)" },
      { rule: "register.duplicate", why: "two 哈尔滨 firms, different codes; no firm appears twice" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "both 补助类型 values name catalog rows" },
    ],
  },
};
