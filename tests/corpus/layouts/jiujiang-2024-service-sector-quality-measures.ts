import type { CorpusLayout } from "../types";

// 九江市人民政府 2024-03-15: 九江市推进服务业高质量发展若干措施, clause 1 (支持规上服务业企业发展) — one-off awards for firms newly
// counted above scale (月度入库 8万元, 年度入库 5万元 in one sentence), 10万元 for a 个体工商户 turned firm and counted, 10万元 for steady
// growth and for first reaching 1亿元 of revenue, with conditions; the year's awards (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "jiujiang-2024-service-sector-quality-measures",
  source: {
    title: "九江市推进服务业高质量发展若干措施（一、加强市场主体培育 第1条）",
    url: "http://www.yili56.com/article-43865-163452.html",
    publisher: "九江市人民政府（物流企业网站转载）",
    date: "2024-03-15",
    changes:
      "Clause 1's awards as published (8万元 / 5万元 for 月度 / 年度入库, 10万元 for 个体工商户升级并申规入库, 10万元 for firms in the statistics 3 years with " +
      "revenue growth 10% above the province's, 10万元 for first reaching 1亿元 with 20% growth), one row per award with row names of ours (the sentence giving 月度 8万元 and 年度 5万元 is split between the two rows); the clause's " +
      "last sentence (前20名) is cut. The award list on the second sheet is ours (firms, codes, places, amounts; 九江 codes 3604xx). Planted: " +
      "瑞昌市赣北供应链 given 8万元 for 年度入库 where the clause gives 5; 进贤县 firm (南昌市) in 九江's list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "one-sentence-split-into-rows", "conditions-not-caps", "clause-number-column", "item-per-row", "credit-codes", "counties-and-districts-as-places", "city-fund", "wanyuan-in-header", "total-at-foot", "jiangxi"],
  settings: { district: "九江市", asOf: "2024-12-20" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 90],
      rows: [
        ["九江市推进服务业高质量发展若干措施（摘录）", null, null],
        ["条款", "奖励项目", "支持标准"],
        ["1", "新增规上服务业企业奖励（月度入库）", "给予新增入库的规上服务业企业一次性奖励，其中月度入库给予8万元。"],
        ["1", "新增规上服务业企业奖励（年度入库）", "给予新增入库的规上服务业企业一次性奖励，其中年度入库给予5万元。"],
        ["1", "个体工商户升级入库奖励", "对个体工商户升级为服务业企业并成功申规入库的，给予10万元奖励。"],
        ["1", "规上服务业企业持续增长奖励", "对在库时间3年（含）以上且年度营业收入增幅均高于当年全省营业收入平均增幅10%（含）以上的规上服务业企业，给予一次性奖励10万元。"],
        ["1", "营业收入首次达到1亿元奖励", "对营业收入规模首次达到1亿元（含）且当年增速20%（含）以上的规上服务业企业，给予10万元奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 14, 34, 14],
      rows: [
        ["2024年度九江市推进服务业高质量发展政策拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "奖励项目", "奖励金额（万元）"],
        [1, "九江浔阳通达物流有限公司", "91360403MA39B7RK2W", "浔阳区", "新增规上服务业企业奖励（月度入库）", 8],
        [2, "九江濂溪湖畔文化传媒有限公司", "91360402MA38N5QD4W", "濂溪区", "新增规上服务业企业奖励（年度入库）", 5],
        [3, "九江市柴桑区鑫源商贸有限公司", "91360404MA3AD8WT69", "柴桑区", "个体工商户升级入库奖励", 10],
        [4, "瑞昌市赣北供应链管理有限公司", "91360481MA37XK3H1N", "瑞昌市", "新增规上服务业企业奖励（年度入库）", 8],
        [5, "共青城创联信息技术有限公司", "91360482MA3B2F9P8F", "共青城市", "规上服务业企业持续增长奖励", 10],
        [6, "永修县星火仓储服务有限公司", "91360425MA398EUL5R", "永修县", "营业收入首次达到1亿元奖励", 10],
        [7, "进贤县鸿运物流有限公司", "91360124MA38G6TN2G", "南昌市进贤县", "新增规上服务业企业奖励（月度入库）", 8],
        [8, "湖口县江畔物业服务有限公司", "91360429MA3CC1RM78", "湖口县", "新增规上服务业企业奖励（年度入库）", 5],
        ["合计", null, null, null, null, 64],
      ],
      merges: ["A1:F1", "A11:E11"],
      numberFormats: { "F3:F11": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "年度入库 is a fixed 5万元 (8万元 is the 月度入库 award): 8 given, 3万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D9", why: "南昌市进贤县 is outside 九江市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "a fixed 8万元 (the published sentence split: each row names its own award)" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "a fixed 10万元; 3年, 10% are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "a fixed 10万元; 1亿元 and 20% are conditions" },
      { rule: "cap.rate-exceeded", why: "no clause here is a rate of a base: 10% and 20% are growth conditions" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "月度入库 8万元 is the award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F11", why: "合计 64 = 8 + 5 + 10 + 8 + 10 + 10 + 8 + 5, no award" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is a row of the clauses sheet" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D7", why: "共青城市 is a county-level city of 九江市" },
      { rule: "register.location-code-mismatch", why: "each code's 3604xx agrees with its place; the 进贤县 firm's 360124 agrees with its row" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "three firms share 年度入库, each a different firm" },
    ],
  },
};
