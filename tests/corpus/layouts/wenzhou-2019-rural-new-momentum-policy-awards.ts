import type { CorpusLayout } from "../types";

// 温州市 关于培育农业农村新动能实施乡村振兴战略的若干政策意见 (惠企政策直通车 page), its first section — “瓯越鲜风” brand and
// 供销 clauses with prose caps (a fixed 3万元, 10万元 a year for two years, 40% of actual investment at most 30万元 / 50万元,
// a 不少于30万元 threshold that is no cap) — as a catalog, with a year's payout list checked against it on a second sheet.
export const layout: CorpusLayout = {
  id: "wenzhou-2019-rural-new-momentum-policy-awards",
  source: {
    title: "关于培育农业农村新动能实施乡村振兴战略的若干政策意见（一、大力推进“三位一体”农村新型合作体系建设，政策表据正文拟）",
    url: "http://reward.wenzhou.gov.cn/app/policy?policy_id=411",
    publisher: "温州市人民政府（温州市惠企政策直通车）",
    date: "2018",
    changes:
      "The page prints the opinions as numbered prose paragraphs. The catalog sheet takes the clauses of 一、 (paragraphs 1–2) as " +
      "published, split into one row per award; the 政策名称 column is ours (the document names no awards), and the 区级/县级 " +
      "government matching award of paragraph 1 is left out. The payout list on the second sheet is ours entirely (bodies, codes in " +
      "鹿城 330302 / 龙湾 330303 / 瓯海 330304, investments, amounts). Planted: 鹿城农资连锁 36 under 基层供销新项目补助 (40% × 90 = 36, " +
      "above the 30万元 maximum); 龙湾农品电子商务 20 where 40% × 45 = 18.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-award", "conditions-not-caps", "threshold-not-cap",
    "category-row", "base-column", "dash-for-nothing", "credit-codes", "cooperative-codes", "item-per-row", "districts-as-places",
    "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "city-level", "zhejiang",
  ],
  settings: { district: "温州市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 28, 100],
      rows: [
        ["关于培育农业农村新动能实施乡村振兴战略的若干政策意见（摘录）", null, null],
        ["序号", "政策名称", "政策内容"],
        ["一、大力推进“三位一体”农村新型合作体系建设", null, null],
        [1, "瓯越鲜风品牌授权奖励", "市级对首次获得“瓯越鲜风”区域公用品牌授权使用的经营主体给予3万元奖励。"],
        [2, "瓯越鲜风专营店补助", "支持开设“瓯越鲜风”形象店、专营店、专营柜，对专营店（30平方米以上）连续两年每年分别补助10万元。"],
        [3, "基层供销新项目补助", "基层供销合作社、专业合作社、经营服务综合体、为农服务中心投资额不少于30万元的新项目，给予项目实际投资额40%、最高30万元的补助。"],
        [4, "供销经营网络及农批市场项目补助", "市区承担供销社业务的企业开展农资和日用品经营网络投入100万元以上或投入电子商务业务20万元以上的新项目，新建农产品加工、农批市场投入200万元以上的项目，给予项目实际投资额40%、最高50万元的补助。"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 10, 30, 16, 12],
      rows: [
        ["温州市区2019年度培育农业农村新动能政策补助资金兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "申报主体", "统一社会信用代码", "所在区", "政策名称", "项目实际投资额", "补助金额"],
        [1, "温州瓯江鲜果专业合作社", "93330302MA2L7K3C96", "鹿城区", "瓯越鲜风品牌授权奖励", "—", 3],
        [2, "温州三垟湿地农产品有限公司", "91330304MA2H8N4D20", "瓯海区", "瓯越鲜风专营店补助", "—", 10],
        [3, "温州永强为农服务有限公司", "91330303MA2J5P6R1Q", "龙湾区", "基层供销新项目补助", 62, 24.8],
        [4, "温州鹿城农资连锁有限公司", "91330302MA2K9T3W4W", "鹿城区", "基层供销新项目补助", 90, 36],
        [5, "温州瓯越农产品批发市场有限公司", "91330304MA2L2X8B5R", "瓯海区", "供销经营网络及农批市场项目补助", 180, 50],
        [6, "温州龙湾农品电子商务有限公司", "91330303MA2M4Q7E6R", "龙湾区", "供销经营网络及农批市场项目补助", 45, 20],
        [7, "温州市鹿城区瓯越鲜风食品店", "92330302MA2N6F1H8G", "鹿城区", "瓯越鲜风专营店补助", "—", 10],
        ["合计", null, null, null, null, null, 153.8],
        ["注：专营店补助为第一年度补助；项目实际投资额以审计报告为准。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:F11", "A12:G12"],
      numberFormats: { "F4:F10": "#,##0", "G4:G11": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "基层供销新项目补助: 40% × 90 = 36 is above the maximum, so 30万元 binds; 36 proposed: 6万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G9", why: "供销经营网络及农批市场项目补助: 40% × 45 = 18万元 allowed (below the 50 maximum); 20 proposed: 2万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "不少于30万元 is a condition on the project; the award is 40% at most 30万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "100万元以上 / 20万元以上 / 200万元以上 are conditions; the award is 40% at most 50万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "a fixed 3万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "50 = the 50万元 maximum (40% × 180 = 72)" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "24.8 = 40% × 62" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "10 = the yearly 10万元 for a 专营店" },
      { rule: "cap.unknown-policy", why: "every 政策名称 in the list is a catalog item" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "G4", why: "a fixed award needs no base; the dash is no missing base" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G11", why: "3 + 10 + 24.8 + 36 + 50 + 20 + 10 = 153.8" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "B10", why: "two different 专营店 under one item, different codes" },
      { rule: "register.ineligible-location", why: "鹿城区, 龙湾区, 瓯海区 are districts of 温州市" },
      { rule: "register.invalid-credit-code", why: "every code is valid (93 cooperative, 92 individual business, 91 firms)" },
      { rule: "register.unpaid", why: "a payout notice records no payments" },
    ],
  },
};
