import type { CorpusLayout } from "../types";

// 卧涛 2022-11-10: a digest of 江苏省 and its 13 cities' 高企 awards (183 clauses). Its first section, 一、江苏省, opens with two province
// clauses: the 入库培育奖励 (the province pays 5万元 per firm where the locality has paid at least 5万元) and the 认定培育奖励 (at least
// 30万元 for a firm first recognised). Laid out as a two-row catalog, the digest's numbering and wording kept, beside a province-wide
// award list of our own on a second sheet.
export const layout: CorpusLayout = {
  id: "jiangsu-2022-hitech-cultivation-award-clauses",
  source: {
    title: "江苏省及下辖13市合计183项高企奖补汇编大全 — 一、江苏省 1、入库培育奖励 2、认定培育奖励（兑现明细据政策拟）",
    url: "http://pennalytics.com/display/59945.html",
    publisher: "卧涛科技（转载）",
    date: "2022-11-10",
    changes:
      "As published: the section heading and the two clauses' names and standards (the second cut where the stored copy breaks off, after 不低于30万元培育奖励). " +
      "Ours: the table form (序号 | 政策名称 | 奖补标准) and the whole second sheet (firms, codes, cities, sums). Planted: 常州晟衡电子材料 given 8 under 入库培育奖励 (fixed 5). " +
      "The 认定培育奖励 states only a floor (不低于30万元), so it has no cap: its 30 and 45 are not above anything.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "floor-not-cap", "fixed-award", "condition-on-local-money", "section-heading-row", "policy-digest", "item-per-row", "same-firm-two-items", "credit-codes", "cities-as-places", "province-wide-list", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "jiangsu"],
  settings: { district: "江苏省" },
  sheets: [
    {
      name: "政策汇编",
      widths: [6, 18, 80],
      rows: [
        ["江苏省高企奖补政策汇编（摘录）", null, null],
        ["一、江苏省", null, null],
        ["序号", "政策名称", "奖补标准"],
        [1, "入库培育奖励", "根据“各设区市、县（市、区）、省级以上高新区设立培育资金”兑现情况，对于当年度入库企业地方培育资金已按每家不低于5万元（含）奖励的，省培育资金按每家5万元给予奖励。"],
        [2, "认定培育奖励", "给予上年度首次获得高新技术企业认定的入库企业不低于30万元培育奖励。"],
        ["注：具体奖补政策以当地最新政策为准。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A6:C6"],
    },
    {
      name: "兑现明细",
      widths: [6, 28, 22, 10, 16, 14],
      rows: [
        ["2022年度江苏省高新技术企业培育资金兑现明细", null, null, null, null, null],
        [null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "设区市", "奖补项目", "奖补金额（万元）"],
        [1, "苏州澄湖精密机械有限公司", "91320583MA1Q7K8D4Y", "苏州市", "入库培育奖励", 5],
        [2, "苏州禾岳生物科技有限公司", "91320506MA1T2P3U75", "苏州市", "认定培育奖励", 30],
        [3, "常州晟衡电子材料有限公司", "91320411MA1WB5C6NU", "常州市", "入库培育奖励", 8],
        [4, "无锡溪岚环境科技有限公司", "91320282MA1XA9L2J1", "无锡市", "认定培育奖励", 45],
        [5, "南京栖澜软件有限公司", "91320115MA1YC4H8RK", "南京市", "入库培育奖励", 5],
        [6, "苏州禾岳生物科技有限公司", "91320506MA1T2P3U75", "苏州市", "入库培育奖励", 5],
        ["合计", null, null, null, null, 98],
      ],
      merges: ["A1:F1", "A10:E10"],
      numberFormats: { "F4:F10": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策汇编", kind: "catalog", headerRow: 3, lastRow: 5, columns: { B: "item", C: "standard" } },
      { sheet: "兑现明细", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F6", why: "入库培育奖励 is a fixed 5万元 per firm (每家5万元); 常州晟衡 given 8" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇编", cell: "C5", why: "认定培育奖励 states only a floor (不低于30万元): a floor is never a cap, so no cap can be read" },
      { rule: "cap.no-cap", sheet: "兑现明细", cell: "F5", why: "认定培育奖励 is in the catalog without a cap (its standard gives only a floor); reported once for the item" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F7", why: "45 under 认定培育奖励 is above the floor of 30, and a floor is no cap" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "F9", why: "苏州禾岳 twice, but under two different items (认定培育 and 入库培育)" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F4", why: "the 不低于5万元（含） is a condition on the locality's own award; the province's award is 5, as paid" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D4", why: "苏州市, 常州市, 无锡市, 南京市 are cities of 江苏省, the fund's area" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "F10", why: "5+30+8+45+5+5 = 98 as stated" },
      { rule: "cap.unknown-policy", why: "both items are in the catalog" },
    ],
  },
};
