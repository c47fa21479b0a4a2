import type { CorpusLayout } from "../types";

// 山东省及各市高新技术企业奖补政策 (an agency's digest page): 全省 first, then each city — 济南市 (10万元; 各区县10-50万元), 青岛市 (30万元),
// 淄博市 with its 区县 one by one (张店区 5万元; 桓台县 首次 20万元 / 重新认定 10万元; 高青县, 沂源县 20万元; 高新区 10万元, and 60% of the
// agency fee up to 5万元 for a firm that applied and failed), 枣庄市 … — numbered 1、2、 under each place. Laid out one clause a row by place;
// 桓台县's list of the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "shandong-hitech-enterprise-award-policies-and-huantai-list",
  source: {
    title: "山东省及各市高新技术企业奖补政策",
    url: "http://m.kl.net.cn/g82075381.html",
    publisher: "山东恒标知识产权代理有限公司（网页汇编）",
    date: "2019",
    changes:
      "As published: the places in their order (全省, 济南市, 青岛市, 淄博市 and its 区县, 枣庄市) and each clause's wording and amounts; the page runs " +
      "them as numbered lines under each place (laid out here as 地区 | 政策项目 | 奖补政策, the item names ours), the agency's advertising paragraph and " +
      "the lines after 枣庄市 left out; the date is not shown (2019 assumed). The second sheet is ours: 桓台县's 2022 list of awards, firms, codes, towns " +
      "and amounts invented. Planted: 桓台金泰纺织 given 20万元 for a 重新认定 whose award is 10万元; 淄博鲁桓生物's code with a wrong check character; " +
      "山东桓台鑫源化工 listed twice for its 首次认定.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "place-column-as-category", "range-award", "rate-with-cap", "no-money-clauses",
    "numbered-lines-per-place", "credit-codes", "duplicate-firm", "towns-as-places", "item-column", "wanyuan-in-header", "total-at-foot",
    "agency-digest", "county-list", "shandong",
  ],
  settings: { asOf: "2022-12-31", district: "淄博市桓台县" },
  sheets: [
    {
      name: "奖补政策",
      widths: [14, 28, 90],
      rows: [
        ["山东省及各市高新技术企业奖补政策", null, null],
        ["地区", "政策项目", "奖补政策"],
        ["全省", "省级小微高新技术企业首次认定补助", "首次通过省高新技术企业认定管理机构认定的小微企业，一次性补助10万元。"],
        ["全省", "地方配套政策", "享受地方配套政策。"],
        ["济南市", "济南市高新技术企业认定补助", "通过认定的高新技术企业补助资金10万元。"],
        ["济南市", "济南市区县高新技术企业扶持", "各区县当年认定为高新技术企业的，给予10-50万元扶持。"],
        ["青岛市", "青岛市新认定高新技术企业奖励", "新认定的高新技术企业，给予30万元奖励。"],
        ["张店区", "张店区首次认定高企扶持", "对首次通过高新技术企业认定的，一次性给予5万元扶持资金。"],
        ["桓台县", "桓台县首次认定高企扶持", "对首次通过高新技术企业认定的，一次性给予20万元扶持资金。"],
        ["桓台县", "桓台县重新认定高企扶持", "对通过高新技术企业重新认定的，一次性给予10万元扶持资金。"],
        ["高青县", "高青县首次认定高企扶持", "对首次通过高新技术企业认定的，一次性给予20万元扶持资金。"],
        ["沂源县", "沂源县首次认定高企扶持", "对首次通过高新技术企业认定的，一次性给予20万元扶持资金。"],
        ["淄博高新区", "淄博高新区高企认定扶持", "对通过高新技术企业认定的，一次性给予10万元的扶持资金。"],
        ["淄博高新区", "淄博高新区未通过认定中介服务费补贴", "首次申报高新技术企业，经高新区推荐，但未通过省认定机构认证的科技型小微企业，按申报过程中实际发生中介服务费用的60%给予补贴，不超过5万元。"],
        ["枣庄市", "枣庄市高新技术企业认定补助", "当年通过认定的高新技术企业一次性补助资金10万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "桓台县拨付名单",
      widths: [6, 30, 22, 10, 24, 16, 14],
      rows: [
        ["桓台县2022年度高新技术企业扶持资金拟拨付名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇", "政策项目", "高企证书编号", "扶持金额（万元）"],
        [1, "山东桓台鑫源化工有限公司", "91370321MA3N5P8K24", "索镇", "桓台县首次认定高企扶持", "GR202237001286", 20],
        [2, "淄博桓瑞机械有限公司", "91370321MA3R2D7T44", "果里镇", "桓台县重新认定高企扶持", "GR202237003415", 10],
        [3, "山东华齐新材料科技有限公司", "91370321MA3M9B1C67", "马桥镇", "桓台县首次认定高企扶持", "GR202237004102", 20],
        [4, "桓台金泰纺织有限公司", "91370321MA3U4F6X81", "起凤镇", "桓台县重新认定高企扶持", "GR202237005537", 20],
        [5, "淄博鲁桓生物科技有限公司", "91370321MA3T7H3J15", "田庄镇", "桓台县首次认定高企扶持", "GR202237006218", 20],
        [6, "山东桓台鑫源化工有限公司", "91370321MA3N5P8K24", "索镇", "桓台县首次认定高企扶持", "GR202237001286", 20],
        ["合计", null, null, null, null, null, 110],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "G3:G9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补政策", kind: "catalog", headerRow: 2, lastRow: 15, columns: { A: "category", B: "item", C: "standard" } },
      {
        sheet: "桓台县拨付名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "桓台县拨付名单", cell: "G6", why: "桓台县重新认定高企扶持 is a one-off 10万元; 20 is 10万元 over" },
      { rule: "register.invalid-credit-code", sheet: "桓台县拨付名单", cell: "C7", why: "91370321MA3T7H3J15: the check character for 91370321MA3T7H3J1 is 2, not 5" },
      { rule: "register.duplicate", sheet: "桓台县拨付名单", cell: "B8", why: "山东桓台鑫源化工 (91370321MA3N5P8K24) has 桓台县首次认定高企扶持 in 2022 already on row 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "桓台县拨付名单", cell: "G3", why: "首次认定 20 = the 20万元 award" },
      { rule: "cap.exceeded", sheet: "桓台县拨付名单", cell: "G4", why: "重新认定 10 = the 10万元 award" },
      { rule: "cap.exceeded", sheet: "桓台县拨付名单", cell: "G9", why: "合计 110 is no award" },
      { rule: "register.ineligible-location", sheet: "桓台县拨付名单", why: "索镇, 果里镇, 马桥镇, 起凤镇, 田庄镇 are towns of 桓台县" },
      { rule: "cap.unknown-policy", sheet: "桓台县拨付名单", why: "both 政策项目 named are rows of the catalog sheet" },
      { rule: "register.unpaid", sheet: "桓台县拨付名单", why: "a list to be paid (拟拨付) records no payments" },
      { rule: "input.unreadable-value", sheet: "桓台县拨付名单", cell: "F3", why: "高企证书编号 is an identifier, no money" },
      { rule: "catalog.unreadable-standard", sheet: "奖补政策", cell: "C6", why: "10-50万元 is a range given: the award, at most 50万元" },
    ],
  },
};
