import type { CorpusLayout } from "../types";

// 广东 2025: the province's 小微工业企业上规模 award (奖补对象 1–3: 2024年首次升规; 2023年升规后2024年增加值增长10%以上;
// 2023年升规后2024年成为专精特新), 珠三角 5万元 a firm, 粤东粤西粤北 20万元, a firm meeting objects 2 and 3 taking both.
// A 粤北 county's list of the firms it proposes, each row naming the 奖补对象 it is awarded under.
export const layout: CorpusLayout = {
  id: "wengyuan-2025-small-micro-upscale-awards",
  source: {
    title: "2025年小微工业企业上规模奖补（奖补对象及标准）— 翁源县拟奖补企业名单（表据正文拟）",
    url: "http://kaidongkj.com/news_show-3191.html",
    publisher: "凯东科技（转载广东省小微工业企业上规模奖补申报通知）",
    date: "2025-06-30",
    changes:
      "As published: the three 奖补对象 word for word (2024年首次升规的小微工业企业; 2023年首次升规后2024年工业增加值仍保持10%以上增长的企业; " +
      "2023年首次升规后2024年成为专精特新中小企业的企业), the standard (珠三角地区每家企业奖补5万元，粤东、粤西、粤北地区每家企业奖补20万元) and " +
      "the rule that a firm meeting objects 2 and 3 may take both. The stored copy is the notice, not a list: the county (翁源县, 韶关, 粤北), " +
      "the list's title and columns (序号 | 企业名称 | 统一社会信用代码 | 所在镇 | 奖补对象 | 奖补金额（万元）), the firms, codes (440229) and towns are ours; " +
      "the catalog gives each object the 粤北 20万元. Planted: 韶关官渡电子 proposed 25 under object 1 (fixed 20); 广东翁城新材料 listed twice " +
      "under object 1. Left as a false alarm: 翁源江尾竹木 under objects 2 and 3, as the notice allows.",
  },
  classes: [
    "register", "item-column", "objects-as-items", "fixed-cap", "one-firm-two-items", "duplicate-enterprise", "credit-codes",
    "towns-as-places", "wanyuan-in-header", "total-at-foot", "signoff-line", "table-from-prose", "county-list", "guangdong",
  ],
  settings: { district: "翁源县", asOf: "2025-07-15" },
  sheets: [
    {
      name: "拟奖补名单",
      widths: [6, 30, 22, 10, 44, 16],
      rows: [
        ["翁源县2025年小微工业企业上规模发展奖补拟奖补企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇", "奖补对象", "奖补金额（万元）"],
        [1, "翁源县龙仙精密五金有限公司", "91440229MA4X1K3P7G", "龙仙镇", "2024年首次升规的小微工业企业", 20],
        [2, "广东翁城新材料科技有限公司", "91440229MA4XCW8L2G", "翁城镇", "2024年首次升规的小微工业企业", 20],
        [3, "翁源县江尾竹木制品有限公司", "91440229MA53TR9D4Y", "江尾镇", "2023年首次升规后2024年工业增加值仍保持10%以上增长的企业", 20],
        [4, "翁源县江尾竹木制品有限公司", "91440229MA53TR9D4Y", "江尾镇", "2023年首次升规后2024年成为专精特新中小企业的企业", 20],
        [5, "韶关官渡电子科技有限公司", "91440229MA4Y7QB4KL", "官渡镇", "2024年首次升规的小微工业企业", 25],
        [6, "翁源县坝仔农产品加工有限公司", "91440229MA51UB6M3G", "坝仔镇", "2024年首次升规的小微工业企业", 20],
        [7, "翁源周陂陶瓷有限公司", "91440229MA4W2HN068", "周陂镇", "2023年首次升规后2024年工业增加值仍保持10%以上增长的企业", 20],
        [8, "广东翁城新材料科技有限公司", "91440229MA4XCW8L2G", "翁城镇", "2024年首次升规的小微工业企业", 20],
        ["合计", null, null, null, null, 165],
        ["翁源县工业和信息化局", null, null, null, "2025年7月15日", null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:D12", "E12:F12"],
      numberFormats: { "F3:F11": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "2024年首次升规的小微工业企业", capType: "fixed", capAmount: 20, unit: "万元", year: 2025 },
      { name: "2023年首次升规后2024年工业增加值仍保持10%以上增长的企业", capType: "fixed", capAmount: 20, unit: "万元", year: 2025 },
      { name: "2023年首次升规后2024年成为专精特新中小企业的企业", capType: "fixed", capAmount: 20, unit: "万元", year: 2025 },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "韶关官渡电子 under 2024年首次升规: the 粤北 award is a fixed 20.00万元; 25.00 proposed, 5.00万元 over" },
      { rule: "register.duplicate", cell: "E10", why: "广东翁城新材料 (91440229MA4XCW8L2G) under 2024年首次升规 again, first on row 4" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E6", why: "翁源江尾竹木 is on row 5 under object 2 and row 6 under object 3: two items, which the notice lets a firm take together" },
      { rule: "cap.exceeded", cell: "F11", why: "合计 165 = 20 × 7 + 25 is not an award" },
      { rule: "register.ineligible-location", why: "龙仙、翁城、江尾、官渡、坝仔、周陂 are towns of 翁源县" },
      { rule: "register.location-code-mismatch", why: "every code carries 440229, 翁源县" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "every 奖补对象 is in the catalog word for word" },
      { rule: "input.unreadable-value", why: "the sign-off line is text, not a value" },
    ],
  },
};
