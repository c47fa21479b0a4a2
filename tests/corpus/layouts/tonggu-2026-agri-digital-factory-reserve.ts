import type { CorpusLayout } from "../types";

// 铜鼓县农业农村水利局 (宜春, 江西) 2025-04-10: the 2026 农业数字工厂 project reserve — the province will help up to 30% of a project's total
// investment, at most 100万元 of 省级财政专项 money a factory. Laid out as the county's reserve list (主体, 乡镇, 项目, 总投资, 申请省级补助).
export const layout: CorpusLayout = {
  id: "tonggu-2026-agri-digital-factory-reserve",
  source: {
    title: "关于开展2026年农业数字工厂项目储备的通知（铜鼓县；储备项目汇总表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news790513.html",
    publisher: "铜鼓县农业农村水利局",
    date: "2025-04-10",
    changes:
      "As published: the reserve (2026年全省支持60个农业数字工厂, 储备不少于110个), the support (补助规模不超过项目总投入的30%, 省级财政专项补助资金不超过" +
      "100万元) and what it buys (分选分级、清洗包装、精深加工设备). The notice asks the towns for projects; the reserve list here (序号 | 项目实施主体 | " +
      "统一社会信用代码 | 所在乡镇 | 项目名称 | 项目总投资 | 申请省级补助资金 | 备注, 万元) is ours — firms, codes (铜鼓县 360926), towns, figures. " +
      "Planted: 排埠镇's tea project asks 96 where 30% of 310 is 93; 三都镇's rice project asks 120, above the 100万元 maximum.",
  },
  classes: ["register", "reserve-list", "rate-with-cap", "base-column", "requested-not-approved", "project-name-column", "credit-codes", "towns-as-places", "county-fund", "item-in-title", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "jiangxi"],
  settings: { district: "铜鼓县", asOf: "2025-05-10" },
  catalog: {
    items: [
      {
        name: "农业数字工厂省级补助",
        capType: "rate",
        rate: 0.3,
        capAmount: 100,
        unit: "万元",
        base: "项目总投资",
        year: 2026,
        document: "江西省农业农村2026年财政专项项目储备指南：每个农业数字工厂补助规模不超过项目总投入的30%，省级财政专项补助资金不超过100万元",
      },
    ],
  },
  sheets: [
    {
      name: "储备项目汇总表",
      widths: [6, 30, 22, 10, 32, 14, 16, 12],
      rows: [
        ["铜鼓县2026年农业数字工厂储备项目汇总表", null, null, null, null, null, null, null],
        ["序号", "项目实施主体", "统一社会信用代码", "所在乡镇", "项目名称", "项目总投资（万元）", "申请省级补助资金（万元）", "备注"],
        [1, "江西铜鼓绿源竹业有限公司", "91360926MA35L8QW27", "永宁镇", "竹笋精深加工数字工厂", 420, 100, null],
        [2, "铜鼓县温泉黄精产业发展有限公司", "91360926MA38CJ4F7R", "温泉镇", "黄精分选分级数字工厂", 260, 78, null],
        [3, "铜鼓县排埠云雾茶业有限公司", "91360926MA39R1UK3G", "排埠镇", "茶叶清洗包装数字工厂", 310, 96, null],
        [4, "江西三都香稻米业有限公司", "91360926MA36XD5T0F", "三都镇", "稻米精深加工数字工厂", 560, 120, null],
        [5, "铜鼓县棋坪蔬菜专业合作社联合社", "91360926MA3A4N8H6K", "棋坪镇", "蔬菜分选分级数字工厂", 150, 45, "农业产业化联合体"],
        [6, "铜鼓县大塅南酸枣食品有限公司", "91360926MA37EG2P9B", "大塅镇", "南酸枣糕精深加工数字工厂", 180, 52, null],
        ["合计", null, null, null, null, 1880, 491, null],
        ["注：每个农业数字工厂补助规模不超过项目总投入的30%，省级财政专项补助资金不超过100万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:E9", "A10:H10"],
      numberFormats: { "F3:G9": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "储备项目汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "requested" },
        year: 2026,
        item: "农业数字工厂省级补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G5", why: "30% × 310 = 93万元 (below the 100 maximum); 96 asked, 3万元 over" },
      { rule: "cap.exceeded", cell: "G6", why: "30% × 560 = 168 would allow more: the 100万元 maximum binds; 120 asked, 20万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G3", why: "30% × 420 = 126, the 100 maximum binds: 100 asked is at the maximum" },
      { rule: "cap.rate-exceeded", cell: "G4", why: "78 = 30% × 260 exactly" },
      { rule: "cap.rate-exceeded", cell: "G7", why: "45 = 30% × 150 exactly" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "52 ≤ 30% × 180 = 54" },
      { rule: "cap.exceeded", cell: "G9", why: "合计 491 = 100 + 78 + 96 + 120 + 45 + 52, no award" },
      { rule: "register.ineligible-location", why: "永宁镇, 温泉镇, 排埠镇, 三都镇, 棋坪镇 and 大塅镇 are towns of 铜鼓县" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.unpaid", why: "a reserve list of requests, nothing approved or paid yet" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
    ],
  },
};
