import type { CorpusLayout } from "../types";

// 银川市人民政府 2024-05: 加快推进新型工业化若干措施 — the loan / leasing interest of 主导产业基础配套及补短板, 智能改造 and
// 数字化转型 projects subsidised at 40% of the interest actually incurred, at most 200万元. Laid out as the list of firms such a
// measure pays: 县（市）区 | 企业名称 | 统一社会信用代码 | 项目名称 | 贷款金额 | 实际发生利息 | 拟贴息金额 (万元), with the clause as a catalog.
export const layout: CorpusLayout = {
  id: "yinchuan-2024-new-industrialisation-interest-subsidy-list",
  source: {
    title: "银川市人民政府印发《银川市加快推进新型工业化若干措施》（贴息企业名单据措施拟）",
    url: "http://beidouzhiku.cn/news/show.php?itemid=40915",
    publisher: "银川市人民政府",
    date: "2024-05-02",
    changes:
      "As published: the measures' text, among them (一) 巩固提升主导产业: 对企业实施主导产业基础配套及补短板、新型工业化智能改造和数字化" +
      "转型项目的银行贷款利息或设备融资租赁利息按实际发生利息的40%给予不超过200万元贴息. No list is published. Ours: the list of firms " +
      "(县（市）区, firms, codes with 银川's district codes, projects, loans, interest, subsidies, 合计 and note) and the catalog item " +
      "taken from the clause. Planted: 望远精密铸造 40.00 against 40% × 88.00 = 35.20; 灵州煤化新材料 264.00 (40% of 660.00) above " +
      "the 200万元 maximum; a 石嘴山市大武口区 firm on 银川's list.",
  },
  classes: [
    "register", "rate-award", "interest-subsidy", "base-column", "loan-column", "rate-and-maximum", "credit-codes", "districts-as-places",
    "place-column-first", "place-outside-city", "item-in-title", "json-catalog", "two-decimal-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "table-from-prose", "city-level", "ningxia",
  ],
  settings: { district: "银川市" },
  catalog: {
    items: [
      {
        name: "新型工业化项目贷款贴息",
        capType: "rate",
        rate: 0.4,
        capAmount: 200,
        unit: "万元",
        base: "实际发生利息",
        year: 2024,
        document: "银川市加快推进新型工业化若干措施（一）巩固提升主导产业",
      },
    ],
  },
  sheets: [
    {
      name: "贴息名单",
      widths: [6, 12, 30, 22, 26, 12, 14, 14],
      rows: [
        ["银川市2024年新型工业化项目贷款贴息资金拟支持企业名单", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "县（市）区", "企业名称", "统一社会信用代码", "项目名称", "贷款金额", "实际发生利息", "拟贴息金额"],
        [1, "兴庆区", "宁夏凤城智能装备有限公司", "91640104MA7GFC1A24", "智能化生产线改造项目", 3000, 126, 50.4],
        [2, "金凤区", "宁夏阅海数字科技有限公司", "91640106MA7H2D3B4Q", "工业互联网平台建设项目", 1500, 61.5, 24.6],
        [3, "西夏区", "宁夏贺兰山新材料股份有限公司", "91640105MA76KJ4C5F", "高性能铝基材料补短板项目", 8000, 352, 140.8],
        [4, "永宁县", "宁夏望远精密铸造有限公司", "91640121MA7DW5E6LF", "数字化车间改造项目", 2000, 88, 40],
        [5, "灵武市", "宁夏灵州煤化新材料有限公司", "91640181MA7LX8F9NT", "煤基新材料基础配套项目", 15000, 660, 264],
        [6, "贺兰县", "宁夏暖泉农产品加工有限公司", "91640122MA7NQ2G3P2", "智能仓储改造项目", 1200, 50.4, 20.16],
        [7, "大武口区", "石嘴山星海机械制造有限公司", "91640202MA7XH4J5R6", "设备融资租赁智能改造项目", 1000, 50, 20],
        ["合计", null, null, null, null, 31700, 1387.9, 559.96],
        ["注：贴息按银行贷款或设备融资租赁实际发生利息的40%计算，单个项目最高不超过200万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A11:E11", "A12:H12"],
      numberFormats: { "F4:H11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "贴息名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", G: "base", H: "approved" },
        year: 2024,
        item: "新型工业化项目贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H7", why: "40% × 实际发生利息 88.00 = 35.20 (below the 200 maximum, so the binding limit); 40.00 proposed, 4.80 over" },
      { rule: "cap.exceeded", cell: "H8", why: "40% × 660.00 = 264.00, but the maximum 200.00 binds first; 264.00 proposed, 64.00 over" },
      { rule: "register.ineligible-location", cell: "B10", why: "大武口区 is a district of 石嘴山市, not of 银川市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H6", why: "40% × 352.00 = 140.80, as proposed" },
      { rule: "cap.rate-exceeded", cell: "H9", why: "40% × 50.40 = 20.16, as proposed" },
      { rule: "cap.rate-exceeded", cell: "H8", why: "the maximum binds before the rate there: only cap.exceeded is reported" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (新型工业化项目贷款贴息资金)" },
      { rule: "composition.total-mismatch", cell: "H11", why: "50.40 + 24.60 + 140.80 + 40.00 + 264.00 + 20.16 + 20.00 = 559.96; 贷款 31,700.00; 利息 1,387.90" },
      { rule: "register.ineligible-location", cell: "B9", why: "贺兰县, 永宁县 and 灵武市 are counties and a city under 银川市" },
      { rule: "register.location-code-mismatch", cell: "D4", why: "each code's characters 3–8 (640104 兴庆, 640106 金凤, 640105 西夏, 640121 永宁, 640181 灵武, 640122 贺兰) match its place" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "no firm is listed twice" },
      { rule: "register.paid-exceeds-award", cell: "F4", why: "贷款金额 is the loan, not a payment of the subsidy" },
    ],
  },
};
