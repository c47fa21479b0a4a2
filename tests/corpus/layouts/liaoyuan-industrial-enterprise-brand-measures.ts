import type { CorpusLayout } from "../types";

// 吉林省辽源市: measures answering the 173 needs firms raised at the city's industrial forums — clauses under numbered section headings
// (一、确保惠企政策直达兑现 / 二、支持工业企业品牌培育), fixed awards by level in one sentence (省级10万元 / 国家级30万元; 国家级20万元 / 省级5万元),
// a one-off 5万元, a 10万元 per firm. Kept as a catalog (序号 | 支持事项 | 支持内容, the section headings merged across), the year's
// payments to firms on a second sheet.
export const layout: CorpusLayout = {
  id: "liaoyuan-industrial-enterprise-brand-measures",
  source: {
    title: "辽源市支持工业企业发展若干措施（一、确保惠企政策直达兑现；二、支持工业企业品牌培育）",
    url: "https://www.keceyun.com/policy/newsdetail/360912.html",
    publisher: "辽源市人民政府（转载）",
    changes:
      "The catalog keeps the published wording of clauses 3–6 under their section headings; clauses 1–2 (no money), 7 (2000元 a trademark) " +
      "and 8 (cut short in the stored copy) are left out, and the 支持事项 names are ours. The 兑现名单 is ours: firms, codes of 龙山区 220402 / " +
      "西安区 220403 / 东丰县 220421 / 东辽县 220422, places, sums. Planted: 东辽鹿乡食品 25 under 知名品牌称号补贴, whose largest award is 20万元; " +
      "辽源龙山精密机械 paid the 工信部门称号奖补 twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "levels-in-one-sentence", "section-headings-merged", "credit-codes", "county-column", "remark-column", "total-at-foot", "wanyuan-caption", "prefecture-fund", "jilin"],
  settings: { district: "辽源市", asOf: "2025-10-31" },
  sheets: [
    {
      name: "支持措施",
      widths: [6, 24, 96],
      rows: [
        ["辽源市支持工业企业发展若干措施（摘录）", null, null],
        ["序号", "支持事项", "支持内容"],
        ["一、确保惠企政策直达兑现", null, null],
        [3, "工信部门称号奖补", "对当年度获得省级及以上工信部门授予称号的工业企业给予财政奖补，其中获省级称号企业奖励10万元，获国家级称号企业奖励30万元。（市工信局）"],
        ["二、支持工业企业品牌培育", null, null],
        [4, "区域商标补助", "对企业申报并获批的区域商标（含地理标志商标、集体商标）给予一次性补助5万元。（市市场局）"],
        [5, "知名品牌称号补贴", "支持企业申报“中国消费名品”等国家级、“吉致吉品”等省级知名品牌称号，对成功获评的企业按级别给予一次性补贴，其中获批国家级称号的补助20万元，获批省级称号的补助5万元。（市市场局、工信局）"],
        [6, "知识产权示范企业奖励", "对新获评国家知识产权示范企业的给予一次性资金奖励5万元，对获得省知识产权质押融资补助的企业予以每户10万元的配套补助。（市市场局）"],
      ],
      merges: ["A1:C1", "A3:C3", "A5:C5"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 12, 20, 12, 28],
      rows: [
        ["辽源市2025年支持工业企业发展措施资金兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "支持事项", "兑现金额", "备注"],
        [1, "辽源龙山精密机械有限公司", "912204029T71L71PYC", "龙山区", "工信部门称号奖补", 10, "省级专精特新中小企业"],
        [2, "辽源西安袜业有限公司", "91220403MLEKE0CNKT", "西安区", "区域商标补助", 5, "集体商标"],
        [3, "东辽鹿乡食品有限公司", "912204228DNNY13LPW", "东辽县", "知名品牌称号补贴", 25, "中国消费名品"],
        [4, "东丰梅花鹿制药股份有限公司", "91220421H40GWCR98D", "东丰县", "知识产权示范企业奖励", 5, "国家知识产权示范企业"],
        [5, "辽源龙山精密机械有限公司", "912204029T71L71PYC", "龙山区", "工信部门称号奖补", 10, "省级专精特新中小企业"],
        [6, "辽源汇丰新材料有限公司", "91220402EPM92WFNRM", "龙山区", "工信部门称号奖补", 30, "国家级专精特新“小巨人”"],
        ["合计", null, null, null, null, 85, null],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F4:F10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持措施", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "知名品牌称号补贴: 国家级 20万元, 省级 5万元 — at most 20; 25 is 5.00万元 over" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F8", why: "辽源龙山精密机械 (912204029T71L71PYC) gets 工信部门称号奖补 again in 2025, first on row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "省级称号 10万元, within the item's 30" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "区域商标 5万元 exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "国家知识产权示范企业 5万元 exactly (the item at most 10)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "国家级称号 30万元 exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "合计 85 (10 + 5 + 25 + 5 + 10 + 30) is no award" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 支持事项 is in the catalog; the section headings are no items" },
      { rule: "catalog.unreadable-standard", sheet: "支持措施", why: "each clause states fixed awards (by level) in money" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "龙山区, 西安区 (辽源's own), 东丰县, 东辽县 are all in 辽源市" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "each code carries its own county's code (2204xx)" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.unpaid", why: "a list of awards before the year's deadline records no payments" },
    ],
  },
};
