import type { CorpusLayout } from "../types";

// 南昌县 (江西) 2024-03-06 扶持新型农业经营主体发展项目申报指南: 80万元 a year — 家庭农场12家每家2万元小计24万元, 合作社4家每家3万元,
// 农业企业4家每家5万元, 种养专业大户10户每户2万元, 工作经费4万元 — set out as the allocation it states, and the year's list of those
// supported (ours), each by its 扶持类别 and town.
export const layout: CorpusLayout = {
  id: "nanchang-county-2024-new-agri-entities-support",
  source: {
    title: "南昌县扶持新型农业经营主体发展项目申报指南（三、补贴标准）",
    url: "https://saintpaulhem.com/ncx/ncxrmzf/qtbt/202112/22f8c67f07c44472a0ec412280b0ba33.shtml",
    publisher: "南昌县人民政府",
    date: "2024-03-06",
    changes:
      "As published: the guide's split of the 80万元 (four kinds × count × 每家 standard, their 小计, 工作经费 4万元) and the four kinds' " +
      "names; the allocation table is the guide's sentence laid out as a table. Ours: the list of those supported (the guide publishes " +
      "none) — twelve lines cut from thirty, names, codes, towns, amounts — and the catalog, the guide's fixed 每家 amounts. Planted: " +
      "南昌县向塘丰收家庭农场 given 3 where a 县级示范性家庭农场 gets 2; 南昌县三江兴农水稻种植专业合作社 listed twice.",
  },
  classes: ["composition", "register", "two-sheets", "unit-times-quantity", "standard-heading", "count-column", "table-from-prose", "lump-sum-line", "item-column", "fixed-cap", "credit-codes", "individuals-without-codes", "towns-as-places", "county-fund", "wanyuan-caption", "total-at-foot", "jiangxi"],
  settings: { asOf: "2024-06-30", district: "南昌县" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 24, 14, 18, 12],
      rows: [
        ["南昌县2024年扶持新型农业经营主体发展项目资金安排表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "扶持对象", "数量（家、户）", "扶持标准（万元/家）", "小计"],
        [1, "县级示范性家庭农场", 12, 2, 24],
        [2, "农民合作社县级示范社", 4, 3, 12],
        [3, "农业企业", 4, 5, 20],
        [4, "种养专业大户", 10, 2, 20],
        [5, "工作经费", "—", "—", 4],
        ["合计", null, null, null, 80],
      ],
      merges: ["A1:E1", "A2:E2", "A9:D9"],
    },
    {
      name: "拟扶持对象",
      widths: [6, 10, 32, 22, 22, 14],
      rows: [
        ["南昌县2024年扶持新型农业经营主体发展项目拟扶持对象名单", null, null, null, null, null],
        ["序号", "乡镇", "经营主体名称", "统一社会信用代码", "扶持类别", "扶持资金（万元）"],
        [1, "莲塘镇", "南昌县莲塘绿野家庭农场", "92360121MA39R2K1XK", "县级示范性家庭农场", 2],
        [2, "向塘镇", "南昌县向塘丰收家庭农场", "92360121MA3A7T5D2H", "县级示范性家庭农场", 3],
        [3, "蒋巷镇", "南昌县蒋巷稻香家庭农场", "92360121MA3CK5E9R2", "县级示范性家庭农场", 2],
        [4, "三江镇", "南昌县三江兴农水稻种植专业合作社", "93360121MA38N4F6P1", "农民合作社县级示范社", 3],
        [5, "幽兰镇", "南昌县幽兰果蔬种植专业合作社", "93360121MA3BC8Q2LX", "农民合作社县级示范社", 3],
        [6, "武阳镇", "南昌县武阳生态养殖专业合作社", "93360121MA37X1T3N7", "农民合作社县级示范社", 3],
        [7, "塘南镇", "江西塘南稻米加工有限公司", "91360121MA35H7W8Y0", "农业企业", 5],
        [8, "广福镇", "南昌广福农业发展有限公司", "91360121MA39D2U0MD", "农业企业", 5],
        [9, "泾口乡", "刘建华", "—", "种养专业大户", 2],
        [10, "南新乡", "熊国平", "—", "种养专业大户", 2],
        [11, "三江镇", "南昌县三江兴农水稻种植专业合作社", "93360121MA38N4F6P1", "农民合作社县级示范社", 3],
        [12, "黄马乡", "万小明", "—", "种养专业大户", 2],
        ["合计", null, null, null, null, 35],
      ],
      merges: ["A1:F1", "A15:E15"],
    },
  ],
  catalog: {
    items: [
      { name: "县级示范性家庭农场", capType: "fixed", capAmount: 2, unit: "万元", year: 2024, document: "南昌县扶持新型农业经营主体发展项目申报指南" },
      { name: "农民合作社县级示范社", capType: "fixed", capAmount: 3, unit: "万元", year: 2024, document: "南昌县扶持新型农业经营主体发展项目申报指南" },
      { name: "农业企业", capType: "fixed", capAmount: 5, unit: "万元", year: 2024, document: "南昌县扶持新型农业经营主体发展项目申报指南" },
      { name: "种养专业大户", capType: "fixed", capAmount: 2, unit: "万元", year: 2024, document: "南昌县扶持新型农业经营主体发展项目申报指南" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2024,
      },
      {
        sheet: "拟扶持对象",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟扶持对象", cell: "F4", why: "县级示范性家庭农场 gets a fixed 2万元; 3 is 1万元 over" },
      { rule: "register.duplicate", sheet: "拟扶持对象", cell: "F13", why: "南昌县三江兴农水稻种植专业合作社 (93360121MA38N4F6P1) has 农民合作社县级示范社 for 2024 on line 4 already" },
    ],
    absent: [
      { rule: "composition.line-mismatch", sheet: "资金安排", why: "12 × 2 = 24, 4 × 3 = 12, 4 × 5 = 20, 10 × 2 = 20" },
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "E9", why: "24 + 12 + 20 + 20 + 4 = 80" },
      { rule: "composition.total-mismatch", sheet: "拟扶持对象", why: "the list is a register; its 合计 35 is the twelve amounts as written" },
      { rule: "register.invalid-credit-code", sheet: "拟扶持对象", why: "the eight codes are valid; the three growers are persons, — means none" },
      { rule: "register.ineligible-location", sheet: "拟扶持对象", why: "莲塘、向塘、蒋巷、三江、幽兰、武阳、塘南、广福 are towns and 泾口、南新、黄马 townships of 南昌县" },
      { rule: "register.location-code-mismatch", sheet: "拟扶持对象", why: "every code carries 360121, 南昌县" },
      { rule: "cap.exceeded", sheet: "拟扶持对象", cell: "F15", why: "the 合计 is no award" },
      { rule: "register.unpaid", why: "a list of those to be supported (拟扶持) records no payments" },
    ],
  },
};
