import type { CorpusLayout } from "../types";

// 长丰县 (合肥, 安徽) 2018 扶持政策 under 长发〔2018〕24号, 一、支持先进制造业发展政策, clauses 1.(1)–(2) and 2.(1): 5% of fixed
// investment at most 1000万元 for new industrial projects, 10% / 12% of equipment investment for technical upgrades (at most
// 1000万元 a project), 两化融合 levels in one sentence (20 / 10 / 5万元), fixed and levelled awards for 信息消费体验中心 and
// 智能工厂 / 数字化车间. The year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "changfeng-2018-advanced-manufacturing-support-policies",
  source: {
    title: "长丰县促进经济高质量发展扶持政策（长发〔2018〕24号）— 一、支持先进制造业发展政策 1.固定资产投资补助（1）（2）、2.企业创新发展奖励（1）",
    url: "https://dlzlglxh.com/news/details/35183.htm",
    publisher: "中共长丰县委、长丰县人民政府（转载）",
    date: "2018",
    changes:
      "The clause wording is as published, laid out one award to a row (条款 | 政策项目 | 扶持标准; the 政策项目 names are ours, taken from " +
      "the wording); clause 1.(2) is split into its 10% and 战略性新兴产业 12% rows, its 智能化改造 sentence (12% / 15% / 20% by line, workshop " +
      "or factory) and clause 1.(3) (一事一议) are left out. The award list on the second sheet is ours (firms, 长丰县 codes 340121, towns, " +
      "investment and amounts). Planted: 下塘食品机械 222 against 10% × 1,850 = 185; 吴山电子 25 for 两化融合 against the largest level 20; " +
      "陶楼新能源 placed in 肥东县撮镇镇, outside 长丰县.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "levels-in-one-sentence", "conditions-not-caps",
    "cost-sharing-not-a-rate", "clause-number-column", "base-column", "credit-codes", "towns-as-places", "item-per-row",
    "wanyuan-in-header", "total-at-foot", "county-policy", "anhui",
  ],
  settings: { district: "长丰县", asOf: "2019-12-31" },
  sheets: [
    {
      name: "扶持政策",
      widths: [10, 30, 96],
      rows: [
        ["长丰县促进经济高质量发展扶持政策（一、支持先进制造业发展政策 摘录）", null, null],
        ["条款", "政策项目", "扶持标准"],
        ["1.（1）", "新引进工业项目固定资产投资补助", "对新设立的独立法人企业首次投资建设项目，单个项目总投资在3000万元以上（含本数，下同）的新引进工业项目，按照固定资产投资额的5%给予最高不超过1000万元补助。对工业企业初建期入驻标准化厂房，后期自建自用厂房的同等执行。补助资金由市县按5:5比例承担。"],
        ["1.（2）", "技术改造奖补", "对1000万元以上技术改造项目，按设备投资额给予10%奖补。单个项目补助额不超过1000万元。补助资金由市县按5:5比例承担。"],
        ["1.（2）", "战略性新兴产业技术改造奖补", "属于战略性新兴产业技术改造项目，给予设备投资12%奖补。单个项目补助额不超过1000万元。补助资金由市县按5:5比例承担。"],
        ["2.（1）", "两化融合管理体系贯标试点奖补", "对当年评定的国家级、省级、市级两化融合管理体系贯标试点企业，分别给予20万元、10万元、5万元一次性奖补。"],
        ["2.（1）", "信息消费体验中心奖补", "对新认定的省级及以上信息消费体验中心，给予10万元一次性奖补。"],
        ["2.（1）", "智能工厂、数字化车间奖补", "对新认定的省级及以上“智能工厂”“数字化车间”，分别给予企业30万元、15万元一次性奖补；对新认定的市级“智能工厂”“数字化车间”，分别给予企业20万元、10万元一次性奖补。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 30, 20, 16],
      rows: [
        ["长丰县2019年度先进制造业扶持政策拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "政策项目", "固定资产（设备）投资额（万元）", "兑现金额（万元）"],
        [1, "合肥长丰华腾汽车零部件有限公司", "91340121MAEUHUXQER", "双墩镇", "新引进工业项目固定资产投资补助", 8600, 430],
        [2, "合肥岗集新材料科技有限公司", "91340121MAEGUJ65RM", "岗集镇", "新引进工业项目固定资产投资补助", 24000, 1000],
        [3, "长丰县下塘食品机械有限公司", "91340121MAGFLKR538", "下塘镇", "技术改造奖补", 1850, 222],
        [4, "合肥水湖智能装备有限公司", "91340121MAE942HRWA", "水湖镇", "战略性新兴产业技术改造奖补", 3200, 384],
        [5, "合肥吴山电子有限公司", "91340121MANL1KCYE9", "吴山镇", "两化融合管理体系贯标试点奖补", null, 25],
        [6, "长丰县庄墓农机有限公司", "91340121MALPKL5K0Q", "庄墓镇", "两化融合管理体系贯标试点奖补", null, 10],
        [7, "合肥杨庙包装材料有限公司", "91340121MATG2116WH", "杨庙镇", "信息消费体验中心奖补", null, 10],
        [8, "合肥朱巷精密铸造有限公司", "91340121MA7K0QEAEW", "朱巷镇", "智能工厂、数字化车间奖补", null, 30],
        [9, "合肥双墩光电科技有限公司", "91340121MAJT6G7L9T", "双墩镇", "技术改造奖补", 12500, 1000],
        [10, "合肥陶楼新能源有限公司", "91340122MAF0M2EL87", "肥东县撮镇镇", "新引进工业项目固定资产投资补助", 5400, 270],
        ["合计", null, null, null, null, null, 3381],
      ],
      merges: ["A1:G1", "A13:F13"],
      numberFormats: { "F3:F12": "#,##0", "G3:G13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持政策", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "技术改造奖补: 10% × 设备投资 1,850 = 185万元 allowed (below the 1,000 maximum), 222 proposed: 37万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "两化融合 levels 20 / 10 / 5万元 (国家级 / 省级 / 市级); a row naming no level is allowed at most the largest, 20: 25 is 5万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D12", why: "撮镇镇 is a town of 肥东县, not 长丰县" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C3", why: "5% of 固定资产投资额, at most 1000万元; 3000万元以上 is a condition and 5:5 the city-county split of the cost, no rate" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C4", why: "10% of 设备投资额, at most 1000万元; 1000万元以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C6", why: "levels in one sentence (分别给予20万元、10万元、5万元): at most 20万元" },
      { rule: "catalog.unreadable-standard", sheet: "扶持政策", cell: "C7", why: "a fixed 10万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "岗集新材料: 5% × 24,000 = 1,200 is above the 1000万元 maximum, and 1,000 is that maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G11", why: "双墩光电: 10% × 12,500 = 1,250, held to the 1000万元 maximum: 1,000 is allowed" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G3", why: "华腾汽车零部件: 5% × 8,600 = 430, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "水湖智能装备: 12% × 3,200 = 384, exactly the amount (the 战略性新兴产业 rate)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G10", why: "智能工厂、数字化车间: 30 is the clause's largest award (省级及以上智能工厂)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G13", why: "合计 3,381 = the ten amounts added up, not an award" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "G7", why: "fixed-award items need no base: the blank 投资额 is no missing base" },
      { rule: "cap.unknown-policy", why: "every 政策项目 of the list is a row of the sheet's own clauses" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D3", why: "双墩镇 is a town of 长丰县 (the district settles the shared name)" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", cell: "C12", why: "the row's place is already outside the county; the mismatch rule is for rows placed inside" },
      { rule: "register.duplicate", why: "双墩镇's two firms differ; no firm has one item twice" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
