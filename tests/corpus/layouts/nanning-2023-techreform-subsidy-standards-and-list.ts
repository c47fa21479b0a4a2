import type { CorpusLayout } from "../types";

// 南宁市财政局 (南宁日报 2024-01-15): 1.0218亿元 to 25 technical-reform projects in 2023 — ordinary reform with equipment investment of
// 500万元 or more at 10% (高新技术企业 15%, 瞪羚企业 20%), whole-line / whole-workshop / whole-factory smart reform at 10% / 15% / 20%, any
// project at most 1000万元. As the standards list and the subsidy list such a release rests on.
export const layout: CorpusLayout = {
  id: "nanning-2023-techreform-subsidy-standards-and-list",
  source: {
    title: "南宁市投入“真金白银”支持工业企业技术改造（补助标准及补助名单表据正文拟）",
    url: "http://www.nnnews.net/p/3190577.html",
    publisher: "南宁市财政局（南宁日报）",
    date: "2024-01-15",
    changes:
      "The page is prose. Sheet 补助标准 sets its standards one a row (序号 | 改造类型 | 支持对象 | 补助标准) in its words; sheet 补助名单 is ours " +
      "(seven projects of six invented firms with codes of 南宁, the equipment investment as the base, 支持类别 naming the standard). Planted: " +
      "南宁绿城食品, an ordinary firm (10%), given 222 on 1,850 (10% = 185); 邕宁新材料's whole-factory reform given 1,240 = 20% × 6,200, above " +
      "the 1,000 a project may receive.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "several-rates-one-cap", "threshold-not-cap", "base-column",
    "credit-codes", "item-column", "project-column", "same-firm-two-projects", "wanyuan-caption", "total-at-foot", "table-from-prose",
    "city-fund", "guangxi",
  ],
  settings: { district: "南宁市" },
  sheets: [
    {
      name: "补助标准",
      widths: [6, 22, 34, 60],
      rows: [
        ["2023年南宁市工业企业技术改造项目补助标准", null, null, null],
        ["序号", "改造类型", "支持对象", "补助标准"],
        [1, "普通技术改造", "一般企业", "设备投资达500万元及以上的，按照设备投资额的10%给予补助，单个项目最高补助不超过1000万元"],
        [2, "普通技术改造", "高新技术企业", "设备投资达500万元及以上的，按照设备投资额的15%给予补助，单个项目最高补助不超过1000万元"],
        [3, "普通技术改造", "瞪羚企业（含入库企业）", "设备投资达500万元及以上的，按照设备投资额的20%给予补助，单个项目最高补助不超过1000万元"],
        [4, "智能化改造", "整生产线智能化改造", "设备投资达到500万元及以上的，按照设备投资额的10%给予补助，单个项目最高补助不超过1000万元"],
        [5, "智能化改造", "整车间智能化改造", "设备投资达到500万元及以上的，按照设备投资额的15%给予补助，单个项目最高补助不超过1000万元"],
        [6, "智能化改造", "整工厂智能化改造", "设备投资达到500万元及以上的，按照设备投资额的20%给予补助，单个项目最高补助不超过1000万元"],
        ["注：支持电子信息、高端装备制造、生物医药、食品加工、化工新材料、林产品加工、铝精深加工等产业项目。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
    },
    {
      name: "补助名单",
      widths: [6, 30, 22, 34, 24, 16, 14],
      rows: [
        ["2023年南宁市工业企业技术改造项目补助资金安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "支持类别", "设备投资额", "补助金额"],
        [1, "南宁邕江制药有限公司", "91450100MA5N7Q2K8E", "年产3亿片固体制剂生产线技术改造项目", "高新技术企业", 2860, 429],
        [2, "广西五象电子元件有限公司", "91450103MA5P3H6W15", "片式电感生产车间智能化改造项目", "整车间智能化改造", 5400, 810],
        [3, "南宁绿城食品有限公司", "91450100MA5Q9D4T2K", "休闲食品包装线技术改造项目", "一般企业", 1850, 222],
        [4, "广西邕宁新材料科技有限公司", "91450109MA5K2R8U6D", "改性塑料工厂智能化改造项目", "整工厂智能化改造", 6200, 1240],
        [5, "南宁华南铝精深加工有限公司", "91450100MA5L6T3B41", "高端铝型材挤压线技术改造项目", "瞪羚企业（含入库企业）", 3300, 660],
        [6, "广西青秀林产品加工有限公司", "91450103MA5M8J2C79", "人造板连续压机生产线智能化改造项目", "整生产线智能化改造", 2400, 240],
        [7, "南宁邕江制药有限公司", "91450100MA5N7Q2K8E", "中药提取生产线智能化改造项目", "整生产线智能化改造", 1500, 150],
        ["合计", null, null, null, null, 23510, 3751],
      ],
      merges: ["A1:G1", "A11:E11"],
      numberFormats: { "F4:G11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", headerRow: 2, lastRow: 8, columns: { B: "category", C: "item", D: "standard" } },
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G6", why: "一般企业: 10% × 1,850 = 185.00; 222.00 given" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G7", why: "整工厂智能化改造: 20% × 6,200 = 1,240, but a project may receive at most 1,000: 240.00 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G4", why: "15% × 2,860 = 429.00" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G5", why: "15% × 5,400 = 810.00, under 1,000" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G8", why: "20% × 3,300 = 660.00" },
      { rule: "cap.rate-exceeded", sheet: "补助名单", cell: "G10", why: "10% × 1,500 = 150.00" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "G10", why: "邕江制药 twice, for two different projects under two different standards" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G11", why: "合计 3,751 = 429 + 810 + 222 + 1,240 + 660 + 240 + 150 is not an award" },
      { rule: "composition.total-mismatch", sheet: "补助名单", cell: "F11", why: "2,860 + 5,400 + 1,850 + 6,200 + 3,300 + 2,400 + 1,500 = 23,510" },
      { rule: "cap.exceeded", sheet: "补助标准", why: "500万元 is the investment a project must reach, not a cap" },
      { rule: "cap.unknown-policy", sheet: "补助名单", why: "every 支持类别 is a standard of the list" },
    ],
  },
};
