import type { CorpusLayout } from "../types";

// 海南省人民政府办公厅 2021-12-16: 海南省促进经济高质量发展若干财政措施, 一、提高科技创新能力 (一) 支持研发设计机构建设 — one clause
// holding five awards: 一事一议 for national laboratories, 1000万元 a year during construction for public institutions, 最高500 / 2000 /
// 500万元 by kind of body, and 20% of the actual input at most 100万元 (shared 5:5 by province and cities/counties, which may pay more).
// The clause number alone in a 条款 column on every row; the year's proposed grants on a second sheet.
export const layout: CorpusLayout = {
  id: "hainan-2021-rd-institution-fiscal-measures",
  source: {
    title: "海南省人民政府办公厅关于印发海南省促进经济高质量发展若干财政措施的通知（一、提高科技创新能力（一）支持研发设计机构建设）",
    url: "http://www.hi898.com/index.php/cms/item-view-id-1802.shtml",
    publisher: "海南省人民政府办公厅（转载）",
    date: "2021-12-16",
    changes:
      "The wording of clause (一) is as published, split into one row per award (the 支持对象 names are ours, taken from the clause) and " +
      "laid out as 条款 | 支持对象 | 支持标准. The second sheet (2022年度 proposed grants: firms, codes, places, 实际投入, amounts) is ours. " +
      "Planted: 三亚南繁种业研究 80.00 for a 省级研发机构 where 20% × 380.00 = 76.00; 海南陵水海洋装备 600.00 against the 500万元 maximum for " +
      "a national body led by a firm; 琼海博鳌医学研究院's code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "one-clause-several-awards", "clause-number-column", "one-matter-one-discussion",
    "annual-fixed-award", "rate-with-cap", "sharing-ratio-not-a-rate", "may-pay-more-clause", "base-column", "credit-codes",
    "public-institution-code", "counties-as-places", "development-zone-in-brackets", "province-wide-fund", "wanyuan-caption", "total-at-foot", "hainan",
  ],
  settings: { district: "海南省", asOf: "2022-09-30" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 90],
      rows: [
        ["海南省促进经济高质量发展若干财政措施（一、提高科技创新能力）", null, null],
        ["条款", "支持对象", "支持标准"],
        ["（一）", "国家实验室、国家重点实验室争创", "支持研发设计机构建设。围绕“陆海空”未来产业，争创国家实验室与国家重点实验室，采取“一事一议”方式全力支持。"],
        ["（一）", "事业单位牵头建设的国家级研发机构", "对事业单位获批牵头建设的国家重点实验室、国家临床医学研究中心、国家技术创新中心、国家工程研究中心，建设期内每年给予1000万元科研经费补助。"],
        ["（一）", "企业牵头建设的国家级研发机构", "对企业获批牵头建设的国家重点实验室、国家制造业创新中心、国家技术创新中心、国家工业设计中心、国家工业设计研究院、国家企业技术中心，给予最高500万元科研经费补助。"],
        ["（一）", "国家在海南设立的整建制科研机构", "对国家在海南设立的整建制科研机构，给予最高2000万元科研经费补助。"],
        ["（一）", "知名科研院所、大学设立的分支机构", "对国内外知名的科研院所、大学设立具有独立法人的分支机构，根据研发人员数量、研发经费投入、科研基础建设等给予最高500万元科研经费补助。"],
        ["（一）", "省级研发机构", "对规模以上工业企业、高新技术企业设立并经认定为省级研发机构的，省、市县财政按照5:5给予实际投入的20%，最高100万元补助，有条件的市县或园区可根据需要提高补助金额。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟补助名单",
      widths: [6, 30, 22, 24, 30, 12, 14],
      rows: [
        ["2022年度海南省支持研发设计机构建设科研经费补助拟安排名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "单位名称", "统一社会信用代码", "所在市县", "支持对象", "实际投入", "拟补助金额"],
        [1, "海南椰海新材料科技有限公司", "91460108MA5T087YG7", "海口市美兰区", "省级研发机构", 420, 84],
        [2, "三亚南繁种业研究有限公司", "91460203MA5R136G9B", "三亚市吉阳区", "省级研发机构", 380, 80],
        [3, "海南澄迈智造装备有限公司", "91469023MA5UEU7TMU", "澄迈县老城镇", "省级研发机构", 900, 100],
        [4, "海南洋浦石化工程技术有限公司", "91460400MA5W1Q959F", "儋州市（洋浦经济开发区）", "企业牵头建设的国家级研发机构", null, 500],
        [5, "海南陵水海洋装备有限公司", "91469028MA5XCLN01K", "陵水黎族自治县", "企业牵头建设的国家级研发机构", null, 600],
        [6, "海南椰林大学", "12460000428G2UMR0C", "海口市", "事业单位牵头建设的国家级研发机构", null, 1000],
        [7, "琼海博鳌医学研究院有限公司", "91469002MA5YNB55A7", "琼海市", "知名科研院所、大学设立的分支机构", null, 450],
        ["合计", null, null, null, null, null, 2814],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "F4:G11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "“一事一议”: no amount, no rate" },
      { rule: "cap.rate-exceeded", sheet: "拟补助名单", cell: "G5", why: "省级研发机构: 20% × 380.00 = 76.00 allowed (below the 100.00 maximum), 80.00 proposed: 4.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "G8", why: "企业牵头建设的国家级研发机构: at most 500.00, 600.00 proposed: 100.00万元 over" },
      { rule: "register.invalid-credit-code", sheet: "拟补助名单", cell: "C10", why: "91469002MA5YNB55A7: the GB 32100 check character of 91469002MA5YNB55A is D, not 7" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "a fixed 1000万元 (each year of construction)" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "最高500万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "最高2000万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "最高500万元; the measures named (研发人员数量…) are how the amount is judged, not a rate" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C8", why: "20% of the actual input, at most 100万元; 5:5 is how province and city/county share it, not a rate; cities may pay more on their own" },
      { rule: "cap.rate-exceeded", sheet: "拟补助名单", cell: "G4", why: "20% × 420.00 = 84.00, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "G6", why: "20% × 900.00 = 180.00, so the 100.00 maximum binds and is met" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "G9", why: "事业单位牵头建设的国家级研发机构: the fixed 1000.00 (a year)" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "G10", why: "分支机构: 450.00 within 最高500" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "G11", why: "合计 2,814.00 = 84 + 80 + 100 + 500 + 600 + 1000 + 450 is not an award" },
      { rule: "cap.no-cap", why: "the rows with no 实际投入 are capped items with fixed or maximum amounts, needing no base" },
      { rule: "register.ineligible-location", why: "海口、三亚、澄迈、儋州（洋浦）、陵水、琼海 are all in 海南省" },
      { rule: "register.location-code-mismatch", why: "each code's 3–8 names its own 市县 (460108 美兰区, 460203 吉阳区, 469023 澄迈县, 460400 儋州市, 469028 陵水, 469002 琼海市) or the province (460000 for 海南椰林大学)" },
      { rule: "cap.unknown-policy", why: "every 支持对象 of the list is a clause row of the first sheet" },
      { rule: "register.unpaid", why: "a list of proposed grants; no payments recorded" },
    ],
  },
};
