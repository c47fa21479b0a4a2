import type { CorpusLayout } from "../types";

// 深圳市工业和信息化局 2023-06-22: 民营及中小企业发展项目扶持计划操作规程 — support in two directions, 服务体系建设 and 创新发展培育,
// under the city's 工业和信息化产业发展专项资金. Laid out as its catalog of 资助项目 (each clause's 资助标准 in prose, the direction as a
// category row) with a 拟资助名单 of the year on a second sheet.
export const layout: CorpusLayout = {
  id: "shenzhen-2023-sme-development-support-catalog",
  source: {
    title: "深圳市工业和信息化局民营及中小企业发展项目扶持计划操作规程（资助项目清单及拟资助名单据操作规程拟）",
    url: "http://pinsenzixun.com/hydt/830.html",
    publisher: "深圳市工业和信息化局（转载）",
    date: "2023-06-22",
    changes:
      "As published: the two directions (民营及中小企业服务体系建设, 创新发展培育), the documents (深府〔2022〕31号, 深工信〔2023〕26号, " +
      "深工信规〔2020〕9号) and the fund. The stored copy shows only the first articles, so the five 资助项目 and their 资助标准 (rates and " +
      "maxima) are chosen for the corpus in the wording such clauses use; the second sheet (firms, codes, bases, amounts) is ours. Planted: 龙华智造 " +
      "240 where 30% × 800 = 240 is above the 200万元 maximum; 光明新材料's code with a wrong check character; 坪山精密模具 listed twice for the " +
      "小巨人 award; clause 5 states no amount.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-amount", "award-without-amount", "category-row", "direction-column", "base-column", "dash-base", "credit-codes", "districts-as-places", "city-fund", "wanyuan-caption", "total-at-foot", "table-from-prose", "guangdong"],
  settings: { district: "深圳市" },
  sheets: [
    {
      name: "资助项目",
      widths: [6, 14, 30, 80],
      rows: [
        ["深圳市民营及中小企业发展项目扶持计划资助项目清单", null, null, null],
        ["序号", "资助方向", "资助项目", "资助标准"],
        ["一、民营及中小企业服务体系建设", null, null, null],
        [1, "服务体系建设", "中小企业公共服务示范平台资助", "对认定的国家级、省级中小企业公共服务示范平台，按其上年度服务费用支出的30%给予资助，单个平台最高不超过200万元。"],
        [2, "服务体系建设", "小型微型企业创业创新示范基地资助", "对新获评国家级、省级小型微型企业创业创新示范基地的运营单位，给予一次性资助100万元。"],
        ["二、民营及中小企业创新发展培育", null, null, null],
        [3, "创新发展培育", "专精特新“小巨人”企业奖励", "对新认定的国家级专精特新“小巨人”企业，给予最高50万元奖励。"],
        [4, "创新发展培育", "中小企业改制上市培育资助", "对完成股份制改造并进入上市辅导期的中小企业，按其改制上市中介费用的50%给予资助，最高不超过100万元。"],
        [5, "创新发展培育", "民营企业高质量发展促进资助", "对民营企业开展管理提升、数字化转型等活动给予资助，具体标准按年度申报指南执行。"],
      ],
      merges: ["A1:D1", "A3:D3", "A6:D6"],
    },
    {
      name: "拟资助名单",
      widths: [6, 32, 22, 10, 30, 12, 12],
      rows: [
        ["2023年民营及中小企业发展项目扶持计划拟资助名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "资助项目", "计算基数", "拟资助金额"],
        [1, "深圳前海汇企服务有限公司", "91440300MA5F3K8R7L", "南山区", "中小企业公共服务示范平台资助", 520, 156],
        [2, "深圳龙华智造孵化服务有限公司", "91440300MA5GB2N4DN", "龙华区", "中小企业公共服务示范平台资助", 800, 240],
        [3, "深圳宝安创客空间运营有限公司", "91440300MA5H6T9W30", "宝安区", "小型微型企业创业创新示范基地资助", "—", 100],
        [4, "深圳坪山精密模具有限公司", "91440300MA5DC7Q1LQ", "坪山区", "专精特新“小巨人”企业奖励", "—", 50],
        [5, "深圳光明新材料科技有限公司", "91440300MA5EU4P8FY", "光明区", "专精特新“小巨人”企业奖励", "—", 50],
        [6, "深圳坪山精密模具有限公司", "91440300MA5DC7Q1LQ", "坪山区", "专精特新“小巨人”企业奖励", "—", 50],
        [7, "深圳福田芯联电子股份有限公司", "914403007954813X24", "福田区", "中小企业改制上市培育资助", 180, 90],
        ["合计", null, null, null, null, null, 736],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "G4:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资助项目", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      {
        sheet: "拟资助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "资助项目", cell: "D9", why: "具体标准按年度申报指南执行: no amount, no rate" },
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G5", why: "公共服务示范平台: 30% × 800 = 240 is above the maximum, so 200万元 binds; 240 proposed: 40万元 over" },
      { rule: "register.invalid-credit-code", sheet: "拟资助名单", cell: "C8", why: "91440300MA5EU4P8FY: the check character for the first 17 is U, not Y" },
      { rule: "register.duplicate", sheet: "拟资助名单", cell: "G9", why: "深圳坪山精密模具有限公司 (91440300MA5DC7Q1LQ) for 专精特新“小巨人”企业奖励 again, after row 7" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "资助项目", cell: "D4", why: "30% of the 服务费用支出, at most 200万元" },
      { rule: "catalog.unreadable-standard", sheet: "资助项目", cell: "D7", why: "最高50万元" },
      { rule: "catalog.unreadable-standard", sheet: "资助项目", cell: "D8", why: "50% of the 中介费用, at most 100万元" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "G4", why: "30% × 520 = 156, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "G10", why: "50% × 180 = 90, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G6", why: "示范基地 100, the clause's own amount" },
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G7", why: "小巨人 50, at the 50 maximum" },
      { rule: "cap.unknown-policy", why: "every 资助项目 of the list is a clause of the first sheet" },
      { rule: "register.ineligible-location", why: "南山, 龙华, 宝安, 坪山, 光明, 福田 are districts of 深圳市" },
      { rule: "input.unreadable-value", sheet: "拟资助名单", cell: "F6", why: "a dash in 计算基数: a fixed award has no base" },
      { rule: "composition.total-mismatch", sheet: "拟资助名单", cell: "G11", why: "156 + 240 + 100 + 50 + 50 + 50 + 90 = 736" },
    ],
  },
};
