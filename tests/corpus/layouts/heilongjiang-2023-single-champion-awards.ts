import type { CorpusLayout } from "../types";

// 黑龙江省工信厅 2023: the province's 制造业单项冠军企业（产品） — a one-off 50万元 for each firm or product recognised, as a 哈尔滨 news item
// reports (15 哈市 firms, 11 哈市 products). Laid out as 哈尔滨's list of awards to be paid: 区（县、市） | 企业名称 | 统一社会信用代码 |
// 认定类别 | 单项冠军产品 | 奖励金额, 合计 and the standard as a note.
export const layout: CorpusLayout = {
  id: "heilongjiang-2023-single-champion-awards",
  source: {
    title: "黑龙江省工信厅发布2023年度黑龙江省制造业单项冠军企业（产品）名单 哈市15家企业获认定（奖励名单表据正文拟）",
    url: "http://qhbaide.com/lsf/2003.html",
    publisher: "黑龙江省工业和信息化厅（哈尔滨市媒体报道转载）",
    date: "2023",
    changes:
      "As published: the award (对认定的省制造业单项冠军企业（产品）给予一次性奖赏50万元 under 黑龙江省制造业单项冠军奖赏方针实施细则), the " +
      "two kinds of recognition (企业 and 产品) and the trades named (电站阀门, 锅炉, 新材料, 研磨机械, 电机, 汽车电子, 吹灰器). The news item " +
      "gives no table: the list's layout, eight invented firms with 哈尔滨 codes, their districts and products are ours. Planted: 远航机械 " +
      "given 80万元 (a one-off 50); 固安电子's code with a wrong check character.",
  },
  classes: [
    "register", "award-list", "item-column", "fixed-cap", "two-kinds-one-standard", "product-column", "credit-codes", "districts-as-places",
    "county-level-city-place", "total-at-foot", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-fund", "heilongjiang",
  ],
  settings: { district: "哈尔滨市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 14, 32, 22, 20, 16, 12],
      rows: [
        ["2023年度黑龙江省制造业单项冠军企业（产品）奖励资金拟拨付名单（哈尔滨市）（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "区（县、市）", "企业名称", "统一社会信用代码", "认定类别", "单项冠军产品", "奖励金额"],
        [1, "南岗区", "哈尔滨北辰电站阀门有限公司", "91230103MA1BXK2R78", "制造业单项冠军企业", "电站阀门", 50],
        [2, "香坊区", "哈尔滨龙源锅炉设备有限公司", "91230110MA1D6E2P3W", "制造业单项冠军企业", "工业锅炉", 50],
        [3, "松北区", "哈尔滨冰城新材料科技股份有限公司", "91230109MA1C3D8N4J", "制造业单项冠军企业", "碳化硅微粉", 50],
        [4, "平房区", "哈尔滨远航机械设备有限公司", "91230108MA1E7F3Q13", "制造业单项冠军企业", "纳米研磨机", 80],
        [5, "道里区", "哈尔滨深蓝电机有限公司", "91230102MA1AW5KT92", "制造业单项冠军产品", "防爆电机", 50],
        [6, "道外区", "哈尔滨固安电子有限责任公司", "91230104MA1H8J5W23", "制造业单项冠军产品", "汽车电喇叭", 50],
        [7, "阿城区", "哈尔滨现代清灰技术有限公司", "91230112MA1K3L6X8R", "制造业单项冠军产品", "锅炉吹灰器", 50],
        [8, "尚志市", "尚志北药植物提取有限公司", "91230183MA1F2G4U62", "制造业单项冠军产品", "刺五加提取物", 50],
        ["合计", null, null, null, null, null, 430],
        ["注：依据《黑龙江省制造业单项冠军奖赏方针实施细则》，对认定的省制造业单项冠军企业（产品）给予一次性奖励50万元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:F12", "A13:G13"],
      numberFormats: { "G4:G12": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "制造业单项冠军企业", capType: "fixed", capAmount: 50, unit: "万元", document: "黑龙江省制造业单项冠军奖赏方针实施细则（一次性奖励50万元）" },
      { name: "制造业单项冠军产品", capType: "fixed", capAmount: 50, unit: "万元", document: "黑龙江省制造业单项冠军奖赏方针实施细则（一次性奖励50万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "远航机械: 制造业单项冠军企业 is a one-off 50万元; 80 is 30万元 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91230104MA1H8J5W23: the check character for 91230104MA1H8J5W2 is 1, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G12", why: "合计 430 (7 × 50 + 80) is no award" },
      { rule: "cap.unknown-policy", cell: "F4", why: "单项冠军产品 names the firm's product, not a policy; both 认定类别 are catalog items" },
      { rule: "cap.unknown-policy", why: "both 认定类别 are items of the catalog" },
      { rule: "register.ineligible-location", cell: "B11", why: "尚志市 is a county-level city of 哈尔滨市" },
      { rule: "register.location-code-mismatch", cell: "D11", why: "230183 is 尚志市, where the row places the firm" },
      { rule: "register.duplicate", why: "eight different firms; a 企业 and a 产品 recognition are different items" },
      { rule: "composition.total-mismatch", cell: "G12", why: "50 × 7 + 80 = 430" },
    ],
  },
};
