import type { CorpusLayout } from "../types";

// 莆田市荔城区 2014-12: 《关于加快工业经济促转型稳增长的通知》, in force to 2015-12 — 5万元 for a firm newly above scale (plus 3万元 / 5万元 when its
// output passes 5000万元 / 1亿元), 3万元 for safety standardisation, 30% of the district's retained-revenue increase when output first passes
// 2 / 3 / 5 / 10亿元, 20% of it for technical or management upgrades of 100万元 and more. Laid out as the standards as clauses, and the year's awards.
export const layout: CorpusLayout = {
  id: "licheng-2015-industrial-growth-awards",
  source: {
    title: "莆田荔城区：企业增量扩产的将予以奖励补助（《关于加快工业经济促转型稳增长的通知》）",
    url: "http://pt.fjsen.com/xw/2014-12/22/content_15434755.htm",
    publisher: "莆田市荔城区人民政府（东南网转载湄洲日报 黄朝霞 报道）",
    date: "2014-12-22",
    changes:
      "As published: the four standards, word for word as the report gives them, and the scheme's period (2014-12 to 2015-12). The clause table's " +
      "names, the award list (firms, codes of 荔城区 350304, bases and amounts) are ours. Planted: 荔丰鞋材 given 5万元 for safety standardisation " +
      "(3万元 fixed); 华亿机械's upgrade award 30万元 where 20% of its 120万元 increase is 24.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "rate-without-cap", "thresholds-not-caps", "sub-items-in-one-cell", "base-column", "credit-codes", "news-report", "wanyuan-caption", "fujian"],
  settings: { asOf: "2015-12-31", district: "荔城区" },
  sheets: [
    {
      name: "奖补标准",
      widths: [6, 26, 90],
      rows: [
        ["荔城区加快工业经济促转型稳增长奖补标准", null, null],
        ["序号", "奖补项目", "奖补标准"],
        [1, "新增规模以上工业企业补助", "对于新增为规上企业的给予5万元补助，当年度工业产值超过5000万元、1亿元的分别再追加奖励3万元、5万元。"],
        [2, "安全生产标准化建设补助", "新增规上企业若有加强安全生产标准化建设的，经验收合格后予以补助3万元。"],
        [3, "工业产值首次超亿元台阶奖励", "当年度工业产值首次超2亿元、3亿元、5亿元、10亿元，按当年度区级留成财力增量部分的30%予以一次性奖励。"],
        [4, "技术改造及管理创新奖励", "对当年度实施技术改造创新、管理创新投资额达100万元以上且当年度工业产值增幅达25%以上的，由区财政按该企业当年度区级留成财力增量部分的20%予以奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖补名单",
      widths: [6, 30, 22, 28, 18, 12],
      rows: [
        ["2015年度荔城区工业经济促转型稳增长奖补资金兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖补项目", "区级留成财力增量", "奖补金额"],
        [1, "莆田市荔城区荔丰鞋材有限公司", "91350304MA2Y7K3LPY", "新增规模以上工业企业补助", null, 5],
        [2, "莆田市荔城区荔丰鞋材有限公司", "91350304MA2Y7K3LPY", "安全生产标准化建设补助", null, 5],
        [3, "莆田华亿机械制造有限公司", "91350304MA31Q2B8RA", "技术改造及管理创新奖励", 120, 30],
        [4, "福建荔城鸿达工艺品有限公司", "91350304MA32XK5N73", "工业产值首次超亿元台阶奖励", 400, 120],
        [5, "莆田市黄石新兴食品有限公司", "91350304MA33D6H1PU", "技术改造及管理创新奖励", 85, 17],
        ["合计", null, null, null, null, 177],
      ],
      merges: ["A1:F1", "A9:E9"],
      numberFormats: { "E4:F9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补标准", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F5", why: "安全生产标准化建设补助 is a fixed 3万元; 5.00 given, 2.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F6", why: "技术改造及管理创新奖励: 20% × 120.00 = 24.00 allowed; 30.00 given, 6.00万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C5", why: "30% of the retained-revenue increase; 2 / 3 / 5 / 10亿元 are conditions of the award, not caps" },
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C6", why: "20% of the increase; 100万元以上 and 25%以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "奖补标准", cell: "C4", why: "a fixed 3万元" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F7", why: "30% × 400.00 = 120.00, given 120.00" },
      { rule: "cap.rate-exceeded", sheet: "奖补名单", cell: "F8", why: "20% × 85.00 = 17.00, given 17.00" },
      { rule: "register.duplicate", sheet: "奖补名单", why: "荔丰鞋材 twice, for two different items" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F9", why: "合计 177 is no award" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", sheet: "奖补名单", why: "every 奖补项目 is a row of the clause table" },
    ],
  },
};
