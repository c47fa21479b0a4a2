import type { CorpusLayout } from "../types";

// 河南省财政厅、省乡村振兴局 2023 (豫财农综〔2023〕7号): of the 2023 central and provincial 衔接资金, 2.4亿元 set aside to reward 16 counties
// whose 优势特色产业 scored well — 8 counties 2000万元 each, 8 counties 1000万元 each (the report names 7 of the second 8). Laid out as
// the reward table such a notice carries: counties as applicants (县（市、区）), their 省辖市 beside them, the tier as 奖励档次.
export const layout: CorpusLayout = {
  id: "henan-2023-linkage-fund-county-bonus-award",
  source: {
    title: "内乡县喜获河南省追加2000万元资金奖励（《关于下达2023年中央和省级财政衔接推进乡村振兴补助资金（巩固拓展脱贫攻坚成果和乡村振兴任务）预算的通知》；表据正文拟）",
    url: "http://www.neixiangxian.gov.cn/2023/0601/58916.html",
    publisher: "内乡县人民政府（据河南省财政厅、河南省乡村振兴局豫财农综〔2023〕7号）",
    date: "2023-06-01",
    changes:
      "The report's facts are kept: 2.4亿元 for 16 counties; 内乡县、嵩县、原阳县、清丰县、台前县、临颍县（written 临颖 in the report）、睢县、光山县 " +
      "2000万元 each; 叶县、内黄县、淇县、武陟县、襄城县、新县、新蔡县 1000万元 each (seven named of eight). The report gives them in prose; laid " +
      "out here as a reward table (序号 | 县（市、区） | 所属省辖市 | 奖励档次 | 追加奖励资金（万元） | 备注, 合计, a note), the 档次 names ours. " +
      "The catalog holds the two tiers as fixed awards. Planted: 台前县 given 2,500 in the 2000万元 tier; the unnamed eighth county of the " +
      "second tier filled by 内黄县 again.",
  },
  classes: ["register", "counties-as-applicants", "city-beside-county", "tier-as-kind", "item-from-kind", "fixed-awards", "province-wide-list", "table-from-prose", "wanyuan-in-header", "total-at-foot", "notes-under-table", "henan"],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "追加奖励",
      widths: [6, 14, 14, 10, 18, 20],
      rows: [
        ["2023年衔接资金优势特色产业追加奖励资金表", null, null, null, null, null],
        ["序号", "县（市、区）", "所属省辖市", "奖励档次", "追加奖励资金（万元）", "备注"],
        [1, "内乡县", "南阳市", "一档", 2000, null],
        [2, "嵩县", "洛阳市", "一档", 2000, null],
        [3, "原阳县", "新乡市", "一档", 2000, null],
        [4, "清丰县", "濮阳市", "一档", 2000, null],
        [5, "台前县", "濮阳市", "一档", 2500, null],
        [6, "临颍县", "漯河市", "一档", 2000, null],
        [7, "睢县", "商丘市", "一档", 2000, null],
        [8, "光山县", "信阳市", "一档", 2000, null],
        [9, "叶县", "平顶山市", "二档", 1000, null],
        [10, "内黄县", "安阳市", "二档", 1000, null],
        [11, "淇县", "鹤壁市", "二档", 1000, null],
        [12, "武陟县", "焦作市", "二档", 1000, null],
        [13, "襄城县", "许昌市", "二档", 1000, null],
        [14, "新县", "信阳市", "二档", 1000, null],
        [15, "新蔡县", "驻马店市", "二档", 1000, null],
        [16, "内黄县", "安阳市", "二档", 1000, null],
        ["合计", null, null, null, 24500, null],
        ["注：衔接资金优先支持联农带农富农产业发展，在正常因素分配法的基础上，拿出2.4亿元对全省优势特色产业绩效评价好、利益联结规范、联农带农成效明显的16县进行资金分配追加奖励。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A19:D19", "A20:F20"],
    },
  ],
  catalog: {
    items: [
      { name: "衔接资金优势特色产业追加奖励（一档）", capType: "fixed", capAmount: 2000, unit: "万元", year: 2023, document: "豫财农综〔2023〕7号" },
      { name: "衔接资金优势特色产业追加奖励（二档）", capType: "fixed", capAmount: 1000, unit: "万元", year: 2023, document: "豫财农综〔2023〕7号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "追加奖励",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 19,
        columns: { B: "enterprise", C: "place", D: "category", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "台前县 in the 一档 tier, a fixed 2,000万元; 2,500 given: 500万元 over" },
      { rule: "register.duplicate", cell: "E18", why: "内黄县 given the 二档 reward twice in 2023 (rows 12 and 18)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E19", why: "合计 24,500 is no award (7 × 2,000 + 2,500 + 8 × 1,000)" },
      { rule: "register.ineligible-location", why: "every county and 省辖市 is in 河南省 (the report's 临颖 is 临颍县, 漯河市)" },
      { rule: "register.duplicate", cell: "E16", why: "信阳市 has two counties (光山县, 新县) and 濮阳市 two (清丰县, 台前县): different applicants" },
      { rule: "cap.unknown-policy", why: "each row's item is the fund's reward of its tier (一档 / 二档) in the catalog" },
      { rule: "register.unpaid", why: "a reward table records no payments" },
      { rule: "input.unreadable-value", cell: "A20", why: "the note under the table" },
    ],
  },
};
