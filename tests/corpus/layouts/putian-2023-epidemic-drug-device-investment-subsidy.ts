import type { CorpusLayout } from "../types";

// 莆田市工业和信息化局 2023-05-23: 拟安排新冠病毒感染防治重点药械生产企业设备投资补助公示表 — 单位：万元; 序号 | 申报单位 | 申报项目名称 |
// 所在县区 | 补助金额 | 省级承担 | 市级承担 | 备注, the 合计 row first and merged across the first four columns, the rule in an 有关说明 line under
// it (80% of the equipment investment, at most 1000万元 a firm, province and city half each).
export const layout: CorpusLayout = {
  id: "putian-2023-epidemic-drug-device-investment-subsidy",
  source: {
    title: "关于新冠病毒感染防治重点药械生产企业设备投资补助的公示（附件：拟安排新冠病毒感染防治重点药械生产企业设备投资补助公示表）",
    url: "https://www.chacewang.com/newsdetail/news337433.html",
    publisher: "莆田市工业和信息化局",
    date: "2023-05-23",
    changes:
      "As published: the title, the 单位：万元 caption, the eight headings, the 合计 row first (merged over 序号 … 所在县区), the 有关说明 under the " +
      "table. The published table holds one firm (66.6 = 33.3 + 33.3); the four firms, projects and sums are ours, each split half and half. The " +
      "catalog holds the 有关说明's own standard (80%, at most 1000万元). Planted: 莆田湄洲湾生物科技 granted 1,120 above the 1000万元 maximum; " +
      "the 合计's 补助金额 typed 1,802.2 where the four firms add up to 1,820.2.",
  },
  classes: ["register", "subsidy-list", "projects-named", "level-split-columns", "province-and-city-shares", "rate-with-cap", "counties-as-places", "remark-column", "total-row-first", "merged-total-label", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "city-fund", "fujian"],
  settings: { district: "莆田市" },
  catalog: {
    items: [
      {
        name: "新冠病毒感染防治重点药械生产企业设备投资补助",
        capType: "rate",
        rate: 0.8,
        capAmount: 1000,
        base: "设备投资额",
        unit: "万元",
        year: 2023,
        document: "莆市工信投资〔2023〕93号（按设备投资额80%的比例给予补助，单家企业最高1000万元，省、市财政各承担一半）",
      },
    ],
  },
  sheets: [
    {
      name: "公示表",
      widths: [6, 30, 30, 10, 12, 12, 12, 8],
      rows: [
        ["拟安排新冠病毒感染防治重点药械生产企业设备投资补助公示表", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "申报单位", "申报项目名称", "所在县区", "补助金额", "省级承担", "市级承担", "备注"],
        ["合计", null, null, null, 1802.2, 910.1, 910.1, null],
        [1, "莆田华康制药有限公司", "华康口服固体制剂产能扩大项目", "荔城区", 66.6, 33.3, 33.3, null],
        [2, "福建壶兰医疗器械有限公司", "医用防护口罩生产线扩建项目", "城厢区", 248, 124, 124, null],
        [3, "莆田湄洲湾生物科技有限公司", "抗原检测试剂生产线技改项目", "秀屿区", 1120, 560, 560, null],
        [4, "福建木兰溪药业有限公司", "退热类原料药产能提升项目", "仙游县", 385.6, 192.8, 192.8, null],
        ["有关说明：按照设备（含技术、软件、咨询设计等）投资额80%的比例（不含增值税）给予补助，单家企业最高1000万元，补助费用由省、市财政各承担一半。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A4:D4", "A9:H9"],
      numberFormats: { "E4:G8": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示表", kind: "register", unit: "万元", headerRow: 3, lastRow: 8,
        columns: { B: "enterprise", C: "project", D: "place", E: "approved" }, item: "新冠病毒感染防治重点药械生产企业设备投资补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "莆田湄洲湾生物科技 1,120 > 单家企业最高1000万元" },
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 1,802.2 ≠ 66.6 + 248.0 + 1,120.0 + 385.6 = 1,820.2 (18.0万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F4", why: "省级承担 33.3 + 124.0 + 560.0 + 192.8 = 910.1, as stated" },
      { rule: "composition.total-mismatch", cell: "G4", why: "市级承担 adds up to 910.1 likewise" },
      { rule: "composition.total-mismatch", cell: "E5", why: "each firm's 补助金额 is its 省级 + 市级 halves (66.6 = 33.3 + 33.3, 385.6 = 192.8 + 192.8)" },
      { rule: "register.ineligible-location", why: "荔城区, 城厢区, 秀屿区 and 仙游县 are districts and a county of 莆田市" },
      { rule: "cap.unknown-policy", cell: "C5", why: "申报项目名称 names each firm's own project, not a policy" },
      { rule: "register.duplicate", why: "four different firms" },
    ],
  },
};
