import type { CorpusLayout } from "../types";

// 陕西省财政厅 2022-12: 930万元 of 制造业单项冠军企业（产品）奖补资金 for the 2021 champions — 5 national champion products and 1
// national demonstration firm at 50万元 each, 21 provincial demonstration firms at 30万元 each (6 × 50 + 21 × 30 = 930). The news
// report states the rule and the totals; laid out as the allocation by firm such a 下达 ends in, with 奖补类别 naming each row's item.
export const layout: CorpusLayout = {
  id: "shaanxi-2021-single-champion-award-allocation",
  source: {
    title: "陕西省财政930万元支持制造业单项冠军企业（表据正文拟）",
    url: "https://xian.baogaosu.com/xinwen/%E4%B8%87%E5%85%83%E6%94%AF%E6%8C%81%E5%88%B6%E9%80%A0%E4%B8%9A%E5%8D%95%E9%A1%B9%E5%86%A0%E5%86%9B%E4%BC%81%E4%B8%9A/107368113",
    publisher: "陕西省财政厅（西安网转载）",
    date: "2022-12-07",
    changes:
      "As published: the fund (制造业单项冠军企业（产品）奖补资金), the year of the champions (2021年度), the three kinds (国家级冠军产品, 国家级示范企业, " +
      "省级示范企业) and the standard (国家级每家50万元, 省级每家30万元). The report shows no table: the list (序号 | 市（区） | 企业名称 | 统一社会信用代码 | " +
      "奖补类别 | 单项冠军产品 | 奖补资金（万元）), its title and caption, the firms, codes, products and amounts are ours, cut to 12 rows; the catalog " +
      "holds the report's two standards as fixed awards. Planted: a provincial firm given 50万元; one firm listed twice under the same kind; one " +
      "code with a wrong check character.",
  },
  classes: [
    "register", "item-column", "award-kind-column", "fixed-cap", "levels-as-items", "product-column", "credit-codes", "cities-as-places",
    "province-wide-list", "table-from-prose", "wanyuan-caption", "wanyuan-in-header", "total-at-foot", "note-under-table", "shaanxi",
  ],
  settings: { district: "陕西省" },
  catalog: {
    items: [
      { name: "国家级单项冠军产品", capType: "fixed", capAmount: 50, unit: "万元", year: 2021 },
      { name: "国家级单项冠军示范企业", capType: "fixed", capAmount: 50, unit: "万元", year: 2021 },
      { name: "省级单项冠军示范企业", capType: "fixed", capAmount: 30, unit: "万元", year: 2021 },
    ],
  },
  sheets: [
    {
      name: "奖补资金分配表",
      widths: [6, 12, 30, 22, 22, 22, 14],
      rows: [
        ["2021年度制造业单项冠军企业（产品）奖补资金分配表", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "市（区）", "企业名称", "统一社会信用代码", "奖补类别", "单项冠军产品", "奖补资金（万元）"],
        [1, "西安市", "西安秦锐电力装备有限公司", "91610131MA6TXB2K4Q", "国家级单项冠军产品", "高压真空断路器", 50],
        [2, "西安市", "西安华曜微电子科技有限公司", "91610131MA6U3D9Q7N", "国家级单项冠军产品", "功率MOSFET芯片", 50],
        [3, "宝鸡市", "宝鸡钛凌新材料股份有限公司", "91610301MA6X4R7L27", "国家级单项冠军示范企业", "钛合金棒材", 50],
        [4, "咸阳市", "咸阳彩晶光电材料有限公司", "91610403MA6XN5C811", "省级单项冠军示范企业", "液晶单体材料", 30],
        [5, "西安市", "西安长隆液压科技有限公司", "91610113MA6W2H8J34", "省级单项冠军示范企业", "矿用液压支架阀组", 30],
        [6, "渭南市", "渭南金瓯精细化工有限公司", "91610502MA6YB3N45P", "省级单项冠军示范企业", "医药中间体", 50],
        [7, "榆林市", "榆林神华兰炭装备有限公司", "91610800MA7032FP6W", "省级单项冠军示范企业", "兰炭干熄焦装置", 30],
        [8, "西安市", "西安航锐精密铸造有限公司", "91610132MA6UK7T59Q", "省级单项冠军示范企业", "航空发动机精铸叶片", 30],
        [9, "宝鸡市", "宝鸡恒泰齿轮有限公司", "91610303MA6X8C1G2A", "省级单项冠军示范企业", "重卡变速器齿轮", 30],
        [10, "西安市", "西安长隆液压科技有限公司", "91610113MA6W2H8J34", "省级单项冠军示范企业", "矿用液压支架阀组", 30],
        [11, "西安市", "西安博睿测控技术有限公司", "91610104MA6TWQ5B81", "省级单项冠军示范企业", "光纤陀螺测斜仪", 30],
        [12, "汉中市", "汉中瑞丰机床有限公司", "91610702MA6YJ4Q83Q", "省级单项冠军示范企业", "数控螺纹磨床", 30],
        ["合计", null, null, null, null, null, 440],
        ["注：国家级单项冠军示范企业、产品按每家50万元，省级单项冠军示范企业按每家30万元予以奖补。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A16:F16", "A17:G17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补资金分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "project", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G9", why: "渭南金瓯精细化工有限公司, 省级单项冠军示范企业: 50万元 against the fixed 30万元 per provincial firm" },
      { rule: "register.duplicate", cell: "G13", why: "西安长隆液压科技有限公司 (91610113MA6W2H8J34) again on row 13 under 省级单项冠军示范企业 in 2021, as on row 8" },
      { rule: "register.invalid-credit-code", cell: "D12", why: "91610303MA6X8C1G2A: the check character for the first 17 is Y, not A" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G4", why: "国家级单项冠军产品 50万元 = its fixed 50万元; likewise G5 and G6 (国家级单项冠军示范企业 50)" },
      { rule: "register.ineligible-location", why: "西安市, 宝鸡市, 咸阳市, 渭南市, 榆林市, 汉中市 are all cities of 陕西省" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 (6101xx 西安, 6103xx 宝鸡, 6104xx 咸阳, 6105xx 渭南, 6107xx 汉中, 6108xx 榆林) lie in 陕西省" },
      { rule: "register.unpaid", why: "an allocation list records no payments" },
      { rule: "cap.unknown-policy", why: "each row's 奖补类别 is one of the catalog's three items" },
      { rule: "input.unreadable-value", why: "单项冠军产品 is the firm's product, text; the note under the table is no row" },
    ],
  },
};
