import type { CorpusLayout } from "../types";

// 克州农业农村局 2025-10-20: where the year's 耕地地力保护补贴 stands — each county's money split 中央 / 自治区, what it has paid split the same way,
// the 支付率, and the wheat area paid for, as of 2025-10-15. The release is prose (a total, then one sentence per county); set out here as the
// table it reads as: money sent and money paid under two merged headings, the 合计 first as the release gives it.
export const layout: CorpusLayout = {
  id: "kizilsu-2025-farmland-subsidy-payment",
  source: {
    title: "克州2025年耕地地力保护补贴资金项目当前执行情况（表据正文拟）",
    url: "https://www.xjkz.gov.cn/xjkz/c102048/202510/86bf3a8a58bf451e940f6e5f30da7f92.shtml",
    publisher: "克州农业农村局",
    date: "2025-10-20",
    changes:
      "As published: the title, the as-of date (截止2025年10月15日), the four counties in order (阿图什市, 阿克陶县, 阿合奇县, 乌恰县) and, for the whole and each, " +
      "the money with 中央资金 / 自治区资金, what has been paid with the same split, and the wheat area paid for; a 支付率 for the whole (95.97%). The table " +
      "form, the headings and a 支付率 for each county are ours, and every figure is ours. Planted: 阿克陶县 paid 1,470.00 of its 1,408.00 自治区资金 " +
      "(its total paid, 6,170.00, is within its 6,210.00); 阿图什市's 支付率 written 92.48% where 3,318.60 / 3,520.00 = 94.28%.",
  },
  classes: ["execution", "allocation-and-payout", "by-county", "money-by-level", "merged-header-over-three", "two-header-rows", "row-total-column", "total-row-first", "area-column", "as-of-in-caption", "mid-year", "rates-as-text", "table-from-prose", "wanyuan-caption", "xinjiang"],
  settings: { asOf: "2025-10-15" },
  sheets: [
    {
      name: "执行情况",
      widths: [12, 12, 12, 12, 12, 12, 12, 10, 16],
      rows: [
        ["克州2025年耕地地力保护补贴资金项目当前执行情况", null, null, null, null, null, null, null, null],
        ["截止2025年10月15日", null, null, null, null, null, null, "单位：万元、万亩", null],
        ["县（市）", "补贴资金", null, null, "已支付补贴资金", null, null, "资金支付率", "已发放小麦补贴面积"],
        [null, "合计", "中央资金", "自治区资金", "合计", "中央资金", "自治区资金", null, null],
        ["合计", 10260, 8476, 1784, 10009.65, 8165.15, 1844.5, "97.56%", 45.86],
        ["阿图什市", 3520, 3236, 284, 3318.6, 3034.6, 284, "92.48%", 15.12],
        ["阿克陶县", 6210, 4802, 1408, 6170, 4700, 1470, "99.36%", 27.05],
        ["阿合奇县", 172, 142, 30, 171.2, 141.2, 30, "99.53%", 0.74],
        ["乌恰县", 358, 296, 62, 349.85, 289.35, 60.5, "97.72%", 2.95],
      ],
      merges: ["A1:I1", "A2:G2", "H2:I2", "A3:A4", "B3:D3", "E3:G3", "H3:H4", "I3:I4"],
      numberFormats: { "B5:G9": "#,##0.00", "I5:I9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: {
          A: "line",
          B: "adjustedBudget",
          C: "adjustedBudget:中央资金",
          D: "adjustedBudget:自治区资金",
          E: "actual",
          F: "actual:中央资金",
          G: "actual:自治区资金",
          H: "rate",
        },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "G7", why: "阿克陶县 paid 1,470.00 of its 自治区资金 against 1,408.00 sent: 62.00万元 over (its 中央 4,700.00 of 4,802.00 and total 6,170.00 of 6,210.00 are within)" },
      { rule: "execution.rate-mismatch", cell: "H6", why: "阿图什市 3,318.60 / 3,520.00 = 94.28%, stated 92.48%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 10,260 = 3,520 + 6,210 + 172 + 358, and = 中央 8,476 + 自治区 1,784" },
      { rule: "execution.total-mismatch", cell: "E5", why: "已支付 10,009.65 = 3,318.60 + 6,170.00 + 171.20 + 349.85 = 8,165.15 + 1,844.50" },
      { rule: "execution.total-mismatch", cell: "G5", why: "自治区 paid 1,844.50 = 284 + 1,470 + 30 + 60.50" },
      { rule: "execution.total-mismatch", cell: "E7", why: "阿克陶县 6,170.00 = 4,700.00 + 1,470.00; 6,210 = 4,802 + 1,408" },
      { rule: "execution.overspent", cell: "G5", why: "the 合计 row's 自治区 1,844.50 above 1,784 is 阿克陶县's excess carried up; the line carries the finding" },
      { rule: "execution.overspent", cell: "E7", why: "阿克陶县's total paid 6,170.00 is within its 6,210.00" },
      { rule: "execution.rate-mismatch", cell: "H5", why: "10,009.65 / 10,260 = 97.56%" },
      { rule: "execution.behind-schedule", why: "as of 10-15 (about 79% of the year) every county has paid above 94%" },
      { rule: "execution.total-mismatch", cell: "I5", why: "已发放小麦补贴面积 is an area in 万亩 (45.86 = 15.12 + 27.05 + 0.74 + 2.95), no money" },
    ],
  },
};
