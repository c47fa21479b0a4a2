import type { CorpusLayout } from "../types";

// 天津市推动制造业高质量发展若干政策措施 (2023): 一、（一）1. 支持工业企业高质量投资 — a major industrial project of 5000万元 or more (or a
// technical-upgrade project of 1000万元 or more) gets, once in production, 10% of its equipment and software investment, at most 5000万元. The
// clause as a one-row catalog an office keeps, and a proposed list by 区 with the project's 总投资 beside the 设备、软硬件工具等投资额 the rate is of.
export const layout: CorpusLayout = {
  id: "tianjin-2023-manufacturing-investment-support",
  source: {
    title: "天津市推动制造业高质量发展若干政策措施（一、（一）1.支持工业企业高质量投资；拟支持项目名单据措施拟）",
    url: "http://www.hadonghoon.cn/news/yqgh/2023/0421/19358.html",
    publisher: "天津市人民政府（转载：高新院）",
    date: "2023-04-21",
    changes:
      "The clause wording in 支持标准 is as published (its first sentence; the next, on 产业基础再造 projects, is cut off in the stored copy and left out). " +
      "The clause table's layout is ours; the second sheet is ours: firms, codes, projects and figures invented. Planted: 东丽汽车模具 320 — 10% of its 总投资 " +
      "3,200, where 10% of the equipment investment 2,180 allows 218; 静海金属制品's code with a wrong check character. The 5000万元 threshold and the " +
      "5000万元 maximum share a figure (as published).",
  },
  classes: [
    "catalog", "register", "prose-caps", "rate-with-cap", "threshold-equals-cap", "conditions-not-caps", "one-clause-catalog", "two-sheets", "item-per-row",
    "base-column", "total-investment-not-base", "project-column", "credit-codes", "districts-as-places", "city-fund", "wanyuan-caption", "total-at-foot",
    "table-from-prose", "tianjin",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 90],
      rows: [
        ["天津市推动制造业高质量发展若干政策措施（节选）", null, null],
        ["序号", "支持事项", "支持标准"],
        [
          "1",
          "支持工业企业高质量投资",
          "对总投资5000万元以上、补足重点产业关键环节短板的重大工业项目，以及总投资1000万元以上的促进智能化、高端化、绿色化、数字化、低碳化、增产扩能等新一轮工业技术改造投资项目，竣工投产后按照设备、软硬件工具等投资额的10%，给予最高5000万元支持。",
        ],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟支持项目名单",
      widths: [6, 10, 28, 22, 22, 30, 12, 18, 12],
      rows: [
        ["2023年天津市支持工业企业高质量投资拟支持项目名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "所在区", "企业名称", "统一社会信用代码", "支持事项", "项目名称", "项目总投资", "设备、软硬件工具等投资额", "支持金额"],
        [1, "滨海新区", "天津港湾海工装备有限公司", "91120116MA07B3K2XM", "支持工业企业高质量投资", "高端海工装备智能化改造项目", 28600, 21400, 2140],
        [2, "西青区", "天津西青电子元器件有限公司", "91120111MA06C8N4P7", "支持工业企业高质量投资", "片式元器件产线数字化升级项目", 6800, 4950, 495],
        [3, "东丽区", "天津东丽汽车模具有限公司", "91120110MA05D2R7LD", "支持工业企业高质量投资", "大型模具绿色化改造项目", 3200, 2180, 320],
        [4, "武清区", "天津武清新材料科技有限公司", "91120114MA07E6T3H9", "支持工业企业高质量投资", "高性能膜材料增产扩能项目", 82000, 61500, 5000],
        [5, "北辰区", "天津北辰医疗器械有限公司", "91120113MA06F9W5J6", "支持工业企业高质量投资", "智能化生产线技术改造项目", 1850, 1260, 126],
        [6, "静海区", "天津静海金属制品有限公司", "91120118MA05G4X8M2", "支持工业企业高质量投资", "低碳化热处理改造项目", 5400, 3960, 396],
        [7, "津南区", "天津津南生物医药有限公司", "91120112MA07H1Y6QY", "支持工业企业高质量投资", "制剂车间高端化改造项目", 12300, 8740, 874],
        ["合计", null, null, null, null, null, 140150, 103990, 9351],
      ],
      merges: ["A1:I1", "A11:F11"],
      numberFormats: { "G4:I11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 3, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟支持项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "project", H: "base", I: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "I6", why: "东丽汽车模具: 10% × 2,180 = 218万元 allowed (below the 5,000 maximum), 320 proposed: 102 over (320 is 10% of the 总投资, no base)" },
      { rule: "register.invalid-credit-code", sheet: "拟支持项目名单", cell: "D9", why: "91120118MA05G4X8M2: the check character for the first 17 is H, not 2" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "10% of the equipment investment, at most 5000万元; 5000万元以上 and 1000万元以上 are conditions" },
      { rule: "cap.exceeded", sheet: "拟支持项目名单", cell: "I7", why: "武清新材料: 10% × 61,500 = 6,150, so the 5,000 maximum binds; 5,000 is proposed" },
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "I7", why: "5,000 is below 6,150; the maximum is the binding limit and it is met" },
      { rule: "cap.rate-exceeded", sheet: "拟支持项目名单", cell: "I4", why: "港湾海工: 10% × 21,400 = 2,140, exactly the amount" },
      { rule: "cap.exceeded", sheet: "拟支持项目名单", cell: "I11", why: "合计 9,351 is no award (2,140 + 495 + 320 + 5,000 + 126 + 396 + 874)" },
      { rule: "composition.total-mismatch", sheet: "拟支持项目名单", cell: "G11", why: "28,600 + 6,800 + 3,200 + 82,000 + 1,850 + 5,400 + 12,300 = 140,150" },
      { rule: "composition.total-mismatch", sheet: "拟支持项目名单", cell: "H11", why: "21,400 + 4,950 + 2,180 + 61,500 + 1,260 + 3,960 + 8,740 = 103,990" },
      { rule: "register.ineligible-location", why: "滨海新区, 西青, 东丽, 武清, 北辰, 静海, 津南 are all 天津's" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own district (120116 滨海新区, 120111 西青, 120110 东丽, 120114 武清, 120113 北辰, 120118 静海, 120112 津南)" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "cap.unknown-policy", why: "every 支持事项 names the catalog's row" },
    ],
  },
};
