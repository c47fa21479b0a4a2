import type { CorpusLayout } from "../types";

// 闽侯县农业农村局 2025-05-16: 2025年县级金鱼产业奖补资金项目 公示 (侯农〔2025〕56号, 侯农综〔2022〕88号) — one 品牌农业（渔业） award,
// one 种质资源保护及创新 award, five 金鱼大赛获奖 awards, 64.4万元 in all. The 汇总表 itself is an attachment the stored copy does not show.
export const layout: CorpusLayout = {
  id: "minhou-2025-goldfish-industry-awards",
  source: {
    title: "闽侯县2025年县级金鱼产业奖补资金项目公示（附件：项目汇总表，表据正文拟）",
    url: "http://www.minhou.gov.cn/xjwz/zwgk/zdlyxxgk/nybt/zjfp/202505/t20250519_5020483.htm",
    publisher: "闽侯县农业农村局",
    date: "2025-05-16",
    changes:
      "As published: the three kinds of award and their counts (1 + 1 + 5 applicants), the total asked 64.4万元, the date and the office. Ours: " +
      "the table form (序号 | 奖补类别 | 申报单位 | 统一社会信用代码 | 所属乡镇 | 申请奖补资金 | 备注), the applicants and their figures. Planted: " +
      "闽侯县金麟观赏鱼养殖场 listed twice for the contest award (rows 6 and 8); 福州榕金水产有限公司's place 长乐区潭头镇, outside 闽侯县.",
  },
  classes: ["register", "category-column", "credit-codes", "cooperative-and-sole-trader-codes", "dash-as-nothing", "towns-as-places", "remark-column", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "county-list", "fujian"],
  settings: { district: "闽侯县" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 26, 30, 22, 16, 14, 10],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2025年县级金鱼产业奖补资金项目汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "奖补类别", "申报单位", "统一社会信用代码", "所属乡镇", "申请奖补资金", "备注"],
        [1, "品牌农业（渔业）类奖补", "福州闽江金鱼养殖有限公司", "91350121MA2Y4K7D3J", "南屿镇", 20, null],
        [2, "金鱼种质资源保护及创新奖补", "闽侯县鳌峰观赏鱼专业合作社", "93350121MA3C1T6E4X", "上街镇", 15, null],
        [3, "金鱼大赛获奖奖补", "闽侯县金麟观赏鱼养殖场", "92350121MA2U8R5J1M", "南通镇", 8, "金奖"],
        [4, "金鱼大赛获奖奖补", "福州瑞鳞水族科技有限公司", "91350121MA3B6N2P8A", "南屿镇", 6, "银奖"],
        [5, "金鱼大赛获奖奖补", "闽侯县金麟观赏鱼养殖场", "92350121MA2U8R5J1M", "南通镇", 6, "银奖"],
        [6, "金鱼大赛获奖奖补", "福州榕金水产有限公司", "91350121MA8W3G5H2T", "长乐区潭头镇", 5, "铜奖"],
        [7, "金鱼大赛获奖奖补", "林青松（个人）", "—", "青口镇", 4.4, "铜奖"],
        ["合计", null, null, null, null, 64.4, null],
        ["注：金鱼大赛获奖奖补指2024年渔业周第七届金鱼大赛获奖。", null, null, null, null, null, null],
        ["闽侯县农业农村局　2025年5月16日", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A12:E12", "A13:G13", "A14:G14"],
    },
  ],
  // Corrected after measurement (counted failed): stated 奖补类别 as the category; docs/rules.md reads a column headed by its
  // support word and 类别 (奖补类别) whose values are awards as each row's policy item, each unknown item reported once.
  expect: {
    tables: [
      { sheet: "汇总表", kind: "register", unit: "万元", headerRow: 4, lastRow: 12, columns: { B: "item", C: "enterprise", D: "creditCode", E: "place", F: "requested" }, year: 2025 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C9", why: "闽侯县金麟观赏鱼养殖场 (92350121MA2U8R5J1M) already has the contest award on row 7; row 9 lists it again" },
      { rule: "register.ineligible-location", cell: "E10", why: "长乐区潭头镇 is in 福州市长乐区, not 闽侯县" },
      { rule: "cap.unknown-policy", cell: "B5", why: "no catalog is loaded: each 奖补类别 names an award, unknown, reported once per item" },
      { rule: "cap.unknown-policy", cell: "B6", why: "金鱼种质资源保护及创新奖补, unknown" },
      { rule: "cap.unknown-policy", cell: "B7", why: "金鱼大赛获奖奖补, unknown" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "D11", why: "a dash: no code (an individual)" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "93350121MA3C1T6E4X is valid (a cooperative's 93)" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "92350121MA2U8R5J1M is valid (a sole trader's 92)" },
      { rule: "composition.total-mismatch", cell: "F12", why: "20 + 15 + 8 + 6 + 6 + 5 + 4.4 = 64.4" },
      { rule: "register.ineligible-location", cell: "E5", why: "南屿镇 is a town of 闽侯县" },
      { rule: "register.ineligible-location", cell: "E11", why: "青口镇 is a town of 闽侯县" },
    ],
  },
};
