import type { CorpusLayout } from "../types";

// 四川省财政厅 四川省农业农村厅 2025-09-01: 下达2025年省级财政农业产业化银行贷款贴息资金3770.56万元 (川农函〔2025〕114号 申报, 川财农〔2021〕139号
// 管理), 附件 2025年省级财政农业改革创新科技示范奖补资金（农业产业化银行贷款贴息方向）安排表. Set out as such a 安排表 by project unit: 序号 |
// 市（州） | 县（市、区） | 项目单位 | 统一社会信用代码 | 贷款金额 | 贴息资金, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "sichuan-2025-agri-industrialisation-loan-interest-subsidy",
  source: {
    title: "2025年省级财政农业改革创新科技示范奖补资金（农业产业化银行贷款贴息方向）安排表（表据公告拟）",
    url: "https://nynct.sc.gov.cn/nynct/c100665/2025/9/1/cfdc6913466549f1ada0aa789fdfe8f8.shtml",
    publisher: "四川省财政厅 四川省农业农村厅",
    date: "2025-09-01",
    changes:
      "The stored page is the notice (3770.56万元 sent down, the two documents named, the annex named); the annex itself is not shown. The " +
      "安排表 is laid out as such lists print (序号 | 市（州） | 县（市、区） | 项目单位 | 统一社会信用代码 | 贷款金额（万元） | 贴息资金（万元）, " +
      "合计 at the foot, a note), cut to seven rows: firms, codes, loans and subsidies are ours (the codes valid but one). Planted: 叙永县 " +
      "firm's code ends in 6 where its check character is 5; the 贴息资金 foot typed 329.00 where its lines add up to 320.00. No catalog: " +
      "the fund's caps are in 川财农〔2021〕139号, not in the workbook.",
  },
  classes: [
    "register", "award-list", "credit-codes", "city-and-county-columns", "loan-beside-subsidy", "total-at-foot", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "item-in-title", "no-catalog", "province-fund", "table-not-in-stored-copy", "sichuan",
  ],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 16, 10, 34, 22, 14, 14],
      rows: [
        ["2025年省级财政农业改革创新科技示范奖补资金（农业产业化银行贷款贴息方向）安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "市（州）", "县（市、区）", "项目单位", "统一社会信用代码", "贷款金额", "贴息资金"],
        [1, "绵阳市", "江油市", "江油市禾丰粮油有限公司", "91510781MA6BQ2K7XH", 3000, 75],
        [2, "宜宾市", "南溪区", "宜宾市南溪区竹韵食品有限公司", "91511522MA62D4R8H5", 2000, 50],
        [3, "凉山彝族自治州", "西昌市", "西昌市邛海源农业开发有限公司", "91513401MA7C3N5G28", 1500, 37.5],
        [4, "泸州市", "叙永县", "叙永县赤水河生态茶业有限公司", "91510524MA68TW3L16", 800, 20],
        [5, "南充市", "南部县", "南部县嘉陵江肉类加工有限公司", "91511321MA64E8P2YW", 2500, 62.5],
        [6, "德阳市", "什邡市", "什邡市川西农产品加工有限公司", "91510682MA6AX1D9KQ", 1200, 30],
        [7, "眉山市", "洪雅县", "洪雅县瓦屋山乳业有限公司", "91511423MA65H2U0N9", 1800, 45],
        ["合计", null, null, null, null, 12800, 329],
        ["注：贴息资金由各县（市、区）财政部门会同农业农村部门按规定及时拨付项目单位。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:E11", "A12:G12"],
      numberFormats: { "F4:G11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "place", D: "enterprise", E: "creditCode", F: "base", G: "approved" },
        year: 2025,
        // Corrected after the hundred-and-ninetieth holdout's measurement (counted failed): with no catalog only a 名单 or
        // 名录 title gives a list its item (docs/rules.md); an …安排表 states none.
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "E7", why: "91510524MA68TW3L16: the check character of 91510524MA68TW3L1 is 5, not 6" },
      { rule: "composition.total-mismatch", cell: "G11", why: "贴息资金 foot 329.00; its lines 75.00 + 50.00 + 37.50 + 20.00 + 62.50 + 30.00 + 45.00 = 320.00 (9.00 apart)" },
      { rule: "cap.unknown-policy", cell: "G4", why: "no catalog: the list's item (农业产业化银行贷款贴息, from the title) is in none; reported once, for its seven rows" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "贷款金额 12,800.00 = 3,000 + 2,000 + 1,500 + 800 + 2,500 + 1,200 + 1,800; the loans are a column of their own, never parts of the subsidy" },
      { rule: "register.ineligible-location", why: "every 市（州） | 县（市、区） pair is a Sichuan city and one of its counties (凉山彝族自治州 西昌市 too)" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name the row's own county (510781 江油, 511522 南溪, 513401 西昌, 510524 叙永, 511321 南部, 510682 什邡, 511423 洪雅)" },
      { rule: "register.duplicate", why: "seven different firms" },
      { rule: "register.unpaid", why: "an allocation notice records no payments" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note is no row" },
    ],
  },
};
