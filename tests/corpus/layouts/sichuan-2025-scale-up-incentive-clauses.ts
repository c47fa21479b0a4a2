import type { CorpusLayout } from "../types";

// 规上奖补汇编 (2025-09-29): 四川省21市州规上工业/服务/批发零售/住餐/建筑企业奖励政策 — 一、四川省级 1.跨行业通用规则: 省级对“小升规”企业按行业给予
// 财政激励，工业企业8万元/户、服务业企业4万元/户、商贸业企业2万元/户. The clause as a three-item catalog, and a 兑现明细 (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "sichuan-2025-scale-up-incentive-clauses",
  source: {
    title: "规上奖补汇编！四川省21市州规上工业/服务/批发零售/住餐/建筑企业奖励政策（省级条款；兑现明细据政策拟）",
    url: "http://m.kejishenbao.com/display/2672623.html",
    publisher: "科技申报网（汇编）",
    date: "2025-09-29",
    changes:
      "As published: the provincial clause's three rates (8 / 4 / 2 万元/户) and its wording; the city clauses after it cut. Ours: the catalog grid " +
      "(one row per trade), the second sheet (firms, codes, cities, awards). Planted: a 商贸业 firm given 4 against 2万元/户; row 4's code ends X where " +
      "its GB 32100 check character is 7.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "per-firm-standard", "item-per-row", "trade-category-column", "credit-codes", "cities-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "province-policy", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "省级激励政策",
      widths: [6, 30, 70],
      rows: [
        ["四川省级规上工业/服务/批发零售/住餐/建筑企业奖励", null, null],
        ["1.跨行业通用规则", null, null],
        ["序号", "政策事项", "财政激励标准"],
        [1, "工业企业“小升规”财政激励", "省级对“小升规”企业按行业给予财政激励，工业企业8万元/户。"],
        [2, "服务业企业“小升规”财政激励", "省级对“小升规”企业按行业给予财政激励，服务业企业4万元/户。"],
        [3, "商贸业企业“小升规”财政激励", "省级对“小升规”企业按行业给予财政激励，商贸业企业2万元/户。"],
      ],
      merges: ["A1:C1", "A2:C2"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 12, 10, 30, 12],
      rows: [
        ["2025年“小升规”企业省级财政激励资金兑现明细（部分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "行业", "激励事项", "激励金额"],
        [1, "自贡川南精工机械有限公司", "91510302MA6A7K3Q27", "自贡市", "工业", "工业企业“小升规”财政激励", 8],
        [2, "泸州江阳云链供应链服务有限公司", "91510502MA68R4TL53", "泸州市", "服务业", "服务业企业“小升规”财政激励", 4],
        [3, "德阳旌阳鑫禾商贸有限公司", "91510603MA6BQ9WX13", "德阳市", "商贸业", "商贸业企业“小升规”财政激励", 4],
        [4, "绵阳涪城恒创电子科技有限公司", "91510703MA6CJ2NP8X", "绵阳市", "工业", "工业企业“小升规”财政激励", 8],
        [5, "宜宾翠屏蜀南信息技术服务有限公司", "91511502MA64LT7R3G", "宜宾市", "服务业", "服务业企业“小升规”财政激励", 4],
        [6, "南充顺庆嘉陵副食品批发有限公司", "91511302MA6B2Y8H0X", "南充市", "商贸业", "商贸业企业“小升规”财政激励", 2],
        ["合计", null, null, null, null, null, 30],
      ],
      merges: ["A1:G1", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "省级激励政策", kind: "catalog", headerRow: 3, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      { sheet: "兑现明细", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "item", G: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G6", why: "商贸业企业“小升规”财政激励 is 2万元/户; 4 awarded, 2 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", cell: "C7", why: "91510703MA6CJ2NP8X: the GB 32100 check character of 91510703MA6CJ2NP8 is 7, not X" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G4", why: "8 is exactly the 工业 8万元/户" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G5", why: "4 is exactly the 服务业 4万元/户" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G10", why: "合计 30 = 8 + 4 + 4 + 8 + 4 + 2 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "G10", why: "合计 30 = 8 + 4 + 4 + 8 + 4 + 2" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "every 激励事项 is a catalog item word for word" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", cell: "C9", why: "91511302MA6B2Y8H0X: X is the check character of 91511302MA6B2Y8H0" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D4", why: "自贡市 and the other five cities lie in 四川省" },
      { rule: "register.duplicate", sheet: "兑现明细", why: "six different firms" },
    ],
  },
};
