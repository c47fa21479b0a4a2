import type { CorpusLayout } from "../types";

// 沂源县工业和信息化局 2021-02-20 【政策汇编】淄博市支持产业发展政策: section 一、企业跨越发展奖励 — （一）经济贡献奖励 (revenue
// thresholds 1000 … 50亿元 with awards 500 … 50万元 in one sentence; 50% of the growth in local fiscal contribution above 10%, at most
// 200万元; 50% of the third year's retained tax above last year's growth, at most 200万元), （二）高成长企业奖励 (准独角兽 / 独角兽
// 500 / 1000万元, 瞪羚 50万元 and a 50% match of the province's award) — each closing with （牵头部门：…）. The year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "zibo-2021-industry-support-policies",
  source: {
    title: "【政策汇编】淄博市支持产业发展政策（一、企业跨越发展奖励（一）（二））",
    url: "http://www.yiyuan.gov.cn/gongkai/site_yyxgyhxxhj/channel_5fbc9fd8c6298c00fc92cb37/doc_60307de2e7d1bce18dec32e2.html",
    publisher: "沂源县工业和信息化局",
    date: "2021-02-20",
    changes:
      "As published: the section heading 一、企业跨越发展奖励, the clauses of （一） and （二） in their wording and order with the 牵头部门 in brackets " +
      "(the contact names and phone numbers left out); the page is prose, laid out here one paragraph a row under 条款 | 政策项目 | 政策内容, the 政策项目 " +
      "names ours (the clauses have none beyond their heading). The second sheet is ours: a 2020 list of awards by clause, firms, codes, 区县, " +
      "bases and amounts invented. Planted: 淄博桓鑫精细化工 given 230万元 under the growth award whose maximum is 200; 沂源瑞丰医药 given 95 " +
      "under the three-year award where 50% of its base 180 is 90; 淄博博山华晟陶瓷's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "rate-with-cap", "conditions-not-caps", "matching-rate", "section-row", "executing-office-in-brackets", "clause-number-column", "base-column", "credit-codes", "counties-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "city-policy", "shandong"],
  settings: { asOf: "2021-03-31", district: "淄博市" },
  sheets: [
    {
      name: "支持产业发展政策",
      widths: [8, 24, 90],
      rows: [
        ["淄博市支持产业发展政策", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、企业跨越发展奖励", null, null],
        ["（一）", "经济贡献奖励", "对于营业收入首次突破1000亿元、500亿元、300亿元、200亿元、100亿元、50亿元的企业，分别奖励企业500万元、300万元、200万元、150万元、100万元、50万元。（牵头部门：市工业和信息化局）"],
        ["（一）", "跨越发展计划企业增长奖励", "对主营业务收入、地方财政贡献两项指标年增幅均超过10%的跨越发展计划企业，按照地方财政贡献超过10%部分的50%予以等额奖励，最高不超过200万元。（牵头部门：市工业和信息化局）"],
        ["（一）", "连续三年增长奖励", "对连续三年主要经济指标（营业收入、税收地方留成）增幅均超过全市平均水平10个百分点及以上的规模以上工业企业，按照第三年度税收地方留成（市级）超过企业上年增长部分的50%予以等额奖励，最高不超过200万元。（牵头部门：市工业和信息化局）"],
        ["（二）", "高成长企业奖励", "对于首次获得国家权威机构榜单或省、市认定的市内准独角兽企业、独角兽企业，分别给予500万元、1000万元资金扶持，并在企业投融资、用地用房等方面给予重点支持；对于首次获市级认定的瞪羚企业给予一次性50万元奖励，经培育后列入山东省瞪羚企业名单的，在省级奖励基础上给予50%的配套奖励。（牵头部门：市科技局）"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 10, 26, 18, 14, 12],
      rows: [
        ["2020年度淄博市支持产业发展政策奖励资金拟兑现企业名单", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "区县", "政策项目", "计算基数（万元）", "奖励金额（万元）", "备注"],
        [1, "淄博鑫泰石化装备有限公司", "91370303MA3C7K2P1R", "张店区", "经济贡献奖励", null, 100, "营业收入首次突破100亿元"],
        [2, "淄博恒润新材料有限公司", "91370305MA3F2H8N4K", "临淄区", "跨越发展计划企业增长奖励", 320, 160, null],
        [3, "淄博桓鑫精细化工有限公司", "91370321MA3E6T1W94", "桓台县", "跨越发展计划企业增长奖励", 520, 230, null],
        [4, "沂源瑞丰医药有限公司", "91370323MA3D8L5Q2F", "沂源县", "连续三年增长奖励", 180, 95, null],
        [5, "淄博淄川宏达耐材有限公司", "91370302MA3B4R7K6L", "淄川区", "经济贡献奖励", null, 50, "营业收入首次突破50亿元"],
        [6, "淄博周村恒丰纺织有限公司", "91370306MA3G9C3X05", "周村区", "连续三年增长奖励", 240, 120, null],
        [7, "淄博博山华晟陶瓷有限公司", "91370304MA3H1D6M5D", "博山区", "跨越发展计划企业增长奖励", 150, 75, null],
        [8, "高青县汇泽食品有限公司", "91370322MA3J5P2A8F", "高青县", "经济贡献奖励", null, 50, "营业收入首次突破50亿元"],
        ["合计", null, null, null, null, null, 880, null],
      ],
      merges: ["A1:H1", "A11:F11"],
      numberFormats: { "F3:G11": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持产业发展政策", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "跨越发展计划企业增长奖励 at most 200万元; 50% of the base 520 is 260, so the maximum binds: 230 is 30万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "连续三年增长奖励 is 50% of the base: 50% × 180 = 90 (below the 200 maximum, so the rate binds); 95 is 5万元 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C9", why: "91370304MA3H1D6M5D: the check character for 91370304MA3H1D6M5 is C, not D" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G3", why: "经济贡献奖励's levels reach 500万元; 100 is the 100亿元 level" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G4", why: "160 = 50% × 320, within the rate and the 200 maximum" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "120 = 50% × 240" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", why: "the 10% in the growth clauses is a condition (增幅超过10%), not the rate: 50% is" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "张店、临淄、淄川、周村、博山 are districts and 桓台、沂源、高青 counties of 淄博市" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "eight different firms" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G11", why: "合计 880 is no award" },
      { rule: "register.unpaid", sheet: "兑现名单", why: "a list to be paid (拟兑现) records no payments" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 政策项目 is a row of the catalog sheet" },
    ],
  },
};
