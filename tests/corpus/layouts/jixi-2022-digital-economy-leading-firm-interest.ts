import type { CorpusLayout } from "../types";

// 鸡西市人民政府办公室 2022-04-26 (鸡政办规〔2022〕8号): 鸡西市支持数字经济加快发展若干政策措施（试行）, 一（一）支持引进龙头企业 —
// new-loan interest for five years, at most 200万元 a year for a project of 5000万元–2亿元 (市级), 500万元 / 1000万元 for 2–5亿元 / above
// 5亿元 (省级). The clause's two sentences as catalog rows (条款 | 措施 | 政策内容), and on a second sheet the year's interest list.
export const layout: CorpusLayout = {
  id: "jixi-2022-digital-economy-leading-firm-interest",
  source: {
    title: "鸡西市人民政府办公室关于印发鸡西市支持数字经济加快发展若干政策措施（试行）的通知（鸡政办规〔2022〕8号）",
    url: "http://www.tyxmgl.cn/policy/detail?id=16239",
    publisher: "鸡西市人民政府办公室",
    date: "2022-04-26",
    changes:
      "As published: the wording of 一、培育引进市场主体（一）支持引进龙头企业 up to 分别不超过500万元和1000万元, written as two rows (市级 / 省级 " +
      "贴息, the clause's own two sentences); the following investment-award sentence is cut where the stored copy breaks off. The interest " +
      "list on the second sheet is ours (表据正文拟): firms, codes of 鸡冠 230302 / 城子河 230306 / 密山 230382 / 虎林 230381 / 鸡东 230321 " +
      "and 七台河茄子河 230904, investments and sums. Planted: 城子河云算数据 236 a year where the 市级 clause allows at most 200; a " +
      "七台河市茄子河区 firm on 鸡西's list.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-by-band", "several-maxima-in-one-standard", "credit-codes", "counties-as-places",
    "item-per-row", "wanyuan-caption", "total-at-foot", "table-from-prose", "city-level", "heilongjiang",
  ],
  settings: { district: "鸡西市", asOf: "2023-06-30" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 26, 100],
      rows: [
        ["鸡西市支持数字经济加快发展若干政策措施（试行）（一、培育引进市场主体）", null, null],
        ["条款", "措施", "政策内容"],
        ["（一）", "支持引进龙头企业（市级贴息）", "围绕集成电路、高清晰新型显示、电子产品制造、智能可穿戴、数字通信、机器人、大数据、软件、信息安全、数字创意设计等重点发展产业，加快引进龙头企业。对引进企业总投资在5000万元至2亿元的项目，按照同期市场报价利率，给予市级新增贷款5年期限贴息政策，每年单个项目的贴息额度最高不超过200万元。"],
        ["（一）", "支持引进龙头企业（省级贴息）", "对引进企业总投资在2亿元至5亿元和5亿元以上的项目，按照同期市场报价利率，享受省级新增贷款5年期限贴息政策，每年单个项目贴息额度分别不超过500万元和1000万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "贴息名单",
      widths: [6, 30, 22, 14, 14, 28, 14],
      rows: [
        ["2023年鸡西市数字经济龙头企业新增贷款贴息资金拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "县（市）区", "项目总投资", "措施", "年度贴息金额"],
        [1, "鸡西鸡冠智能终端制造有限公司", "91230302MA1CK7DP3J", "鸡冠区", 8600, "支持引进龙头企业（市级贴息）", 128],
        [2, "鸡西城子河云算数据有限公司", "91230306MA1BW2RX85", "城子河区", 15000, "支持引进龙头企业（市级贴息）", 236],
        [3, "密山兴凯湖数字科技有限公司", "91230382MA1D9HLQ4P", "密山市", 32000, "支持引进龙头企业（省级贴息）", 420],
        [4, "虎林乌苏里软件有限公司", "91230381MA1G3NUE6A", "虎林市", 6200, "支持引进龙头企业（市级贴息）", 86.5],
        [5, "鸡东石墨烯电子材料有限公司", "91230321MA1AF8TY24", "鸡东县", 18000, "支持引进龙头企业（市级贴息）", 200],
        [6, "七台河茄子河机器人有限公司", "91230904MA1EX5KB7L", "茄子河区", 9000, "支持引进龙头企业（市级贴息）", 132],
        ["合计", null, null, null, 88800, null, 1202.5],
        ["注：贴息按同期市场报价利率计算，期限5年，本表为2023年度贴息额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:D10", "A11:G11"],
      numberFormats: { "E4:E10": "#,##0", "G4:G10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-twelfth holdout's measurement (counted failed): stated at first as the code. A clause
      // number shared by the rows of one clause cut in two is the document (docs/rules.md), as hainan-2021, qijiang-2023 and
      // jiujiang-2024 state.
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "贴息名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", F: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "贴息名单", cell: "G5", why: "城子河云算数据: 市级贴息 at most 200万元 a year; 236 is 36万元 over" },
      { rule: "register.ineligible-location", sheet: "贴息名单", cell: "D9", why: "茄子河区 is a district of 七台河市, not of 鸡西市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "最高不超过200万元 is the cap; 5000万元至2亿元 is the project's band, a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "分别不超过500万元和1000万元: two maxima, the item allowed at most the larger (1000)" },
      { rule: "cap.exceeded", sheet: "贴息名单", cell: "G6", why: "省级贴息 420 is under the 500 (and 1000) maximum" },
      { rule: "cap.exceeded", sheet: "贴息名单", cell: "G8", why: "鸡东石墨烯 200 = the 市级 maximum exactly" },
      { rule: "cap.exceeded", sheet: "贴息名单", cell: "G10", why: "合计 1,202.50 is no award (128+236+420+86.5+200+132)" },
      { rule: "cap.rate-exceeded", sheet: "贴息名单", why: "项目总投资 is no base of a rate: the caps are maxima" },
      { rule: "register.ineligible-location", sheet: "贴息名单", cell: "D7", why: "虎林市 and 密山市 are county-level cities of 鸡西市, 鸡东县 its county" },
      { rule: "register.location-code-mismatch", sheet: "贴息名单", why: "each code's characters 3–8 match its row's place (the 茄子河 row is outside, reported as such)" },
      { rule: "cap.unknown-policy", why: "both 措施 are rows of the catalog sheet" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.duplicate", why: "six different firms" },
    ],
  },
};
