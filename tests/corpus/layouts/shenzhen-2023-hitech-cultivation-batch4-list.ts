import type { CorpusLayout } from "../types";

// 深圳市科技创新委员会 2023-08: the fourth batch of 2023 高新技术企业培育资助 (138 firms, 3452万元). The notice states the award's
// bounds (不少于10万元, 最高不超过300万元; 基本资助标准 by band of 研发费用, plus 20% for firms whose 研发费用 grew 20% or more).
export const layout: CorpusLayout = {
  id: "shenzhen-2023-hitech-cultivation-batch4-list",
  source: {
    title: "2023年高新技术企业培育资助第四批拟立项资助企业公示（附件：拟立项资助企业名单）",
    url: "https://hcwgx.com/13922.html",
    publisher: "深圳市科技创新委员会",
    date: "2023-08-22",
    changes:
      "As published: the award bounds (最高不超过300万元) and the bands of 研发费用 with their 基本资助标准 (10, 20, 50, 100, 250万元; " +
      "+20% for growth of 20% or more). The stored copy does not show the annex: the list 序号 | 企业名称 | 统一社会信用代码 | 研发费用（万元） | " +
      "资助金额（万元） and its seven firms, codes and figures are ours. The layout catalog holds the notice's maximum (300万元). " +
      "Planted: one award of 360万元, above the 300万元 maximum.",
  },
  classes: ["register", "award-list", "credit-codes", "base-column", "whole-wanyuan", "wanyuan-in-header", "catalog-from-notice", "cap-maximum", "cap-at-boundary", "batch-in-title", "city-fund", "guangdong"],
  settings: { district: "深圳市" },
  catalog: {
    items: [{ name: "高新技术企业培育资助", capType: "max", capAmount: 300, unit: "万元", year: 2023 }],
  },
  sheets: [
    {
      name: "名单",
      widths: [8, 36, 24, 14, 14],
      rows: [
        ["附件", null, null, null, null],
        ["2023年高新技术企业培育资助第四批拟立项资助企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "研发费用（万元）", "资助金额（万元）"],
        [1, "深圳市宝安精密模具有限公司", "91440300MA5GK8Q3RF", 860, 10],
        [2, "深圳市龙华云联软件有限公司", "91440300MA5H2C6Y1N", 6300, 20],
        [3, "深圳市福田量子传感科技有限公司", "91440300MA5FX5U9BG", 14200, 60],
        [4, "深圳市光明显示材料有限公司", "91440300MA5G3L7M25", 23800, 100],
        [5, "深圳市南山算力网络有限公司", "91440300MA5HB1D4NT", 118000, 300],
        [6, "深圳市大鹏海洋装备有限公司", "91440300MA5FT6W8KX", 165000, 360],
      ],
      merges: ["A2:E2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "base", E: "approved" }, year: 2023, item: "高新技术企业培育资助" },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "名单", cell: "E9", why: "360 > the 300万元 maximum of 高新技术企业培育资助" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "名单", cell: "E8", why: "300 = the maximum (250 + 20%), not above it" },
      { rule: "cap.rate-exceeded", why: "the item is a maximum in money, no rate of the 研发费用" },
      { rule: "cap.unknown-policy", why: "the list's policy is the catalog's 高新技术企业培育资助" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
    ],
  },
};
