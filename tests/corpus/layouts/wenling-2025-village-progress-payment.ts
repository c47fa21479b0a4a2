import type { CorpusLayout } from "../types";

// 温岭市农业农村和水利局、温岭市财政局 2025-01-16: the first 2025 payment of 和美乡村 money, paid to each village up to 90% of
// what it is due — 镇名 | 村名 | 创建类别 | 创建时间（启动） | 工程进度 | 核定总投资额 | 应拨付资金总额 | 本次拨付补助资金 | 备注, the money
// already paid written only in 备注 (已补120万元 …本次拨付至90%). One village's payment typed above all it is due; one village of
// another district's town.
export const layout: CorpusLayout = {
  id: "wenling-2025-village-progress-payment",
  source: {
    title: "关于拨付2025年第一批和美乡村项目建设补助资金的通知（附件1：和美乡村项目建设90%进度补助资金详单）",
    url: "https://www.wl.gov.cn/art/2025/1/17/art_1229301052_4021660.html",
    publisher: "温岭市农业农村和水利局、温岭市财政局",
    date: "2025-01-17",
    changes:
      "Layout as published: the notice's title and 附件1 above the 详单, its nine headings as worded (镇 名 | 村  名 | 创建类别 | " +
      "创建时间（启动） | 工程进度 | 核定总投资额（万元） | 应拨付资金总额（万元） | 本次拨付补助资金（万元） | 备 注), four-decimal 投资额, " +
      "the money already paid and the documents only in 备注, 本次 = 90% of 应拨付 less what was paid. Villages, figures and remarks " +
      "are ours; 11 rows; the 合计 row is ours (the stored copy is cut before the table's end). Planted: 大溪镇大唐岭村 本次 112.71 " +
      "(for 52.71) — above its whole 应拨付 111.90; 金清镇新联村, a village of 台州市路桥区, in 温岭's list.",
  },
  classes: ["register", "payment-list", "villages-as-payees", "towns-as-places", "paid-before-in-remark", "progress-payment", "four-decimal-investment", "multi-line-headers", "notice-title-above", "remark-column", "total-at-foot", "wanyuan-in-header", "county-city", "zhejiang"],
  settings: { district: "温岭市", asOf: "2025-01-17" },
  sheets: [
    {
      name: "附件1",
      widths: [10, 14, 10, 12, 16, 14, 14, 14, 34],
      rows: [
        ["关于拨付2025年第一批和美乡村项目建设补助资金的通知", null, null, null, null, null, null, null, null],
        ["附件1", null, null, null, null, null, null, null, null],
        ["和美乡村项目建设90%进度补助资金详单", null, null, null, null, null, null, null, null],
        ["镇 名", "村  名", "创建\n类别", "创建时间\n（启动）", "工程进度", "核定总\n投资额\n（万元）", "应拨付\n资金总额\n（万元）", "本次拨付\n补助资金\n（万元）", "备 注"],
        ["石塘镇", "里箬村", "精品村", 2019, "竣工验收", 288.412, 201.89, 61.7, "已补120万元\n温农水〔2020〕212号\n本次拨付至90%\n当年人口数：1820"],
        ["石塘镇", "东海村", "特色村", 2022, "竣工验收", 151.326, 121.06, 60.95, "已补48万元\n温农水〔2024〕43号\n本次拨付至90%"],
        ["滨海镇", "新建村", "特色村", 2021, "竣工验收", 168.204, 134.56, 73.1, "已补48万元\n温农水〔2022〕144号\n本次拨付至90%"],
        ["城南镇", "岙环村", "未来乡村", 2022, "通过台州市验收", 281.733, 265.42, 58.88, "已补180万元\n温农水〔2023〕219号\n本次拨付至90%"],
        ["泽国镇", "丹崖村", "精品村", 2020, "竣工验收", 240.55, 168.39, 55.55, "已补96万元\n温农水〔2021〕448号\n本次拨付至90%"],
        ["大溪镇", "大唐岭村", "特色村", 2022, "竣工验收", 139.88, 111.9, 112.71, "已补48万元\n温农水〔2024〕43号\n本次拨付至90%"],
        ["松门镇", "淋川村", "特色村", 2021, "竣工验收", 158.612, 126.89, 66.2, "已补48万元\n温农水〔2022〕144号\n本次拨付至90%"],
        ["箬横镇", "晋岙村", "精品村", 2020, "竣工验收", 262.05, 183.44, 45.1, "已补120万元\n温农水〔2021〕448号\n本次拨付至90%"],
        ["新河镇", "长屿村", "特色村", 2022, "竣工验收", 147.33, 117.86, 58.07, "已补48万元\n温农水〔2024〕43号\n本次拨付至90%"],
        ["金清镇", "新联村", "特色村", 2021, "竣工验收", 150, 120, 60, "已补48万元\n温农水〔2022〕144号\n本次拨付至90%"],
        ["温峤镇", "江厦村", "特色村", 2022, "竣工验收", 133.465, 106.77, 48.09, "已补48万元\n温农水〔2024〕43号\n本次拨付至90%"],
        ["合计", null, null, null, null, 2121.562, 1658.18, 700.35, null],
      ],
      merges: ["A1:I1", "A3:I3", "A16:E16"],
      numberFormats: { "F5:F16": "0.0000", "G5:H16": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 16,
        columns: { A: "place", B: "enterprise", C: "category", G: "approved", H: "paidNow" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "register.paid-exceeds-award",
        cell: "H10",
        why: "大溪镇大唐岭村 is due 111.90 in all; this payment alone is 112.71, 0.81万元 above it (the 备注's 已补48万元 aside: 90% of 111.90 less 48 is 52.71)",
      },
      { rule: "register.ineligible-location", cell: "A14", why: "金清镇 is a town of 台州市路桥区, not of 温岭市" },
    ],
    absent: [
      { rule: "register.paid-exceeds-award", cell: "H8", why: "岙环村 58.88 is under its 265.42 (90% of 265.42 = 238.88, less 已补180)" },
      { rule: "register.paid-exceeds-award", cell: "H16", why: "the 合计 row is no village: 700.35 = the column as typed, under 1,658.18" },
      { rule: "register.ineligible-location", cell: "A5", why: "石塘镇, 滨海镇, 城南镇, 泽国镇, 大溪镇, 松门镇, 箬横镇, 新河镇, 温峤镇 are towns of 温岭市" },
      { rule: "register.duplicate", why: "石塘镇 has two villages, each once" },
      { rule: "register.unpaid", why: "every village is paid now" },
      { rule: "register.late-disbursement", why: "the list gives no payment dates; 创建时间 (2019…2022) is the year a village started, not a payment" },
      { rule: "input.unreadable-value", why: "工程进度 (竣工验收) and 备注 are text; 核定总投资额 is no amount of the award" },
      { rule: "register.invalid-credit-code", why: "the list has no codes" },
    ],
  },
};
