import type { CorpusLayout } from "../types";

// 重庆市经济和信息化委员会 2022-09-09: the year's second batch of 市级重点专项资金, 304 projects, a single project up to 500万元,
// paid from two funds (市级工业和信息化专项资金; 中小微企业发展专项资金) by the directions the report lists. Reported as prose (an English
// copy of the city's news); built here as the 支持方向 catalog with its caps in words and the project list checked against it.
export const layout: CorpusLayout = {
  id: "chongqing-2022-key-special-funds-batch2-projects",
  source: {
    title:
      "304 Chongqing enterprise projects are supported by municipal key special funds, and a single project can receive a subsidy of up to 5 million yuan（重庆市2022年第二批市级重点专项资金拟支持项目；表据报道拟）",
    url: "https://www.breakinglatest.news/business/304-chongqing-enterprise-projects-are-supported-by-municipal-key-special-funds-and-a-single-project-can-receive-a-subsidy-of-up-to-5-million-yuan_chongqing-municipal-peoples-government-network/",
    publisher: "重庆市经济和信息化委员会（重庆市人民政府网）",
    date: "2022-09-10",
    changes:
      "As reported: the second batch of 2022, the two funds and which directions each pays (产业链培育提升, 品牌推广, 加氢站建设运营奖补 from the " +
      "工业和信息化专项资金; 专精特新“小巨人”企业培育奖励, 楼宇产业园入驻企业租金补贴, 微企业双创平台运营绩效奖补 from the 中小微企业发展专项资金), " +
      "and the 500万元 ceiling for a single project (kept for 产业链培育提升). The report is prose: both tables, their columns, the other " +
      "directions' caps (chosen for the corpus), eight projects, firms, codes and figures are ours. Planted: 重庆氢程能源 asks 320 under the " +
      "300万元 cap of 加氢站建设运营奖补; 重庆璧精密机械 listed twice for the 小巨人 award; 重庆渝北智造装备's code ends 6 where GB 32100 gives G.",
  },
  classes: [
    "register", "catalog", "catalog-in-workbook", "prose-caps", "max-caps", "fixed-award", "fund-as-category", "item-column", "projects-named",
    "credit-codes", "districts-as-places", "province-wide-list", "wanyuan-caption", "total-at-foot", "notes-under-table", "duplicate-firm",
    "cap-exceeded", "invalid-credit-code", "table-from-prose", "news-report", "city-fund", "chongqing",
  ],
  sheets: [
    {
      name: "支持方向",
      widths: [6, 26, 30, 44],
      rows: [
        ["2022年市级重点专项资金（第二批）支持方向及标准", null, null, null],
        ["序号", "资金渠道", "支持方向", "支持标准"],
        [1, "市级工业和信息化专项资金", "产业链培育提升", "对产业链培育提升项目，单个项目给予最高不超过500万元补助"],
        [2, "市级工业和信息化专项资金", "品牌推广", "对企业品牌推广活动给予最高不超过50万元奖励"],
        [3, "市级工业和信息化专项资金", "加氢站建设运营奖补", "对建成投运的加氢站给予最高不超过300万元奖补"],
        [4, "中小微企业发展专项资金", "专精特新“小巨人”企业培育奖励", "对新认定的国家级专精特新“小巨人”企业给予一次性奖励50万元"],
        [5, "中小微企业发展专项资金", "楼宇产业园入驻企业租金补贴", "对入驻楼宇产业园的企业给予最高不超过30万元租金补贴"],
        [6, "中小微企业发展专项资金", "微企业双创平台运营绩效奖补", "对绩效评价合格的双创平台给予最高不超过100万元奖补"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟支持项目",
      widths: [6, 28, 22, 10, 28, 28, 12],
      rows: [
        ["2022年市级重点专项资金第二批拟支持项目名单（摘录）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "区县", "支持方向", "项目名称", "支持金额"],
        [1, "重庆联芯硅基微电子有限公司", "91500112MA61C3K8X2", "渝北区", "产业链培育提升", "硅基混合集成创新中心建设项目", 480],
        [2, "重庆江渝品牌食品有限公司", "91500105MA5YD2P4R9", "江北区", "品牌推广", "“江渝”食品品牌市场推广", 45],
        [3, "重庆氢程能源科技有限公司", "91500107MA60E7N2WC", "九龙坡区", "加氢站建设运营奖补", "西彭加氢站建设运营", 320],
        [4, "重庆璧精密机械有限公司", "91500120MA5U9H6L3H", "璧山区", "专精特新“小巨人”企业培育奖励", "国家级专精特新“小巨人”企业培育", 50],
        [5, "重庆永创数字科技有限公司", "91500118MA61F4T7JU", "永川区", "楼宇产业园入驻企业租金补贴", "软件园楼宇入驻租金补贴", 28],
        [6, "重庆涪陵双创空间运营有限公司", "91500102MA5XG8B2MB", "涪陵区", "微企业双创平台运营绩效奖补", "涪陵微企业双创平台运营", 90],
        [7, "重庆璧精密机械有限公司", "91500120MA5U9H6L3H", "璧山区", "专精特新“小巨人”企业培育奖励", "国家级专精特新“小巨人”企业培育", 50],
        [8, "重庆渝北智造装备有限公司", "91500112MA60J5Q9T6", "渝北区", "产业链培育提升", "智能装备产业链协同配套项目", 260],
        ["合计", null, null, null, null, null, 1323],
        ["注：单个项目支持金额最高不超过500万元；支持资金分别在市级工业和信息化专项资金、中小微企业发展专项资金中安排。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:F12", "A13:G13"],
    },
  ],
  settings: { district: "重庆市" },
  expect: {
    tables: [
      { sheet: "支持方向", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "project", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "G6", why: "加氢站建设运营奖补 is capped at 最高不超过300万元; 重庆氢程能源 is given 320: 20万元 over" },
      { rule: "register.duplicate", sheet: "拟支持项目", cell: "G10", why: "重庆璧精密机械有限公司 (91500120MA5U9H6L3H) again for 专精特新“小巨人”企业培育奖励 in 2022, 50万元; first at row 7" },
      { rule: "register.invalid-credit-code", sheet: "拟支持项目", cell: "C11", why: "91500112MA60J5Q9T6: the GB 32100 check character of 91500112MA60J5Q9T is G, not 6" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "G4", why: "480 is under the 500万元 ceiling of 产业链培育提升" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "G7", why: "50 is the fixed 一次性奖励50万元 exactly" },
      { rule: "cap.exceeded", sheet: "拟支持项目", cell: "G8", why: "28 is under the 30万元 rent subsidy cap" },
      { rule: "cap.unknown-policy", why: "every 支持方向 of the list is an item of the 支持方向 sheet" },
      { rule: "catalog.unreadable-standard", why: "every standard states a maximum (最高不超过…万元) or a fixed award (一次性奖励50万元)" },
      { rule: "composition.total-mismatch", sheet: "拟支持项目", cell: "G12", why: "480 + 45 + 320 + 50 + 28 + 90 + 50 + 260 = 1,323, as stated" },
      { rule: "register.ineligible-location", why: "every 区县 is a district of 重庆市" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name the firm's own district (500112 渝北, 500105 江北, 500107 九龙坡, 500120 璧山, 500118 永川, 500102 涪陵)" },
      { rule: "register.unpaid", why: "a list of projects to be supported: no payments recorded, no as-of date" },
    ],
  },
};
