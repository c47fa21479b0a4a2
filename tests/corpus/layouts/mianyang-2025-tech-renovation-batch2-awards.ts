import type { CorpusLayout } from "../types";

// 绵阳市经济和信息化局 2025-07 notice on the 第二批新型技术改造试点城市奖补资金: 专项补助 up to 10% of a project's 核定投资, a 龙头链主
// firm at most 2000万元. The notice has no list; the 拟支持项目名单 is ours — 序号 | 企业名称 | 统一社会信用代码 | 所在县（市、区） |
// 项目名称 | 核定投资（万元） | 拟补助金额（万元）, 合计 at the foot — with the 10% / 2000万元 cap as the layout's catalog.
export const layout: CorpusLayout = {
  id: "mianyang-2025-tech-renovation-batch2-awards",
  source: {
    title: "绵阳市经济和信息化局关于做好绵阳市2025年第二批新型技术改造试点城市奖补资金项目申报的通知（绵经信技改〔2025〕179号；拟支持项目名单据通知拟）",
    url: "http://www.adibba.com/html/2025/news/7/424139.html",
    publisher: "绵阳市经济和信息化局",
    date: "2025-07-28",
    changes:
      "The notice states the directions (新型显示、先进材料、航空航天) and the standard (最高不超过项目核定投资的10%，龙头链主型企业最高不超过2000万元; " +
      "the stored copy breaks off at 其他配套…); the list is built on it (table from prose): firms, 5107xx credit codes, counties, projects and " +
      "figures are ours; the catalog holds the 10% rate with the 2000万元 maximum. Planted: 游仙航宇 asks 960 on a 核定投资 of 8,600 (10% is 860); " +
      "江油锐钢 2,300 above the 2000万元 maximum (10% of 25,000 would be 2,500); a 德阳市旌阳区 firm on a 绵阳 list.",
  },
  classes: ["register", "rate-cap-with-maximum", "base-column", "project-column", "item-in-title", "credit-codes", "counties-as-places", "out-of-area-firm", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "layout-catalog", "table-from-prose", "city-policy", "sichuan"],
  settings: { district: "绵阳市" },
  catalog: {
    items: [
      {
        name: "新型技术改造试点城市奖补资金",
        category: "技术改造",
        capType: "rate",
        rate: 0.1,
        capAmount: 2000,
        unit: "万元",
        base: "项目核定投资",
        year: 2025,
        document: "绵经信技改〔2025〕179号",
      },
    ],
  },
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 30, 22, 16, 32, 16, 18],
      rows: [
        ["绵阳市2025年第二批新型技术改造试点城市奖补资金拟支持项目名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "项目名称", "核定投资（万元）", "拟补助金额（万元）"],
        [1, "绵阳涪光显示材料有限公司", "91510703MAJJKUL7R6", "涪城区", "高世代显示模组产线技术改造项目", 12600, 1260],
        [2, "四川游仙航宇精密制造有限公司", "91510704MALY4HJQ6Y", "游仙区", "航空结构件数字化车间改造项目", 8600, 960],
        [3, "绵阳安州新材科技有限公司", "91510705MAYHMYX60L", "安州区", "高性能复合材料生产线升级项目", 5400, 480],
        [4, "江油锐钢特种材料有限公司", "91510781MAGR055XE8", "江油市", "特种合金熔炼设备更新项目", 25000, 2300],
        [5, "三台瑞丰电子材料有限公司", "91510722MA1TCRUGM2", "三台县", "电子级化学品提纯线改造项目", 3200, 310],
        [6, "德阳旌能显示配件有限公司", "91510603MABNLN8JK8", "德阳市旌阳区", "显示背光组件自动化改造项目", 4000, 380],
        [7, "梓潼航科零部件有限公司", "91510725MAN20DM52M", "梓潼县", "无人机结构件柔性产线项目", 2750, 275],
        ["合计", null, null, null, null, 61550, 5965],
      ],
      merges: ["A1:G1", "A10:E10"],
      numberFormats: { "F3:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2025,
        item: "新型技术改造试点城市奖补资金",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G4", why: "游仙航宇: 10% of 核定投资 8,600 = 860 < 960 (100 over)" },
      { rule: "cap.exceeded", cell: "G6", why: "江油锐钢: the 2000万元 maximum binds before 10% × 25,000 = 2,500; 2,300 is 300 over" },
      { rule: "register.ineligible-location", cell: "D8", why: "德阳市旌阳区 is not in 绵阳市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G3", why: "1,260 = 10% of 12,600 exactly" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "275 = 10% of 2,750 exactly" },
      { rule: "cap.rate-exceeded", cell: "G7", why: "310 ≤ 10% of 3,200 = 320" },
      { rule: "composition.total-mismatch", cell: "G10", why: "1,260 + 960 + 480 + 2,300 + 310 + 380 + 275 = 5,965" },
      { rule: "composition.total-mismatch", cell: "F10", why: "12,600 + 8,600 + 5,400 + 25,000 + 3,200 + 4,000 + 2,750 = 61,550" },
      { rule: "register.ineligible-location", cell: "D6", why: "江油市 is a county-level city of 绵阳市" },
      { rule: "register.location-code-mismatch", why: "every code carries its own county's 5107xx (or 510603 for 旌阳区)" },
      { rule: "cap.unknown-policy", why: "the title's item is the catalog's" },
      { rule: "register.invalid-credit-code", why: "all seven check characters are right" },
    ],
  },
};
