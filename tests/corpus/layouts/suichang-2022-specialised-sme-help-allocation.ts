import type { CorpusLayout } from "../types";

// 遂昌县经济商务局 (浙江 丽水) 2022-05-17: 附件1 2022年遂昌县“专精特新”中小企业帮扶资金分配方案 — money shared out by points, not
// by a standard: each firm's 项目评分 × 企业类型系数 (省级专精特新 5, 高新技术企业 1.3, 新增“小升规” 1) = 分配系数, and 分配金额 is the
// 分配系数 times one rate for the whole pot. 申报类别 (绿色化技术改造 / 创新能力提升) beside the firm's kind; 创新能力提升 rows have no
// 项目总投资额. No unit caption: only 项目总投资额 names 万元.
export const layout: CorpusLayout = {
  id: "suichang-2022-specialised-sme-help-allocation",
  source: {
    title: "遂昌县经济商务局关于2022年“专精特新”中小企业帮扶资金和困难中小企业纾困资金企业名单的公示（附件1：2022年遂昌县“专精特新”中小企业帮扶资金分配方案）",
    url: "http://www.suichang.gov.cn/art/2022/5/17/art_1229425524_4925563.html",
    publisher: "遂昌县经济商务局",
    date: "2022-05-17",
    changes:
      "As published: the annex's title, the nine headings in their order (序号 | 企业名称 | 企业类型 | 申报类别 | 项目总投资额(万元) | 项目评分 | " +
      "企业类型系数 | 分配系数 | 分配金额), no unit caption, the three kinds with their 系数 (5, 1.3, 1), the two 申报类别 and the empty " +
      "项目总投资额 of the 创新能力提升 rows. Ours: the firms (invented), the figures (分配金额 = 分配系数 × 1.92, to two decimals), rows cut to " +
      "twelve, and the 合计 row (the stored copy stops at row 9). Annex 2 (纾困资金) is left out. Planted: 遂昌县金岱化工有限公司 listed twice " +
      "under 绿色化技术改造 with the same figures (rows 4 and 13).",
  },
  classes: [
    "register", "allocation-by-points", "coefficient-columns", "score-column", "kind-column", "category-column", "investment-not-amount",
    "blank-investment", "no-unit-caption", "unit-in-one-heading", "item-in-title", "no-credit-codes", "no-place-column", "total-at-foot",
    "no-catalog", "zhejiang",
  ],
  settings: { district: "遂昌县", asOf: "2022-05-23" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 30, 22, 16, 14, 10, 12, 10, 10],
      rows: [
        ["2022年遂昌县“专精特新”中小企业帮扶资金分配方案", null, null, null, null, null, null, null, null],
        ["序号", "企业名称", "企业类型", "申报类别", "项目总投资额(万元)", "项目评分", "企业类型系数", "分配系数", "分配金额"],
        [1, "浙江遂禾新材料科技有限公司", "省级专精特新中小企业", "绿色化技术改造", 32000, 1.0, 5, 5.0, 9.6],
        [2, "遂昌县金岱化工有限公司", "高新技术企业", "绿色化技术改造", 650, 0.6, 1.3, 0.78, 1.5],
        [3, "浙江妙高新材料有限公司", "新增“小升规”企业", "绿色化技术改造", 1100, 0.61, 1, 0.61, 1.17],
        [4, "浙江云峰家居用品有限公司", "高新技术企业", "绿色化技术改造", 540, 0.6, 1.3, 0.78, 1.5],
        [5, "遂昌县汤溪铜业有限公司", "新增“小升规”企业", "绿色化技术改造", 480, 0.6, 1, 0.6, 1.15],
        [6, "浙江石练生物科技有限公司", "新增“小升规”企业", "绿色化技术改造", 9800, 0.22, 1, 0.22, 0.42],
        [7, "浙江北界特种材料有限公司", "省级专精特新中小企业", "创新能力提升", null, 1.0, 5, 5.0, 9.6],
        [8, "遂昌县大柘铸造有限公司", "高新技术企业", "创新能力提升", null, 0.22, 1.3, 0.29, 0.56],
        [9, "浙江金竹机械有限公司", "省级专精特新中小企业", "创新能力提升", null, 0.8, 5, 4.0, 7.68],
        [10, "遂昌县濂竹电子科技有限公司", "高新技术企业", "创新能力提升", null, 0.7, 1.3, 0.91, 1.75],
        [11, "遂昌县金岱化工有限公司", "高新技术企业", "绿色化技术改造", 650, 0.6, 1.3, 0.78, 1.5],
        [12, "浙江三仁食品有限公司", "新增“小升规”企业", "创新能力提升", null, 0.5, 1, 0.5, 0.96],
        ["合计", null, null, null, null, null, null, null, 37.39],
      ],
      merges: ["A1:I1", "A15:H15"],
      numberFormats: { "F3:F14": "0.00", "H3:H14": "0.00", "I3:I15": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "category", I: "approved" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        cell: "I13",
        why: "遂昌县金岱化工有限公司 again (row 13), the same 2022 帮扶资金 under the same 申报类别 绿色化技术改造, 1.50 as at row 4",
      },
    ],
    absent: [
      { rule: "register.duplicate", cell: "I9", why: "浙江北界特种材料 and 浙江遂禾新材料 both get 9.60: two firms, not one" },
      { rule: "cap.exceeded", cell: "I15", why: "合计 37.39 = 9.60 + 1.50 + 1.17 + 1.50 + 1.15 + 0.42 + 9.60 + 0.56 + 7.68 + 1.75 + 1.50 + 0.96 is no award" },
      { rule: "cap.exceeded", cell: "E3", why: "项目总投资额 32,000 is the firm's project, not money awarded" },
      { rule: "composition.line-mismatch", why: "分配系数 = 项目评分 × 企业类型系数 (1.00 × 5 = 5.00, 0.60 × 1.3 = 0.78, 0.22 × 1.3 = 0.286 → 0.29) are points, not a unit × quantity of money" },
      { rule: "input.unreadable-value", why: "the empty 项目总投资额 of the 创新能力提升 rows mean nothing, not unreadable text" },
      { rule: "register.unpaid", why: "a plan put up for comment records no payments" },
      { rule: "register.ineligible-location", why: "the list gives no places" },
    ],
  },
};
