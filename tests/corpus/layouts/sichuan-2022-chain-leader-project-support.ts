import type { CorpusLayout } from "../types";

// 四川省经信厅 2022-09 支持工业全力冲刺2022年目标任务的若干措施: the first rotating 链主 firms of the 动力电池 / 晶硅光伏 / 新型显示
// chains and their core suppliers get at most 1000万元 for chain projects. Reported as prose; built here as the support list:
// 市（州） | firm | code | 产业链 | 企业类型 | 项目名称 | 项目总投资 | 支持资金, with a catalog holding the 1000万元 cap.
export const layout: CorpusLayout = {
  id: "sichuan-2022-chain-leader-project-support",
  source: {
    title: "四川省出台各种措施 助力工业经济快速回稳上行（支持工业全力冲刺2022年目标任务的若干措施）— 重点产业链“链主”企业及核心配套企业项目支持名单（表据报道拟）",
    url: "http://shangshibk.caibaowang.net/shangshibk/2022/0916/12659.html",
    publisher: "四川省经济和信息化厅（金融投资报）",
    date: "2022-09-16",
    changes:
      "As published: the measure (对动力电池、晶硅光伏、新型显示等重点产业链首批轮值“链主”企业及其核心配套企业，实施产业链生态建设、安全稳定、" +
      "转型升级、配套招引等重点项目，给予最高1000万元资金支持) and its three chains; the catalog's cap is this. The list, its columns, eight " +
      "firms, codes, projects and figures are ours. Planted: 乐山晶瑞硅业 given 1,200万元, above the 1000万元 at most; 重庆渝芯显示配件 " +
      "(重庆市, code 500112) on a Sichuan provincial list.",
  },
  classes: [
    "register", "item-in-title", "max-cap", "chain-column", "firm-type-column", "project-column", "investment-column", "credit-codes",
    "cities-as-places", "place-outside-province", "province-wide-list", "wanyuan-in-header", "total-at-foot", "notes-under-table",
    "table-from-prose", "news-report", "sichuan",
  ],
  sheets: [
    {
      name: "支持名单",
      widths: [6, 10, 28, 22, 12, 12, 30, 16, 16],
      rows: [
        ["2022年重点产业链“链主”企业及核心配套企业重点项目支持名单", null, null, null, null, null, null, null, null],
        ["序号", "市（州）", "企业名称", "统一社会信用代码", "产业链", "企业类型", "项目名称", "项目总投资（万元）", "支持资金（万元）"],
        [1, "宜宾市", "宜宾凯翼动力电池有限公司", "91511500MA6A2K8R3T", "动力电池", "链主", "动力电池电芯扩能项目", 68000, 1000],
        [2, "宜宾市", "宜宾锂宝隔膜材料有限公司", "91511500MA67T4N1WL", "动力电池", "核心配套", "湿法隔膜二期项目", 22000, 600],
        [3, "遂宁市", "遂宁天齐锂盐科技有限公司", "91510900MA6B5D2L7N", "动力电池", "核心配套", "电池级碳酸锂配套招引项目", 15600, 500],
        [4, "乐山市", "乐山晶瑞硅业有限公司", "91511100MA62Q8F4HR", "晶硅光伏", "链主", "高纯晶硅技术改造项目", 85000, 1200],
        [5, "眉山市", "眉山光曜组件有限公司", "91511400MA6C1J9P5M", "晶硅光伏", "核心配套", "光伏组件安全稳定生产项目", 12800, 400],
        [6, "绵阳市", "绵阳京华显示科技有限公司", "91510700MA68R3T6EN", "新型显示", "链主", "新型显示产业链生态建设项目", 46000, 1000],
        [7, "成都市", "成都锐视光电材料有限公司", "91510100MA6DX7B2N0", "新型显示", "核心配套", "偏光片转型升级项目", 9800, 350],
        [8, "重庆市", "重庆渝芯显示配件有限公司", "91500112MA61K5C8QF", "新型显示", "核心配套", "背光模组配套项目", 7600, 300],
        ["合计", null, null, null, null, null, null, 266800, 5350],
        ["注：支持资金从省级工业发展专项资金安排，单个项目最高不超过1000万元。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A11:G11", "A12:I12"],
      numberFormats: { "H3:I11": "#,##0" },
    },
  ],
  settings: { district: "四川省" },
  catalog: {
    items: [
      {
        name: "重点产业链“链主”企业及核心配套企业重点项目支持",
        capType: "max",
        capAmount: 1000,
        unit: "万元",
        year: 2022,
        document: "四川省经济和信息化厅 支持工业全力冲刺2022年目标任务的若干措施（给予最高1000万元资金支持）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", G: "project", I: "approved" },
        year: 2022,
        item: "重点产业链“链主”企业及核心配套企业重点项目支持",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "I6", why: "乐山晶瑞硅业: 1,200万元 where the support is at most 1,000万元: 200万元 over" },
      { rule: "register.ineligible-location", cell: "B10", why: "重庆市 is outside 四川省, the fund's area (code 91500112…, 重庆)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "I3", why: "1,000 is the cap itself, not above it" },
      { rule: "cap.exceeded", cell: "I11", why: "合计 5,350 is a total, not an award" },
      { rule: "cap.exceeded", cell: "H6", why: "项目总投资 85,000 is the project's size, not an award" },
      { rule: "composition.total-mismatch", why: "the lines add to 266,800 and 5,350 as the 合计 states" },
      { rule: "register.duplicate", why: "eight different firms; two 宜宾 firms are not one" },
      { rule: "register.invalid-credit-code", why: "all eight codes are valid" },
    ],
  },
};
