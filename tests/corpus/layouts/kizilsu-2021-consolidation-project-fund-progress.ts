import type { CorpusLayout } from "../types";

// 克孜勒苏柯尔克孜自治州乡村振兴局 2021-10-12: how far the prefecture's 2021 巩固拓展脱贫攻坚成果 projects had spent their money by 9月30日,
// county by county — 到位资金, 核拨资金 and 核拨率, 实际支付资金 and 资金支付率, in 亿元 to two decimals. The notice gives it as prose; laid out as
// the 统计表 behind it: 县（市） | 到位资金 | 核拨资金 | 核拨率 | 实际支付资金 | 资金支付率, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "kizilsu-2021-consolidation-project-fund-progress",
  source: {
    title: "克州2021年巩固拓展脱贫攻坚成果项目建设推进情况（三、资金使用情况；表据正文拟）",
    url: "https://www.xjkz.gov.cn/xjkz/c102066/202111/6015f96df9d9480f923452dfecdefac6.shtml",
    publisher: "克孜勒苏柯尔克孜自治州乡村振兴局",
    date: "2021-10-12",
    changes:
      "As published: the four counties (阿图什市, 阿克陶县, 乌恰县, 阿合奇县) in order, 截至9月30日, and the figures the prose gives: 到位 6.02 / 8.20 / " +
      "1.84 / 1.38亿元, 核拨 5.59 / 7.46 / 1.67 / 1.27 with 核拨率 92.78% / 91.01% / 91.03% / 92.24%, 支付 5.55 / 7.46 / 1.59 / 1.22 with 支付率 " +
      "92.20% / 91.01% / 86.49% / (cut off in the stored copy); the prose's own 累计到位资金17.87亿元 — the four counties add up to 17.44 (17.87 is the " +
      "投资 completed, written again). Ours: the table form, 阿合奇县's 支付率 98.41% (1.22 / 1.38 = 88.41%: planted), and the 合计 row's rates 91.69% " +
      "and 90.71%, as its counties' figures give them (the prose's 91.72% / 90.77% left aside). The slips: 到位资金 合计 17.87 (as published) and 阿合奇县's 支付率.",
  },
  classes: ["execution", "by-county", "two-rates-side-by-side", "allocated-and-paid", "as-of-in-title", "mid-year", "two-decimal-yiyuan", "rates-within-rounding", "yiyuan-caption", "total-at-foot", "table-from-prose", "prefecture", "xinjiang"],
  settings: { asOf: "2021-09-30", district: "克孜勒苏柯尔克孜自治州" },
  sheets: [
    {
      name: "资金使用情况",
      widths: [12, 12, 12, 10, 14, 12],
      rows: [
        ["克州2021年巩固拓展脱贫攻坚成果项目资金使用情况统计表（截至2021年9月30日）", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["县（市）", "到位资金", "核拨资金", "核拨率", "实际支付资金", "资金支付率"],
        ["阿图什市", 6.02, 5.59, 0.9278, 5.55, 0.922],
        ["阿克陶县", 8.2, 7.46, 0.9101, 7.46, 0.9101],
        ["乌恰县", 1.84, 1.67, 0.9103, 1.59, 0.8649],
        ["阿合奇县", 1.38, 1.27, 0.9224, 1.22, 0.9841],
        ["合计", 17.87, 15.99, 0.9169, 15.82, 0.9071],
        ["数据来源：各县（市）报送。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A9:F9"],
      numberFormats: { "B4:C8": "0.00", "E4:E8": "0.00", "D4:D8": "0.00%", "F4:F8": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金使用情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "adjustedBudget", E: "actual", F: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B8", why: "到位资金 合计 17.87; the counties give 6.02 + 8.20 + 1.84 + 1.38 = 17.44: 0.43亿元 apart" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "阿合奇县 支付率 98.41%; 1.22 / 1.38 = 88.41% (88.0%–89.1% within the rounding of two-decimal 亿元)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "5.55 / 6.02 = 92.19%, 92.20% within rounding" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "7.46 / 8.20 = 90.98%; 91.01% lies within 7.455/8.205 – 7.465/8.195 (90.86%–91.09%)" },
      { rule: "execution.rate-mismatch", cell: "F6", why: "1.59 / 1.84 = 86.41%; 86.49% lies within 85.91%–86.92%" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "15.82 / 17.44 = 90.71%: the 合计's rate agrees with the total its counties give; its 到位资金 slip is reported once, at B8" },
      { rule: "execution.total-mismatch", cell: "E8", why: "实际支付 15.82 = 5.55 + 7.46 + 1.59 + 1.22" },
      { rule: "execution.total-mismatch", cell: "C8", why: "核拨 15.99 = 5.59 + 7.46 + 1.67 + 1.27" },
      { rule: "execution.behind-schedule", why: "every county has paid 86%–92% by 9月30日, ahead of the year's 75%" },
      { rule: "execution.overspent", why: "no county paid more than it received" },
      { rule: "register.ineligible-location", why: "阿图什市, 阿克陶县, 乌恰县, 阿合奇县 are the prefecture's own counties" },
    ],
  },
};
