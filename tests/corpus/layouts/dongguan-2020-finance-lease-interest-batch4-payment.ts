import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2022-11-11: 2020年 保企业促复苏稳增长政策资金 融资租赁补助项目（融资租赁贴息）资金资助计划（第四期） — an instalment list:
// 序号 | 企业名称 | 镇街 | 立项金额（万元） | 上期拨付（万元） | 本期拨付（万元）, 合计 at the foot. 宏昌包装's two payments (52.30 + 31.50 = 83.80) pass
// its 立项 80; the 本期 合计 typed 185.14 for the lines' 185.41.
export const layout: CorpusLayout = {
  id: "dongguan-2020-finance-lease-interest-batch4-payment",
  source: {
    title: "2020年市工业和信息化局保企业促复苏稳增长政策资金融资租赁补助项目（融资租赁贴息）资金资助计划（第四期）",
    url: "https://www.chacewang.com/newsdetail/news205227.html",
    publisher: "东莞市工业和信息化局",
    date: "2022-11-11",
    changes:
      "As published: the title, the headers 序号 | 企业名称 | 镇街 | 立项金额（万元） | 上期拨付（万元） | 本期拨付（万元） and 合计 at the foot " +
      "(the published plan pays one firm, 400 立项 and 32.36 this period, 上期 blank). Five more rows are ours, and every firm and figure is ours. " +
      "Planted: 东莞市宏昌包装材料 paid 52.30 before and 31.50 now, 83.80 against 立项 80; the 本期拨付 合计 typed 185.14 where the lines add up to 185.41.",
  },
  classes: [
    "register", "instalments", "payment-list", "paid-before-and-now", "towns-as-places", "blank-as-nothing", "two-decimal-wanyuan",
    "wanyuan-in-header", "total-at-foot", "batch-in-title", "no-credit-codes", "no-catalog", "city-fund", "guangdong",
  ],
  settings: { asOf: "2022-11-11", district: "东莞市" },
  sheets: [
    {
      name: "资助计划",
      widths: [6, 32, 10, 16, 16, 16],
      rows: [
        ["2020年市工业和信息化局保企业促复苏稳增长政策资金融资租赁补助项目（融资租赁贴息）资金资助计划（第四期）", null, null, null, null, null],
        ["序号", "企业名称", "镇街", "立项金额（万元）", "上期拨付（万元）", "本期拨付（万元）"],
        [1, "东莞市瑞丰精密模具有限公司", "长安", 120, 45.6, 38.2],
        [2, "东莞市宏昌包装材料有限公司", "石碣", 80, 52.3, 31.5],
        [3, "东莞市恒晖新能源科技有限公司", "企石", 400, null, 32.36],
        [4, "东莞市骏达电子有限公司", "常平", 60, 18, 12.4],
        [5, "东莞市粤华智能装备有限公司", "松山湖", 200, 96.75, 54.1],
        [6, "东莞市新宇塑胶制品有限公司", "横沥", 50, null, 16.85],
        ["合计", null, null, 910, 212.65, 185.14],
      ],
      merges: ["A1:F1", "A9:C9"],
      numberFormats: { "D3:D9": "0", "E3:F9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资助计划",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "place", D: "approved", E: "paidBefore", F: "paidNow" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.paid-exceeds-award", cell: "F4", why: "宏昌包装 上期 52.30 + 本期 31.50 = 83.80 against 立项 80 (3.80万元 over); no 累计 column, so at this period's payment" },
      { rule: "composition.total-mismatch", cell: "F9", why: "本期拨付 合计 185.14; the lines 38.20 + 31.50 + 32.36 + 12.40 + 54.10 + 16.85 = 185.41" },
      { rule: "cap.unknown-policy", cell: "D3", why: "no catalog is loaded and the title's 融资租赁贴息 is no catalog item: the list's amounts are reported once as unchecked, at the first row's 立项金额" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D9", why: "立项 120 + 80 + 400 + 60 + 200 + 50 = 910" },
      { rule: "composition.total-mismatch", cell: "E9", why: "上期 45.60 + 52.30 + 18.00 + 96.75 = 212.65 (blanks are nothing)" },
      { rule: "register.paid-exceeds-award", cell: "F7", why: "粤华 96.75 + 54.10 = 150.85 ≤ 200" },
      { rule: "register.paid-exceeds-award", cell: "F9", why: "合计 is no award" },
      { rule: "register.ineligible-location", why: "长安, 石碣, 企石, 常平, 松山湖, 横沥 are towns and a park of 东莞市" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "register.unpaid", why: "every award shows a payment this period (本期拨付)" },
      { rule: "input.unreadable-value", cell: "E5", why: "a blank 上期 is nothing paid before" },
    ],
  },
};
