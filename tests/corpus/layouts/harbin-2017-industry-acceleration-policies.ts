import type { CorpusLayout } from "../types";

// 哈尔滨市人民政府 哈政规〔2017〕45号 哈尔滨市促进工业加快发展的若干政策, section 一、支持重点产业项目建设: （一）“新字号” projects at most
// 2% of the year's own-funded fixed-asset investment (4% where it fills a gap in the city's industry), （二）“老字号”/“原字号” technical
// renovation at most 2% of the equipment and instruments bought, （三）food projects at most 2% of the fixed-asset investment. A year's
// awards on a second sheet.
export const layout: CorpusLayout = {
  id: "harbin-2017-industry-acceleration-policies",
  source: {
    title: "哈尔滨市人民政府关于印发哈尔滨市促进工业加快发展的若干政策的通知（哈政规〔2017〕45号）",
    url: "https://cqyhqm.com/html/zwgkzcfgshi2017113347.html",
    publisher: "哈尔滨市人民政府",
    date: "2017-11-14",
    changes:
      "As published: the section heading 一、支持重点产业项目建设 and the clauses （一）（二）（三） in their wording, laid out one clause a row under " +
      "条款 | 政策项目 | 政策内容 (the 政策项目 names are ours; （三） is given to the end of its first sentence, where the stored copy " +
      "breaks off). The second sheet is ours: a 2018 list of awards with firms, codes, districts, bases and amounts invented. Planted: 哈尔滨锐驰电机's " +
      "technical-renovation award 120 where 2% of its 5,200 equipment investment is 104; 大庆 firm 大庆华源石化 (让胡路区) on the city's list; " +
      "哈尔滨呼兰丰禾食品's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-caps", "section-row", "clause-number-column", "base-column", "credit-codes", "districts-as-places", "place-outside-city", "total-at-foot", "city-policy", "heilongjiang"],
  settings: { district: "哈尔滨市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 26, 100],
      rows: [
        ["哈尔滨市促进工业加快发展的若干政策", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、支持重点产业项目建设", null, null],
        ["（一）", "战略性新兴产业项目建设补助", "支持战略性新兴产业项目建设，培育壮大“新字号”。对年度实际完成投资5000万元以上的项目，按照企业当年利用自有资金实际投资固定资产项目建设额最高不超过2%的比例，连续两年给予补助，其中，对属于填补我市产业空白的战略性新兴产业项目，按照最高不超过4%的比例连续两年给予补助。"],
        ["（二）", "传统优势产业技术改造补助", "鼓励传统优势产业改造升级“老字号”和深度开发“原字号”。对“老字号”和“原字号”企业利用自有资金且采用新技术新工艺进行技术改造，年度实际完成设备和仪器投资3000万元以上的，按照其当年设备和仪器实际投资额最高不超过2%的比例给予补助。"],
        ["（三）", "食品产业项目补助", "推动食品产业倍增发展。对企业利用自有资金投资1000万元以上，开发的具有地方特色高品质食品、乳制品、畜牧产品等行业升级改造项目和符合居民消费需求的我市自有品牌工业化和规模化食品生产项目，按照企业当年实际完成固定资产投资额最高不超过2%的比例给予补助。"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "补助名单",
      widths: [6, 30, 22, 14, 26, 16, 16],
      rows: [
        ["2018年度哈尔滨市促进工业加快发展政策拟补助项目名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区县", "政策项目", "补助基数（万元）", "补助金额（万元）"],
        [1, "哈尔滨新锐复合材料有限公司", "91230108MA18X2K7PD", "平房区", "战略性新兴产业项目建设补助", 18000, 360],
        [2, "哈尔滨锐驰电机有限公司", "91230110MA19B5T3LG", "香坊区", "传统优势产业技术改造补助", 5200, 120],
        [3, "哈尔滨双城北谷乳业有限公司", "91230113MA1A7H2Q9H", "双城区", "食品产业项目补助", 6500, 130],
        [4, "哈尔滨道里恒通装备制造有限公司", "91230102MA1BKR4N6W", "道里区", "传统优势产业技术改造补助", 3600, 72],
        [5, "大庆华源石化有限公司", "91230604MA1C3W8M29", "大庆市让胡路区", "战略性新兴产业项目建设补助", 9000, 150],
        [6, "哈尔滨呼兰丰禾食品有限公司", "91230111MA1D6P5J4C", "呼兰区", "食品产业项目补助", 2400, 48],
        ["合计", null, null, null, null, null, 880],
      ],
      merges: ["A1:G1", "A9:F9"],
      numberFormats: { "F3:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G4", why: "传统优势产业技术改造补助 at most 2% of the equipment investment: 2% × 5,200 = 104; 120 is 16万元 over" },
      { rule: "register.ineligible-location", sheet: "补助名单", cell: "D7", why: "大庆市让胡路区 lies outside 哈尔滨市" },
      { rule: "register.invalid-credit-code", sheet: "补助名单", cell: "C8", why: "91230111MA1D6P5J4C: the check character for 91230111MA1D6P5J4 is B, not C" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G3", why: "360 = 2% × 18,000" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G5", why: "130 = 2% × 6,500" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G6", why: "72 = 2% × 3,600" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G7", why: "150 is 1.67% of 9,000, under 2%" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G8", why: "48 = 2% × 2,400" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", why: "5000万元以上, 3000万元以上, 1000万元以上 are conditions of the award, never its rate or cap" },
      { rule: "cap.unknown-policy", sheet: "补助名单", why: "every 政策项目 is a row of the catalog sheet" },
      { rule: "register.ineligible-location", sheet: "补助名单", cell: "D5", why: "双城区 is a district of 哈尔滨市" },
      { rule: "register.duplicate", sheet: "补助名单", why: "six different firms" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G9", why: "合计 880 is no award" },
      { rule: "register.unpaid", sheet: "补助名单", why: "a list to be paid (拟补助) records no payments" },
    ],
  },
};
