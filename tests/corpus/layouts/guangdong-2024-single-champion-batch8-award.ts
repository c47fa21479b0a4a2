import type { CorpusLayout } from "../types";

// 广东 2024: a one-off award to the firms the MIIT named in 2023 as its eighth batch of 制造业单项冠军 — 120万元 a firm
// in the 珠三角, 150万元 in 粤东、粤西、粤北. A province-wide list: 地市 first, the champion product, the region, the award.
export const layout: CorpusLayout = {
  id: "guangdong-2024-single-champion-batch8-award",
  source: {
    title: "第八批制造业单项冠军企业一次性奖补（申报条件：珠三角地区每家企业一次性奖补120万元，粤东、粤西、粤北地区每家企业一次性奖补150万元）",
    url: "http://sdlmsw.cn/index.php?id=978",
    publisher: "广东省工业和信息化厅（转载）",
    date: "2024",
    changes:
      "The stored page gives the terms only (对2023年工业和信息化部新认定的第八批制造业单项冠军企业予以一次性奖补; 珠三角 120万元, 粤东西北 150万元 " +
      "a firm). The list's title, its columns (序号 | 地市 | 企业名称 | 统一社会信用代码 | 单项冠军产品 | 所属区域 | 奖补金额（万元）), the " +
      "firms, codes (each with its city's 4401…/4403… authority) and products are ours. Planted: 湛江 firm 180.00 against the " +
      "award's 150万元 at most; 佛山顺德智控 listed twice (two products, one firm).",
  },
  classes: [
    "register", "max-cap", "award-by-region", "region-column", "item-in-title", "batch-in-title", "product-column", "credit-codes",
    "cities-as-places", "province-wide-list", "wanyuan-in-header", "total-at-foot", "guangdong",
  ],
  settings: { district: "广东省", asOf: "2024-06-30" },
  sheets: [
    {
      name: "奖补名单",
      widths: [6, 10, 32, 22, 26, 16, 16],
      rows: [
        ["2024年度制造业单项冠军企业（第八批）一次性奖补资金安排表", null, null, null, null, null, null],
        ["序号", "地市", "企业名称", "统一社会信用代码", "单项冠军产品", "所属区域", "奖补金额（万元）"],
        [1, "广州市", "广州粤芯精密仪器有限公司", "91440101MAA9JW01G3", "在线式颗粒计数器", "珠三角地区", 120],
        [2, "深圳市", "深圳南岭电声科技有限公司", "91440300MA0HCNYEUM", "微型扬声器模组", "珠三角地区", 120],
        [3, "佛山市", "佛山顺德智控电器有限公司", "91440606MAB2HJ660Y", "电磁炉控制板", "珠三角地区", 120],
        [4, "东莞市", "东莞松湖新材料有限公司", "91441900MAGW017J1W", "锂电池铝塑膜", "珠三角地区", 120],
        [5, "中山市", "中山小榄照明科技有限公司", "91442000MAUH6GMRQB", "LED驱动电源", "珠三角地区", 120],
        [6, "汕头市", "汕头澄海玩具实业有限公司", "91440500MA7KR7MX4X", "遥控模型车", "粤东地区", 150],
        [7, "湛江市", "湛江海滨饲料有限公司", "91440800MA4ADQ16MW", "对虾配合饲料", "粤西地区", 180],
        [8, "韶关市", "韶关丹霞铸造有限公司", "91440200MA7X0EQUD4", "大型铸钢件", "粤北地区", 150],
        [9, "佛山市", "佛山顺德智控电器有限公司", "91440606MAB2HJ660Y", "变频空调控制器", "珠三角地区", 120],
        [10, "惠州市", "惠州仲恺锂能科技有限公司", "91441300MAW4P98874", "圆柱锂离子电池", "珠三角地区", 120],
        ["合计", null, null, null, null, null, 1320],
      ],
      merges: ["A1:G1", "A13:F13"],
      numberFormats: { "G3:G13": "#,##0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "制造业单项冠军企业一次性奖补",
        capType: "max",
        capAmount: 150,
        unit: "万元",
        year: 2024,
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "category", G: "approved" },
        year: 2024,
        item: "制造业单项冠军企业一次性奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G9", why: "湛江海滨饲料: at most 150万元 a firm (粤西); 180 proposed, 30万元 over" },
      { rule: "register.duplicate", cell: "G11", why: "佛山顺德智控电器 (91440606MAB2HJ660Y) already has the award on row 5: the award is per firm, not per product" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G8", why: "汕头 150 is the award for 粤东" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 1,320 = 120 × 7 + 150 × 2 + 180 is not an award" },
      { rule: "register.ineligible-location", why: "every 地市 is a city of 广东省" },
      { rule: "register.location-code-mismatch", why: "each code's authority (440101, 440300, 440606, 441900, 442000, 440500, 440800, 440200, 441300) lies in its row's city" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the award is named in the title and is in the catalog" },
      { rule: "input.unreadable-value", why: "单项冠军产品 and 所属区域 are text describing the row" },
    ],
  },
};
