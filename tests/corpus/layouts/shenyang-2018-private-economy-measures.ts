import type { CorpusLayout } from "../types";

// 沈阳市人民政府 2018-11-16 (沈政发〔2018〕35号) 促进民营经济发展若干政策措施, clauses (一) and (三): 3% of the increase in VAT paid as a one-off
// 经济贡献奖励, at most 300万元 a firm; 5万元 for a firm first counted above scale, 10万元 if it is in an emerging industry; the year's awards
// (ours) on a second sheet with the VAT increase as base.
export const layout: CorpusLayout = {
  id: "shenyang-2018-private-economy-measures",
  source: {
    title: "沈阳市促进民营经济发展若干政策措施（沈政发〔2018〕35号；一、支持民营企业做大做强（一）（三））",
    url: "http://m.lxs88.com/yuanquzhengce/2016-04-15/30.html",
    publisher: "沈阳市人民政府（园区网站转载）",
    date: "2018-11-16",
    changes:
      "Clauses (一) and (三) as published (按照缴纳增值税增加额的3%给予一次性经济贡献奖励，单个企业补助最高不超过300万元; 首次上规入库的工业企业一次性奖励5万元，" +
      "其中新兴产业企业一次性奖励10万元), laid out one award a row (条款 | 奖励项目 | 支持标准 | 牵头单位) with row names of ours; (二) and (四) are cut. The award " +
      "list on the second sheet is ours (firms, codes 2101xx, districts, VAT increases, amounts). Planted: 于洪区 firm given 86 where 3% of its 2,600 VAT " +
      "increase is 78; 苏家屯区 firm given 10 for an ordinary 首次上规入库 (5); a firm of 抚顺市顺城区 in 沈阳's list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-awards", "two-levels-of-award", "lead-office-column", "item-per-row", "base-column", "blank-as-nothing", "credit-codes", "districts-as-places", "city-fund", "wanyuan-in-header", "total-at-foot", "liaoning"],
  settings: { district: "沈阳市", asOf: "2019-06-30" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 80, 18],
      rows: [
        ["沈阳市促进民营经济发展若干政策措施（摘录）", null, null, null],
        ["条款", "奖励项目", "支持标准", "牵头单位"],
        ["（一）", "工业企业经济贡献奖励", "对工业制造业中符合条件的企业，按照缴纳增值税增加额的3%给予一次性经济贡献奖励，单个企业补助最高不超过300万元。", "市经济和信息化委"],
        ["（三）", "首次上规入库奖励", "对首次上规入库的工业企业，给予一次性奖励5万元。", "市经济和信息化委"],
        ["（三）", "首次上规入库奖励（新兴产业企业）", "对首次上规入库的工业企业，其中新兴产业企业一次性奖励10万元。", "市经济和信息化委"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 32, 22, 14, 32, 18, 16],
      rows: [
        ["沈阳市促进民营经济发展政策2018年度奖励企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在地区", "奖励项目", "缴纳增值税增加额（万元）", "奖励金额（万元）"],
        [1, "沈阳铁西重型装备制造有限公司", "91210106MA0P4K7X3N", "铁西区", "工业企业经济贡献奖励", 4200, 126],
        [2, "沈阳浑南精密仪器有限公司", "91210112MA0TQ8LD5Y", "浑南区", "工业企业经济贡献奖励", 12500, 300],
        [3, "沈阳于洪汽车部件有限公司", "91210114MA0U2R6H17", "于洪区", "工业企业经济贡献奖励", 2600, 86],
        [4, "沈阳沈北食品加工有限公司", "91210113MA0XB5KE8F", "沈北新区", "首次上规入库奖励", null, 5],
        [5, "沈阳大东新材料科技有限公司", "91210104MA0Y7C2N40", "大东区", "首次上规入库奖励（新兴产业企业）", null, 10],
        [6, "沈阳苏家屯五金制品有限公司", "91210111MA10FG3W6R", "苏家屯区", "首次上规入库奖励", null, 10],
        [7, "沈阳辽中农机配件有限公司", "91210115MA0QJ9TP21", "辽中区", "首次上规入库奖励", null, 5],
        [8, "抚顺顺城石化设备有限公司", "91210411MA0UH4LB7K", "抚顺市顺城区", "首次上规入库奖励", null, 5],
        ["合计", null, null, null, null, 19300, 547],
      ],
      merges: ["A1:G1", "A11:E11"],
      numberFormats: { "F3:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G5", why: "3% × 2,600 = 78万元 (below the 300 maximum); 86 given, 8万元 over" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G8", why: "首次上规入库 is a fixed 5万元 (10 only for 新兴产业企业): 10 given, 5万元 over" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "D10", why: "抚顺市顺城区 is outside 沈阳市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G3", why: "126 = 3% × 4,200" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G4", why: "3% × 12,500 = 375, the 300 maximum binds: 300 is at the maximum" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G7", why: "新兴产业企业 10万元 is its award" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G11", why: "合计 547 = 126 + 300 + 86 + 5 + 10 + 10 + 5 + 5, no award" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "3% of the VAT increase with a 300万元 maximum" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is a row of the clauses sheet" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "D9", why: "辽中区 is a district of 沈阳市" },
      { rule: "register.location-code-mismatch", why: "each code's 2101xx agrees with its district; the 抚顺 firm's 210411 agrees with its row" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "no firm appears twice" },
    ],
  },
};
