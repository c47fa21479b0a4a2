import type { CorpusLayout } from "../types";

// 黑龙江省人民政府 2021-10-20: 推动“数字龙江”建设加快数字经济高质量发展若干政策措施, (一)制造业数字化转型 item 2 — 对获得工信部工业互联网领域
// 专项资金支持项目的牵头单位，按照中央支持额度的20%省级财政给予补助，最高不超过100万元. Laid out as the list that measure pays: 序号 | 牵头单位 |
// 统一社会信用代码 | 所在市（地） | 项目名称 | 中央支持额度 | 省级补助, 合计 at the foot, with the measure as its catalog.
export const layout: CorpusLayout = {
  id: "heilongjiang-2021-industrial-internet-matching-subsidy",
  source: {
    title: "黑龙江省人民政府关于印发推动“数字龙江”建设加快数字经济高质量发展若干政策措施的通知（工业互联网领域专项资金支持项目省级补助名单表据政策拟）",
    url: "http://api.zqcn.com.cn/262/5921.html",
    publisher: "黑龙江省人民政府",
    date: "2021-10-20",
    changes:
      "The publication is the policy (prose): as published, the measure (一、(一)2: 20% of the central 工业互联网 support, 最高不超过100万元, 省工信厅、财政厅). " +
      "The list is ours: its title, headings, the six lead firms (invented, with valid 统一社会信用代码 of their cities but one), their projects and " +
      "every figure. Planted: 齐齐哈尔 granted 95 where 20% × 450 = 90; 佳木斯 granted 120 above the 100万元 maximum; the last firm's code has a " +
      "wrong check character.",
  },
  classes: ["register", "award-list", "rate-cap", "rate-with-maximum", "base-column", "matching-subsidy", "cities-as-places", "credit-code-column", "project-name-column", "total-at-foot", "wanyuan-caption", "item-in-title", "catalog-from-policy", "table-from-prose", "province-fund", "heilongjiang"],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "补助名单",
      widths: [6, 30, 22, 12, 34, 14, 12],
      rows: [
        ["2022年工业互联网领域专项资金支持项目省级补助拟支持名单（表据政策拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "牵头单位", "统一社会信用代码", "所在市（地）", "项目名称", "中央支持额度", "省级补助"],
        [1, "哈尔滨工联智造科技有限公司", "91230109MA18X7K2PT", "哈尔滨市", "装备制造行业工业互联网平台建设项目", 300, 60],
        [2, "大庆石化云联信息技术有限公司", "91230600MA1BQ4D720", "大庆市", "石化行业工业互联网标识解析二级节点项目", 800, 100],
        [3, "齐齐哈尔重装数联科技有限公司", "91230200MA1C0G8R34", "齐齐哈尔市", "重型装备远程运维服务平台项目", 450, 95],
        [4, "牡丹江森工智链科技有限公司", "91231000MA1AY9J5KC", "牡丹江市", "林产品加工5G+工业互联网应用项目", 250, 50],
        [5, "佳木斯农机云科技有限公司", "91230800MA1B6P2T4K", "佳木斯市", "农机装备工业互联网安全监测项目", 700, 120],
        [6, "哈尔滨冰城工业数据有限公司", "91230103MA1D5X8W1F", "哈尔滨市", "工业大数据公共服务平台项目", 380, 76],
        ["合计", null, null, null, null, 2880, 501],
        ["注：补助标准按《推动“数字龙江”建设加快数字经济高质量发展若干政策措施》执行，按照中央支持额度的20%给予补助，最高不超过100万元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:E10", "A11:G11"],
    },
  ],
  catalog: {
    items: [
      {
        name: "工业互联网领域专项资金支持项目省级补助",
        capType: "rate",
        rate: 0.2,
        capAmount: 100,
        base: "中央支持额度",
        unit: "万元",
        document: "推动“数字龙江”建设加快数字经济高质量发展若干政策措施：按照中央支持额度的20%省级财政给予补助，最高不超过100万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2022,
        item: "工业互联网领域专项资金支持项目省级补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "齐齐哈尔重装数联: 95 > 20% × 450 = 90 (the 100 maximum does not bind)" },
      { rule: "cap.exceeded", cell: "G8", why: "佳木斯农机云: 120 > the 100万元 maximum, which binds before 20% × 700 = 140" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91230103MA1D5X8W1F: the check character for 91230103MA1D5X8W1 is E, not F" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "大庆: 100 is the maximum itself (20% × 800 = 160 capped at 100)" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "大庆: the maximum binds, and 100 is within it" },
      { rule: "cap.rate-exceeded", cell: "G4", why: "哈尔滨工联: 60 = 20% × 300" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "哈尔滨冰城: 76 = 20% × 380" },
      { rule: "cap.rate-exceeded", cell: "G10", why: "合计 is no award" },
      { rule: "composition.total-mismatch", cell: "G10", why: "60 + 100 + 95 + 50 + 120 + 76 = 501" },
      { rule: "composition.total-mismatch", cell: "F10", why: "300 + 800 + 450 + 250 + 700 + 380 = 2,880" },
      { rule: "register.ineligible-location", why: "every city named is in 黑龙江省" },
      { rule: "register.location-code-mismatch", why: "each valid code's 3rd–8th characters (2301xx, 2306, 2302, 2310, 2308) fit its city" },
      { rule: "cap.unknown-policy", why: "the item is in the catalog, named by the title" },
      { rule: "register.unpaid", why: "a 拟支持 list records no payments" },
    ],
  },
};
