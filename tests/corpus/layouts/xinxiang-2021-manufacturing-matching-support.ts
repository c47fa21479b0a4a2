import type { CorpusLayout } from "../types";

// 新乡市招商引资产业支持政策汇编（2021年版）, 第一条 智能高端装备制造产业 1–2: the city matches provincial grants at 25% (机器换人 and 技改示范
// projects, 头雁 firms' key upgrades; 制造业创新中心), each clause closing with [详情参见 …（新政办〔2021〕64号）]. The year's matching
// grants on a second sheet, the provincial grant beside the city's.
export const layout: CorpusLayout = {
  id: "xinxiang-2021-manufacturing-matching-support",
  source: {
    title: "新乡市招商引资产业支持政策汇编（2021年版）— 第一条 智能高端装备制造产业（第1—2款）",
    url: "https://commerce.xinxiang.gov.cn/news/86_2496",
    publisher: "新乡对外开放工作领导小组办公室（新乡市商务局网站）",
    date: "2021-12-17",
    changes:
      "Clause 1 and the first sentence of clause 2 are as published (clause 2 runs on, about the centres' actual income, and is cut where " +
      "the stored copy is); the 政策项目 names are ours, taken from the clause wording, and the compendium's running text is laid out as a " +
      "table (条款 | 政策项目 | 支持标准). The second sheet is ours: projects, firms, codes (新乡 4107xx), counties and amounts. Planted: " +
      "长垣 起重 matched at 80.00 where 25% × 300.00 = 75.00; a firm of 焦作市武陟县 on the city's list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-of-higher-grant", "document-in-brackets", "clause-number-column", "support-word-category-header", "base-column", "credit-codes", "counties-as-places", "zones-as-places", "project-name-column", "wanyuan-in-header", "total-at-foot", "city-government", "henan"],
  settings: { district: "新乡市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 24, 96],
      rows: [
        ["新乡市招商引资产业支持政策汇编（2021年版）第一条 智能高端装备制造产业（摘录）", null, null],
        ["条款", "政策项目", "支持标准"],
        ["1", "技改示范项目配套支持", "对获得省级财政资金支持的“机器换人”示范项目、技改示范项目（高端化改造、绿色化改造、智能化改造）、头雁企业实施的重点技改项目，按照省级财政支持金额的25%给予配套支持。[详情参见《新乡市人民政府办公室关于支持制造业高质量发展若干财政政策的意见》（新政办〔2021〕64号）]"],
        ["2", "制造业创新中心配套支持", "支持建设制造业创新中心。对列入省级制造业创新中心培育名单和认定为省级制造业创新中心的项目，按照省级财政支持金额的25%给予配套支持。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "配套资金",
      widths: [6, 14, 30, 22, 34, 22, 16, 16],
      rows: [
        ["新乡市2021年度支持制造业高质量发展市级配套资金拟支持项目表", null, null, null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "项目名称", "奖补类别", "省级财政支持金额（万元）", "市级配套金额（万元）"],
        [1, "红旗区", "新乡市华瑞电源材料有限公司", "91410702MA44K7R2DP", "锂电池正极材料智能化改造项目", "技改示范项目配套支持", 200, 50],
        [2, "牧野区", "新乡牧野精工机械有限公司", "91410711MA45B3N8FU", "数控加工“机器换人”示范项目", "技改示范项目配套支持", 120, 30],
        [3, "新乡县", "新乡县七里营纺机有限公司", "91410721MA46C9T1HN", "纺织机械绿色化改造项目", "技改示范项目配套支持", 86, 21.5],
        [4, "长垣市", "长垣市卫华起重装备有限公司", "91410783MA47D2W5KX", "起重装备高端化改造项目", "技改示范项目配套支持", 300, 80],
        [5, "辉县市", "辉县市百泉新材料有限公司", "91410782MA48E6Y3L3", "省级新型电池材料制造业创新中心", "制造业创新中心配套支持", 500, 125],
        [6, "卫辉市", "卫辉市太公泉电器有限公司", "91410781MA9F1G4Q73", "电器装配线智能化改造项目", "技改示范项目配套支持", 64, 16],
        [7, "获嘉县", "获嘉县同盟化工设备有限公司", "91410724MA9G8H2R64", "头雁企业重点技改项目", "技改示范项目配套支持", 150, 37.5],
        [8, "焦作市武陟县", "武陟县嘉应观机械有限公司", "91410823MA9H3J5T1G", "减速机智能化改造项目", "技改示范项目配套支持", 100, 25],
        [9, "新乡高新区", "新乡高新区智能传感研究院有限公司", "91410700MA9K6L8U21", "省级智能传感器制造业创新中心（培育）", "制造业创新中心配套支持", 300, 75],
        [10, "原阳县", "原阳县黄河食品机械有限公司", "91410725MA9L2M1W92", "食品机械“机器换人”示范项目", "技改示范项目配套支持", 48, 12],
        ["合计", null, null, null, null, null, 1868, 472],
      ],
      merges: ["A1:H1", "A13:F13"],
      numberFormats: { "G3:H13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard" } },
      {
        sheet: "配套资金",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "base", H: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "配套资金", cell: "H6", why: "技改示范项目配套支持: 25% × 300.00 = 75.00 allowed; 80.00 listed, 5.00万元 over" },
      { rule: "register.ineligible-location", sheet: "配套资金", cell: "B10", why: "焦作市武陟县 is a county of 焦作市, not of 新乡市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "a rate: 25% of the provincial grant (省级财政支持金额), no maximum; the bracketed 详情参见 names the document" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "a rate: 25% of the provincial grant" },
      { rule: "cap.rate-exceeded", sheet: "配套资金", cell: "H5", why: "25% × 86.00 = 21.50 exactly" },
      { rule: "cap.rate-exceeded", sheet: "配套资金", cell: "H7", why: "制造业创新中心配套支持: 25% × 500.00 = 125.00 exactly" },
      { rule: "cap.rate-exceeded", sheet: "配套资金", cell: "H9", why: "25% × 150.00 = 37.50 exactly" },
      { rule: "cap.rate-exceeded", sheet: "配套资金", cell: "H13", why: "合计 472.00 is the list's total, no grant" },
      { rule: "cap.unknown-policy", sheet: "配套资金", why: "every 奖补类别 is a clause of the first sheet; 项目名称 is the firm's project" },
      { rule: "cap.no-cap", sheet: "配套资金", why: "every row gives its provincial grant, the rate's base" },
      { rule: "register.ineligible-location", sheet: "配套资金", cell: "B11", why: "新乡高新区 lies in 新乡市" },
      { rule: "register.ineligible-location", sheet: "配套资金", cell: "B6", why: "长垣市 is a county-level city of 新乡市" },
      { rule: "register.location-code-mismatch", sheet: "配套资金", cell: "D10", why: "the row is already outside the city; the mismatch warning is for rows placed inside" },
      { rule: "register.duplicate", why: "ten firms, each once" },
      { rule: "register.unpaid", why: "no as-of date; a list of grants to be paid" },
    ],
  },
};
