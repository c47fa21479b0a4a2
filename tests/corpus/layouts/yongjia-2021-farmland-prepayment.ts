import type { CorpusLayout } from "../types";

// 永嘉县财政局 / 永嘉县农业农村局 2021-01-21: prepayments to townships for farmland projects, by
// town; 已预拨资金 and 本次预拨资金 each split into 工程款 / 工作经费 under a merged header, the
// project's progress as a percentage, the township's finance office as the account.
export const layout: CorpusLayout = {
  id: "yongjia-2021-farmland-prepayment",
  source: {
    title: "关于拨付2021年高标准农田建设项目第一批预拨资金的通知（附件1：2021年高标准农田建设项目第一批预拨资金汇总表）",
    url: "https://www.yj.gov.cn/art/2021/1/21/art_1229459411_59056802.html",
    publisher: "永嘉县财政局、永嘉县农业农村局",
    date: "2021-01-21",
    changes:
      "Title, 单位：万元, the two header rows (序号 | 乡 镇 | 工程合同造价 | 项目进度 | 已预拨资金（工程款/工作经费）| 本次预拨资金" +
      "（工程款/工作经费）| 汇款账号) and the 乡镇财政组 accounts as published; the published rows 桥下镇, 岩坦镇, 东城街道, 云岭乡, " +
      "界坑乡 kept by name, four more towns of 永嘉县 added, every figure ours (four decimals as published), a 合计 row " +
      "added. The notice's title is ours from its text (the stored copy starts at the addressees). The cap in the catalog " +
      "(800万元 per project) is chosen for the corpus; the notice states none. Planted: 茗岙乡 has 113.8640 already " +
      "prepaid and 42.6990 now against a contract of 142.3300; 大若岩镇's 本次预拨 工作经费 reads 待定.",
  },
  classes: ["register", "instalments", "two-header-rows", "towns-as-places", "percent-column", "account-column", "wanyuan-caption", "item-in-title"],
  settings: { district: "永嘉县", asOf: "2021-01-21" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 12, 14, 10, 12, 10, 12, 10, 16],
      rows: [
        ["附件1：", null, null, null, null, null, null, null, null],
        ["2021年高标准农田建设项目第一批预拨资金汇总表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡 镇", "工程合同造价", "项目进度", "已预拨资金", null, "本次预拨资金", null, "汇款账号"],
        [null, null, null, null, "工程款", "工作经费", "工程款", "工作经费", null],
        [1, "桥下镇", 236.482, "10%", 0, 0, 47.2964, 0, "桥下镇财政组"],
        [2, "岩坦镇", 684.3051, "95%", 273.722, 0, 0, 65.118, "岩坦镇财政组"],
        [3, "东城街道", 82.654, "95%", 49.5924, 0, 0, 8.2654, "东城街道财政组"],
        [4, "云岭乡", 176.9032, "100%", 53.071, 0, 0, 26.5355, "云岭乡财政组"],
        [5, "界坑乡", 190.2275, "80%", 114.1365, 0, 0, 19.0228, "界坑乡财政组"],
        [6, "鹤盛镇", 318.66, "60%", 95.598, 0, 95.598, 0, "鹤盛镇财政组"],
        [7, "茗岙乡", 142.33, "100%", 113.864, 0, 42.699, 0, "茗岙乡财政组"],
        [8, "大若岩镇", 205.118, "30%", 0, 0, 61.5354, "待定", "大若岩镇财政组"],
        [9, "金溪镇", 97.44, "50%", 29.232, 0, 19.488, 0, "金溪镇财政组"],
        ["合计", null, 2134.1198, null, 729.2159, 0, 266.6168, 118.9417, null],
      ],
      merges: ["A2:I2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:H4", "I4:I5", "A15:B15"],
      numberFormats: { "C6:C15": "0.0000", "E6:H15": "0.0000" },
    },
  ],
  catalog: {
    items: [
      {
        name: "高标准农田建设项目预拨资金",
        capType: "max",
        capAmount: 800,
        unit: "万元",
        year: 2021,
        document: "浙财农〔2019〕49号（上限为语料自拟）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "place", C: "approved", E: "paidBefore", F: "paidBefore:工作经费", G: "paidNow", H: "paidNow:工作经费" },
        year: 2021,
        item: "高标准农田建设项目预拨资金",
      },
    ],
    findings: [
      {
        rule: "register.paid-exceeds-award",
        cell: "G12",
        why: "茗岙乡: 已预拨 工程款 113.8640 + 本次 工程款 42.6990 = 156.5630万元 against a contract of 142.3300: 14.2330万元 (142,330元) over, whether or not 工作经费 (0 here) is counted",
      },
      { rule: "input.unreadable-value", cell: "H13", why: "大若岩镇's 本次预拨 工作经费 reads 待定: an amount cell holding text" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "桥下镇, 岩坦镇, 东城街道, 云岭乡, 界坑乡, 鹤盛镇, 茗岙乡, 大若岩镇, 金溪镇 are all in 永嘉县" },
      { rule: "register.paid-exceeds-award", cell: "G7", why: "岩坦镇: 273.7220 + 0 (+ 65.1180 工作经费) = 338.8400 ≤ 684.3051" },
      { rule: "register.paid-exceeds-award", cell: "G11", why: "鹤盛镇: 95.5980 + 95.5980 = 191.1960 ≤ 318.6600" },
      { rule: "register.paid-exceeds-award", cell: "G15", why: "合计 is not an award" },
      { rule: "cap.exceeded", why: "the largest contract, 684.3051万元, is within the 800万元 cap; prepayments are instalments, not awards" },
      { rule: "cap.unknown-policy", why: "the item is in the title (高标准农田建设项目预拨资金) and in the catalog" },
      { rule: "register.unpaid", why: "every town has a prepayment, before or now; and the notice is dated 2021-01-21, long before the year's deadline" },
      { rule: "register.duplicate", why: "no town appears twice" },
      { rule: "input.unreadable-value", why: "项目进度 (10%…100%) are readable percentages; 汇款账号 (…财政组) is a text column, not an amount" },
    ],
  },
};
