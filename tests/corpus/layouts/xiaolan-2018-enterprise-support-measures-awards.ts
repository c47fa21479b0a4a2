import type { CorpusLayout } from "../types";

// 中山市小榄镇 2018: the town's measures to support enterprises (stored as a 文档 copy), sections (二) 鼓励企业上市上板与融资, (三) 鼓励节能降耗
// 与清洁生产, (四) 鼓励军民融合 — caps in prose: 最高100万元, 最高80万元, 2% of the money raised up to 50万元, 15% up to 30万元 a year,
// 5 / 3万元, 30 / 20 / 10万元 by level, 20万元 each for three certificates. Laid out as a catalog (one row per award) beside an award list of ours.
export const layout: CorpusLayout = {
  id: "xiaolan-2018-enterprise-support-measures-awards",
  source: {
    title: "小榄镇扶持企业发展措施（鼓励企业上市上板与融资、节能降耗与清洁生产、军民融合；条款表与补助名单据正文拟）",
    url: "https://wanglu.net/thread/t12-373917-1.html",
    publisher: "中山市小榄镇（文档转载）",
    date: "2018-12-21",
    changes:
      "Built from the prose (table from prose): each award of the three sections is one row, its standard quoted as published (conditions " +
      "such as 500万元以上, 15万元以上 kept in the words), the 军工资质 sentence split into its three levels. The award list on the second sheet " +
      "(firms, codes 442000, amounts) is ours: the document has none. Planted: a 中山市清洁生产企业 awarded 5万元 (the clause gives 3万元); one " +
      "credit code with a wrong check character. One firm under two different 军工 items is no duplicate.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "rate-with-cap", "conditions-not-caps", "section-row",
    "credit-codes", "item-per-row", "same-firm-two-items", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose",
    "town-policy", "guangdong",
  ],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 70],
      rows: [
        ["小榄镇扶持企业发展措施（节选）", null, null],
        ["序号", "扶持事项", "扶持标准"],
        ["一、鼓励企业上市上板与融资", null, null],
        [1, "企业上市", "企业经中国证券监督管理委员会核准发行股票并成功上市，并承诺企业总部10年内不迁离小榄的，最高给予补助100万元"],
        [2, "新三板挂牌", "在新三板挂牌的企业，最高奖励80万元"],
        [3, "企业股权融资", "企业在资本市场实现股权融资（不含首次公开募股）、首次债权融资，所募集资金达500万元以上且投资在我镇的，按不高于募资总额的2%进行补助，单个企业补助金额不超过50万元"],
        ["二、鼓励节能降耗与清洁生产", null, null],
        [4, "节能技术改造", "使用节能新技术、节能新材料或节能新设备进行节能改造，改造费用在15万元以上的，给予不超过项目投资额15%的补助，单个企业年度补助金额不超过30万元"],
        [5, "广东省清洁生产企业", "自愿开展清洁生产审核并获得“广东省清洁生产企业”称号的单位，一次性补助5万元"],
        [6, "中山市清洁生产企业", "获“中山市清洁生产企业”称号的单位，一次性补助3万元"],
        ["三、鼓励军民融合", null, null],
        [7, "一级武器装备科研生产保密资格", "获得一级武器装备科研生产保密资格证的企业，给予30万元奖励"],
        [8, "二级武器装备科研生产保密资格", "获得二级武器装备科研生产保密资格证的企业，给予20万元奖励"],
        [9, "三级武器装备科研生产保密资格", "获得三级武器装备科研生产保密资格证的企业，给予10万元奖励"],
        [10, "武器装备质量管理体系证书", "获得武器装备质量管理体系证书奖励20万元"],
        [11, "装备承制单位资格证书", "获得装备承制单位资格证书奖励20万元"],
        [12, "武器装备科研生产许可证", "获得武器装备科研生产许可证奖励20万元"],
      ],
      merges: ["A1:C1", "A3:C3", "A7:C7", "A11:C11"],
    },
    {
      name: "补助名单",
      widths: [6, 32, 24, 32, 16],
      rows: [
        ["小榄镇2018年扶持企业发展资金拟补助企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "扶持事项", "补助金额（万元）"],
        [1, "中山市榄盛精密五金股份有限公司", "91442000MA51K7Q2X6", "新三板挂牌", 80],
        [2, "中山市永宁智能电器有限公司", "91442000MA52D3H8TJ", "广东省清洁生产企业", 5],
        [3, "中山市菊城包装材料有限公司", "91442000MA53B6L1PU", "中山市清洁生产企业", 5],
        [4, "中山市小榄华联电子有限公司", "91442000MA54F2N9RA", "二级武器装备科研生产保密资格", 20],
        [5, "中山市小榄华联电子有限公司", "91442000MA54F2N9RA", "武器装备质量管理体系证书", 20],
        [6, "中山市东升锁业有限公司", "91442000MA55C8W4K7", "中山市清洁生产企业", 3],
        ["合计", null, null, null, 133],
      ],
      merges: ["A1:E1", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 17, columns: { B: "item", C: "standard" } },
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E5", why: "中山市清洁生产企业: 5 > the clause's 3万元" },
      { rule: "register.invalid-credit-code", sheet: "补助名单", cell: "C8", why: "91442000MA55C8W4K7: the check character for 91442000MA55C8W4K is B, not 7" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "补助名单", cell: "E7", why: "the same firm under two different items (二级保密资格 and 质量管理体系证书)" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E3", why: "新三板挂牌 80 = its maximum 80万元" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E6", why: "二级保密资格 20 = its 20万元" },
      { rule: "cap.unknown-policy", why: "every 扶持事项 of the list is a row of the clause sheet" },
      { rule: "composition.total-mismatch", sheet: "补助名单", cell: "E9", why: "80 + 5 + 5 + 20 + 20 + 3 = 133" },
    ],
  },
};
