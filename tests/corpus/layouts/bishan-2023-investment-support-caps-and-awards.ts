import type { CorpusLayout } from "../types";

// 璧山区 2023-08-21 (璧山区融媒体中心 news of the 渝西 招商一体化 briefing): the district's support for investors in one paragraph —
// 总投资20%以内 for infrastructure and early costs, up to 1400万元 for listing, up to 200万元 for 知识产权 / 成果转化, up to 1000万元
// for 研究院, up to 48万元 a person for talent. Laid out as a policy catalog beside a payout list of our own.
export const layout: CorpusLayout = {
  id: "bishan-2023-investment-support-caps-and-awards",
  source: {
    title: "我区全面融入渝西地区招商一体化工作（政策条款表与兑现名单据正文拟）",
    url: "https://bishan.cbg.cn/a/2023/08/21/b22d126079e943fdb5371c49a2917e9c.html",
    publisher: "璧山区融媒体中心",
    date: "2023-08-21",
    changes:
      "Built from the prose (table from prose): the paragraph's five money measures become one catalog row each (支持方向 | 支持标准, the " +
      "standard in the report's words, caps 20% of 总投资, 1400, 200, 1000, 48万元); the tax rate, land-price cut, credit pools and the " +
      "39亿元 fund are left out (no award caps). The payout list on the second sheet (firms, 500120 codes, amounts, one 项目总投资) is ours. " +
      "Planted: a 科技创新 award of 260万元 (cap 200); an 产业扶持 award of 2,600 on a 12,000 总投资 (21.67% > 20%); the first firm " +
      "listed twice for the same 科技创新 award.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-base", "per-person-cap", "base-column", "credit-codes", "item-per-row", "duplicate-row", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "news-report", "county-policy", "chongqing"],
  settings: { district: "重庆市璧山区" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 14, 70],
      rows: [
        ["璧山区招商引资支持政策（资金类）", null, null],
        ["序号", "支持方向", "支持标准"],
        [1, "产业扶持", "对项目基础设施、前期投入等方面给予总投资20%以内的补助"],
        [2, "企业上市", "企业上市最高给予1400万元补助"],
        [3, "科技创新", "对知识产权、成果转化等方面给予最高不超过200万元支持"],
        [4, "研究院经济", "给予最高不超过1000万元配套经费支持"],
        [5, "人才支持", "每人最高48万元补助"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 24, 12, 16, 16],
      rows: [
        ["璧山区2023年招商引资政策兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "支持方向", "项目总投资（万元）", "兑现金额（万元）"],
        [1, "重庆璧青电子科技有限公司", "91500120MA61K8T230", "科技创新", null, 180],
        [2, "重庆璧泉显示器件有限公司", "91500120MA5YM7Q41D", "企业上市", null, 1400],
        [3, "重庆金剑半导体有限公司", "91500120MA60N2R5X7", "科技创新", null, 260],
        [4, "重庆来凤数字科技研究院有限公司", "91500120MA6A9D1L2F", "研究院经济", null, 800],
        [5, "重庆丁家电子元器件有限公司", "91500120MA5YH3D20X", "人才支持", null, 48],
        [6, "重庆璧青电子科技有限公司", "91500120MA61K8T230", "科技创新", null, 180],
        [7, "重庆青杠智能装备有限公司", "91500120MA61WQ6B9K", "产业扶持", 12000, 2600],
        ["合计", null, null, null, null, 5468],
      ],
      merges: ["A1:F1", "A10:D10"],
      numberFormats: { "E3:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "item", C: "standard" } },
      { sheet: "兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "科技创新: 260 > 最高不超过200万元" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F9", why: "产业扶持: 2,600 / 12,000 = 21.67% > 总投资20%以内 (at most 2,400)" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F8", why: "重庆璧青电子科技有限公司 (91500120MA61K8T230) listed again for 科技创新 180 (row 3)" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "企业上市 1400 = its 最高1400万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "人才支持 48 = 每人最高48万元 (one person)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "研究院经济 800 < 1000" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F10", why: "180 + 1400 + 260 + 800 + 48 + 180 + 2600 = 5,468" },
      { rule: "cap.unknown-policy", why: "every 支持方向 is a row of the policy sheet" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", why: "every code's check character is right" },
    ],
  },
};
