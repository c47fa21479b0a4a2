import type { CorpusLayout } from "../types";

// 通辽市开鲁县 2017-05 《关于促进旅游产业发展的扶持奖励办法》（试行）, as a news item gives it: investment bands with
// rates 1% / 2% / 3% (no maximum), 300元/亩 a year for 田园景观, and 5万元——20万元 for newly rated A级景区 and 星级饭店.
// The clauses on a catalog sheet, the year's awards (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "kailu-2017-tourism-industry-support-awards",
  source: {
    title: "通辽市开鲁县出台旅游产业发展扶持奖励办法（《关于促进旅游产业发展的扶持奖励办法》（试行）条款据报道拟）",
    url: "http://news.cncn.com/249578.html",
    publisher: "开鲁县旅游局（欣欣旅游转载）",
    date: "2017-05-17",
    changes:
      "As published: the clauses in prose (investment bands and rates, 300元/亩, 5万元——20万元 for A级景区 and 星级饭店). " +
      "Kept: the three clauses' wording. Ours: the catalog layout (序号 | 扶持事项 | 扶持标准 | 备注), the award list (firms, codes, towns, amounts). " +
      "Planted: 东来民俗文化旅游 given 30万元 above the clause's largest 20万元; 麦新湖旅游开发 listed twice for the same investment award; 大榆树假日酒店's code registered in 科尔沁区 (150502).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "tiered-rates", "rate-without-cap", "per-mu-standard", "range-award", "item-per-row", "base-column", "credit-codes", "towns-as-places", "dash-as-nothing", "county-policy", "wanyuan-in-header", "total-at-foot", "news-report", "neimenggu"],
  sheets: [
    {
      name: "扶持条款",
      widths: [6, 26, 70, 20],
      rows: [
        ["开鲁县促进旅游产业发展扶持奖励条款", null, null, null],
        ["序号", "扶持事项", "扶持标准", "备注"],
        [1, "休闲娱乐旅游项目投资补助", "鼓励投资建设休闲娱乐旅游项目，开发投资项目固定资产投资额（不含土地投资）在1000万元以下、1000—3000万元、3000万元以上，经审核后分别按实际投资额1%、2%、3%的比例给予一次性补助。", "一次性"],
        [2, "田园景观补助", "围绕县乡村旅游精品线路，连片打造美丽田园风光，给予每年300元/亩的补助。", "按年"],
        [3, "A级景区和星级饭店奖励", "对新被评定的国家3A级景区、4A级景区、5A级景区，新被评定的三星级、四星级、五星级饭店，分别给予一次性奖励5万元——20万元。", "一次性"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 14, 26, 16, 14],
      rows: [
        ["开鲁县旅游产业扶持奖励资金拟兑现名单", null, null, null, null, null, null],
        ["序号", "企业（经营主体）名称", "统一社会信用代码", "所在镇", "扶持事项", "固定资产投资额（万元）", "奖励金额（万元）"],
        [1, "开鲁县麦新湖旅游开发有限公司", "91150523MA0P2B45LA", "麦新镇", "休闲娱乐旅游项目投资补助", 2000, 40],
        [2, "开鲁县东来民俗文化旅游有限公司", "91150523MA0P3C67NW", "东来镇", "A级景区和星级饭店奖励", "—", 30],
        [3, "开鲁县大榆树假日酒店有限公司", "91150502MA0P5E12Q2", "大榆树镇", "A级景区和星级饭店奖励", "—", 10],
        [4, "开鲁县义和塔拉农家乐旅游服务部", "92150523MA0P4D89P9", "义和塔拉镇", "A级景区和星级饭店奖励", "—", 5],
        [5, "开鲁县麦新湖旅游开发有限公司", "91150523MA0P2B45LA", "麦新镇", "休闲娱乐旅游项目投资补助", 2000, 40],
        ["合计", null, null, null, null, null, 125],
        ["注：序号2为新评定国家4A级景区，序号3为新评定四星级饭店，序号4为新评定国家3A级景区。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A8:F8", "A9:G9"],
    },
  ],
  settings: { district: "开鲁县" },
  expect: {
    tables: [
      { sheet: "扶持条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" } },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G4", why: "A级景区和星级饭店奖励 gives 5万元——20万元; 东来民俗文化旅游 is given 30, above the largest 20" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "G7", why: "开鲁县麦新湖旅游开发有限公司 (91150523MA0P2B45LA) again for 休闲娱乐旅游项目投资补助, 40万元; first at row 3" },
      { rule: "register.location-code-mismatch", sheet: "奖励名单", cell: "C5", why: "大榆树镇 is in 开鲁县, but the code's characters 3–8 (150502) name 科尔沁区" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G3", why: "40 = 2% of 2,000 (the 1000—3000万元 band), within the clause's rates" },
      { rule: "register.ineligible-location", sheet: "奖励名单", why: "麦新镇, 东来镇, 大榆树镇, 义和塔拉镇 are towns of 开鲁县" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "G8", why: "合计 125 = 40 + 30 + 10 + 5 + 40 as typed (the duplicate included)" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", why: "every code's check character is right (92… for the 个体 business)" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
