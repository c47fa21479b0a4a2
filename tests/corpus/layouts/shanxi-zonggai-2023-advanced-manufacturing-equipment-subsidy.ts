import type { CorpusLayout } from "../types";

// 山西综改示范区管委会 2023-09 《山西综改示范区支持先进制造业发展办法》 第三条: equipment of new projects on new land with
// 1亿元 or more of fixed investment — 不超过10%, by band 5% / 8% / 10%, 最高2亿元. The article as a catalog sheet; the
// year's subsidies (ours) on a second sheet with 新购设备投资额 as their base.
export const layout: CorpusLayout = {
  id: "shanxi-zonggai-2023-advanced-manufacturing-equipment-subsidy",
  source: {
    title: "山西综改示范区管委会关于印发《山西综改示范区支持先进制造业发展办法》的通知（第二章 第三条）",
    url: "http://cdsnjd.com/news/yqgh/2023/0912/21143.html",
    publisher: "山西转型综合改革示范区管理委员会",
    date: "2023-09-12",
    changes:
      "As published: 第三条 in prose — 不超过10%, three investment bands at 5% / 8% / 10%, 最高2亿元 (the stored copy breaks off in 第四条). " +
      "Kept: 第三条's wording. Ours: the catalog layout (条款 | 支持事项 | 支持标准), the subsidy list (firms, codes, projects, investments, amounts). " +
      "Planted: 龙城合成生物 given 2,000 above 10% of its 15,000 of equipment; 综改重型装备 given 22,000 above the 2亿元 maximum; 唐槐半导体's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "tiered-rates", "rate-with-cap", "yiyuan-cap-in-wanyuan-list", "conditions-not-caps", "clause-number-column", "base-column", "investment-condition-column", "project-name-column", "credit-codes", "no-place-column", "item-in-title", "development-zone", "wanyuan-caption", "total-at-foot", "shanxi"],
  sheets: [
    {
      name: "支持条款",
      widths: [10, 24, 80],
      rows: [
        ["山西综改示范区支持先进制造业发展办法（摘录）", null, null],
        ["条款", "支持事项", "支持标准"],
        ["第三条", "先进制造业项目设备投资补贴", "鼓励先进制造业项目设备投资。新引进固定资产投资1亿元以上的新征用地项目，按照新购设备实际投资额给予不超过10%的补贴，其中：1亿元≤项目固定资产投资总额<3亿元，补贴额度为新购设备投资额的5%；3亿元≤项目固定资产投资总额<5亿元，补贴额度为新购设备投资额的8%；项目固定资产投资总额≥5亿元，补贴额度为新购设备投资额的10%，最高2亿元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "补贴名单",
      widths: [6, 30, 22, 28, 18, 18, 14],
      rows: [
        ["山西综改示范区先进制造业项目设备投资补贴拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "项目固定资产投资总额", "新购设备投资额", "补贴金额"],
        [1, "山西综改智造装备有限公司", "91140100MA0L1A23B7", "高端液压件智能产线项目", 25000, 8000, 400],
        [2, "山西晋阳光伏科技有限公司", "91140105MA0L2C45D9", "光伏组件扩产项目", 40000, 15000, 1200],
        [3, "山西潇河新材料有限公司", "91140100MA0L3E67FT", "碳纤维复合材料项目", 60000, 30000, 3000],
        [4, "山西龙城合成生物有限公司", "91140700MA0L4G89HK", "合成生物中试基地项目", 80000, 15000, 2000],
        [5, "山西唐槐半导体有限公司", "91140100MA0L5J12L6", "第三代半导体衬底项目", 20000, 6000, 300],
        [6, "山西综改重型装备制造有限公司", "91140105MA0L6M34NE", "大型矿山装备制造基地项目", 300000, 250000, 22000],
        ["合计", null, null, null, 525000, 324000, 28900],
        ["注：补贴资金按项目建设进度分期兑现，首期兑现50%。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:D10", "A11:G11"],
    },
  ],
  settings: { district: "山西转型综合改革示范区" },
  expect: {
    tables: [
      { sheet: "支持条款", kind: "catalog", headerRow: 2, lastRow: 3, columns: { A: "code", B: "item", C: "standard" } },
      { sheet: "补贴名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "project", F: "base", G: "approved" }, item: "先进制造业项目设备投资补贴" },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "补贴名单", cell: "G7", why: "10% × 新购设备 15,000 = 1,500 (below the 20,000 maximum, so the rate binds); 龙城合成生物 is given 2,000" },
      { rule: "cap.exceeded", sheet: "补贴名单", cell: "G9", why: "最高2亿元 = 20,000万元 binds before 10% × 250,000 = 25,000; 综改重型装备 is given 22,000" },
      { rule: "register.invalid-credit-code", sheet: "补贴名单", cell: "C8", why: "91140100MA0L5J12L6: the GB 32100-2015 check character of 91140100MA0L5J12L is 5, not 6" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "补贴名单", cell: "G6", why: "3,000 = 10% of 30,000, at the rate" },
      { rule: "cap.rate-exceeded", sheet: "补贴名单", cell: "G4", why: "400 = 5% of 8,000, under 10%" },
      { rule: "composition.total-mismatch", sheet: "补贴名单", cell: "G10", why: "合计 28,900 = 400 + 1,200 + 3,000 + 2,000 + 300 + 22,000; 投资 525,000 and 设备 324,000 add up too" },
      { rule: "cap.unknown-policy", sheet: "补贴名单", why: "the list's item (its title's 先进制造业项目设备投资补贴) is the catalog's 第三条" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
