import type { CorpusLayout } from "../types";

// 江阴高新区建设促进服务中心 policy search: 【区级】江阴高新区创新型产业集群培育计划专项资金管理办法 (under 澄高管〔2017〕29号 第二条第九点),
// supporting the “1555” clusters (特钢及金属新材料, 微电子及集成电路, 现代中药及生物医药, 机械智能制造…). Laid out as its support clauses
// (条款 | 支持项目 | 支持标准) and, on a second sheet, a year's list of firms proposed for support.
export const layout: CorpusLayout = {
  id: "jiangyin-hitech-2018-industrial-cluster-fund",
  source: {
    title: "【区级】江阴高新区创新型产业集群培育计划专项资金管理办法（支持标准摘录及拟资助名单）",
    url: "http://joindcxcy.com/jyetsc/Apps/sme/index.php?s=/PolicySearch/doPolicyTagSearch/query_field0/classification%2Ceq/query_value0/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E4%BA%A7%E4%B8%9A/query_value1/%E6%94%BF%E7%AD%96%E6%A3%80%E7%B4%A2/qb/1/p/2",
    publisher: "苏南国家自主创新示范区江阴高新区建设促进服务中心",
    date: "2018",
    changes:
      "As published: the fund's name and basis (澄高管〔2017〕29号), the principles and the four cluster fields named in 第四条. The stored copy stops before the " +
      "support standards: the three clauses' wording and caps (20% of research spending up to 200万元; a fixed 50万元; 30% of equipment up to 100万元) are ours, " +
      "and so is the whole second sheet (firms, codes with 江阴 320281, streets, figures). " +
      "Planted: 江阴本草生物医药 120 against 20% × 540 = 108; 江阴精锐数控装备 260 above the 200万元 maximum.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-award", "conditions-not-caps", "clause-number-column", "base-column", "dash-for-no-base", "field-column", "credit-codes", "streets-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "notes-under-table", "development-zone-fund", "jiangsu"],
  settings: { district: "江阴市" },
  sheets: [
    {
      name: "支持标准",
      widths: [14, 26, 90],
      rows: [
        ["江阴高新区创新型产业集群培育计划专项资金管理办法（支持标准摘录）", null, null],
        ["条款", "支持项目", "支持标准"],
        ["第五条（一）", "重点培育计划项目资助", "对列入高新区创新型产业集群重点培育计划的项目，按项目研发投入的20%给予资助，单个项目最高不超过200万元。"],
        ["第五条（二）", "集群龙头企业首次认定奖励", "对首次认定为高新区创新型产业集群龙头企业的，一次性奖励50万元。"],
        ["第五条（三）", "集群公共服务平台建设补助", "对新建并运行满一年的集群公共服务平台，按平台设备投资额的30%给予补助，最高不超过100万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟资助名单",
      widths: [6, 30, 22, 12, 26, 20, 16, 16],
      rows: [
        ["江阴高新区2018年度创新型产业集群培育计划专项资金拟资助名单", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "资助项目", "产业领域", "项目研发投入（万元）", "拟资助金额（万元）"],
        [1, "江阴华澄特钢科技有限公司", "91320281MA1P3H7K2W", "城东街道", "重点培育计划项目资助", "特钢及金属新材料", 850, 170],
        [2, "江阴芯源微电子有限公司", "91320281MA1Q4J8L38", "南闸街道", "重点培育计划项目资助", "微电子及集成电路", 1260, 200],
        [3, "江阴本草生物医药有限公司", "91320281MA1R5K9M4K", "云亭街道", "重点培育计划项目资助", "现代中药及生物医药", 540, 120],
        [4, "江阴精锐数控装备有限公司", "91320281MA1T6L1N5U", "城东街道", "重点培育计划项目资助", "机械智能制造", 1500, 260],
        [5, "江阴澄星新材料有限公司", "91320281MA1U7M2P67", "南闸街道", "集群龙头企业首次认定奖励", "特钢及金属新材料", "—", 50],
        [6, "江阴云亭智能装备有限公司", "91320281MA1W8N3Q7J", "云亭街道", "重点培育计划项目资助", "机械智能制造", 420, 84],
        ["合计", null, null, null, null, null, null, 884],
        ["注：资助资金由高新区财政专项资金列支，项目研发投入以专项审计报告为准。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:G9", "A10:H10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      { sheet: "拟资助名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "category", G: "base", H: "approved" }, year: 2018 },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "H5", why: "重点培育计划项目资助 is 20% of research spending: 20% × 540 = 108 < 200, so 108 binds; 120 is 12万元 over" },
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "H6", why: "20% × 1500 = 300 but at most 200万元 a project: 260 is 60万元 over the maximum, which binds" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "H4", why: "20% × 1260 = 252, capped at 200: 200 is the maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "H3", why: "20% × 850 = 170 exactly" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "H8", why: "20% × 420 = 84 exactly" },
      { rule: "cap.no-cap", sheet: "拟资助名单", cell: "H7", why: "集群龙头企业首次认定奖励 is a fixed 50万元: it needs no base, the dash is no missing base" },
      { rule: "register.ineligible-location", why: "城东、南闸、云亭 are streets of 江阴市 (江阴高新区)" },
      { rule: "register.duplicate", why: "each firm is listed once" },
      { rule: "cap.unknown-policy", why: "both 资助项目 are clauses of the first sheet" },
      { rule: "catalog.unreadable-standard", sheet: "支持标准", cell: "C5", why: "30% of equipment investment, at most 100万元; 运行满一年 is a condition" },
    ],
  },
};
