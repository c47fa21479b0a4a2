import type { CorpusLayout } from "../types";

// 哈尔滨市支持重点项目建设扶持计划细则 (under 哈政规〔2021〕10号): 5% of a manufacturing project's year's actual fixed-asset investment
// once it is counted (入统) at 2000万元 or more, at most 2000万元; 10% of the national money for a 国家重大专项 carried locally, at most 1000万元;
// a lower threshold (500万元) for “老字号”“新字号”“原字号” firms. Set out as the clause table an office keeps, with a year's proposed list.
export const layout: CorpusLayout = {
  id: "harbin-2021-key-project-fixed-asset-subsidy",
  source: {
    title: "哈尔滨市支持重点项目建设扶持计划细则（条款表及拟支持项目名单据细则拟）",
    url: "http://fmcarpet.com/dynamic/3960.html",
    publisher: "哈尔滨市工业和信息化局",
    date: "2021",
    changes:
      "The clause wording in 支持标准 is as published (第三条 and the threshold for “老字号”“新字号”“原字号” projects from 第三条（二）). The rules are prose: " +
      "the clause table, its 序号 and the 支持事项 names are ours, 第三条 split into one row per award. The second sheet (拟支持项目名单) is ours: firms, codes " +
      "and figures invented. Planted: 香坊 372 where 5% of 7,240 is 362; 宾县 2,100 over the 2,000 maximum; the 三字号 row states a threshold and no award " +
      "(as published).",
  },
  classes: [
    "catalog", "register", "prose-caps", "rate-with-cap", "max-cap", "threshold-not-cap", "conditions-not-caps", "unreadable-standard", "two-sheets",
    "item-per-row", "base-column", "credit-codes", "districts-and-counties-as-places", "city-fund", "wanyuan-caption", "total-at-foot", "table-from-prose", "heilongjiang",
  ],
  settings: { district: "哈尔滨市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 90, 14],
      rows: [
        ["哈尔滨市支持重点项目建设扶持计划细则（第三条）", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        [1, "制造业重点项目固定资产入统投资补助", "对入统且年度实际固定资产投资2000万元（含）以上的项目，按其年度实际固定资产投资额的5%，给予最高不超过2000万元补助。", "市工信局、市财政局"],
        [2, "承担国家重大专项本地配套", "对承担国家重大专项的，按国家拨付资金的10%，给予最高不超过1000万元补助。", "市工信局、市财政局"],
        [3, "“老字号”“新字号”“原字号”企业项目", "“老字号”“新字号”“原字号”企业项目可适当降低申报门槛，固定资产投资项目入统投资需达到500万元（含）以上。", "市工信局"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟支持项目名单",
      widths: [6, 12, 30, 22, 30, 16, 12],
      rows: [
        ["2021年度哈尔滨市制造业重点项目固定资产入统投资补助拟支持项目名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "区、县（市）", "企业名称", "统一社会信用代码", "支持事项", "年度实际固定资产投资额", "补助金额"],
        [1, "平房区", "哈尔滨平房航空部件制造有限公司", "91230108MA1B7K2Q4U", "制造业重点项目固定资产入统投资补助", 18600, 930],
        [2, "松北区", "哈尔滨松北光电材料有限公司", "91230109MA1C3N8R5R", "制造业重点项目固定资产入统投资补助", 46000, 2000],
        [3, "香坊区", "哈尔滨香坊重型装备有限公司", "91230110MA1D6P4T7Q", "制造业重点项目固定资产入统投资补助", 7240, 372],
        [4, "道里区", "哈尔滨道里食品机械有限公司", "91230102MA1E2W9X31", "制造业重点项目固定资产入统投资补助", 2860, 143],
        [5, "阿城区", "哈尔滨阿城金属制品有限公司", "91230112MA1F5H3L8Y", "制造业重点项目固定资产入统投资补助", 3150, 157.5],
        [6, "双城区", "哈尔滨双城乳品加工有限公司", "91230113MA1G8J6M2X", "制造业重点项目固定资产入统投资补助", 12400, 620],
        [7, "宾县", "宾县新型建材有限公司", "91230125MA1H4K7N9H", "制造业重点项目固定资产入统投资补助", 52800, 2100],
        [8, "五常市", "五常稻米深加工有限公司", "91230184MA1J9L2P6U", "制造业重点项目固定资产入统投资补助", 4420, 221],
        ["合计", null, null, null, null, 147470, 6543.5],
      ],
      merges: ["A1:G1", "A12:E12"],
      numberFormats: { "F4:G12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟支持项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "a lower threshold (500万元（含）以上 is a condition): no amount, rate or maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "G6", why: "香坊重型装备: 5% × 7,240 = 362.00万元 allowed (below the 2,000 maximum), 372.00 proposed: 10.00 over" },
      { rule: "cap.exceeded", sheet: "拟支持项目名单", cell: "G10", why: "宾县新型建材: 5% × 52,800 = 2,640, so the 2,000万元 maximum binds; 2,100.00 proposed: 100.00 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "5% of the year's investment, at most 2000万元; 2000万元（含）以上 is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "10% of the national money, at most 1000万元" },
      { rule: "cap.exceeded", sheet: "拟支持项目名单", cell: "G5", why: "松北光电: 5% × 46,000 = 2,300; the 2,000 maximum binds and 2,000.00 is proposed" },
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "G5", why: "2,000.00 is below 2,300.00; the maximum is the binding limit and it is met" },
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "G8", why: "阿城金属: 5% × 3,150 = 157.50, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟支持项目名单", cell: "G12", why: "合计 6,543.50 is no award (930 + 2,000 + 372 + 143 + 157.5 + 620 + 2,100 + 221)" },
      { rule: "composition.total-mismatch", sheet: "拟支持项目名单", cell: "F12", why: "18,600 + 46,000 + 7,240 + 2,860 + 3,150 + 12,400 + 52,800 + 4,420 = 147,470" },
      { rule: "register.ineligible-location", why: "平房, 松北, 香坊, 道里, 阿城, 双城, 宾县, 五常 are all 哈尔滨's" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own district or county (230108 平房, 230109 松北, 230110 香坊, 230102 道里, 230112 阿城, 230113 双城, 230125 宾县, 230184 五常)" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "cap.unknown-policy", why: "every 支持事项 names the catalog's first row" },
    ],
  },
};
