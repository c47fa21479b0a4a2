import type { CorpusLayout } from "../types";

// 山东省财政厅 (尼山 news, 2021-07-21): in the first half of 2021 the province paid 89.33亿元 of 惠民补贴 in 75 kinds through the
// “一本通” card to 2674.12万 people — the largest six named with their share and people. Set out as a payment summary by kind.
export const layout: CorpusLayout = {
  id: "shandong-2021-h1-huimin-subsidy-one-card",
  source: {
    title: "山东省上半年通过“一本通”发放惠民补贴资金89.33亿元（发放情况表据正文拟）",
    url: "http://bm.nishan.org.cn/home/article_jp/index/id/13433.html",
    publisher: "山东省财政厅（尼山网转载）",
    date: "2021-07-21",
    changes:
      "The report names six kinds with amount (亿元), share of the whole and people reached. The table is ours: 序号 | 补贴项目 | 发放金额（亿元） | " +
      "占比 | 受益人次（万人次）, the six kinds and a line for the other 69, 合计 at the foot; every figure is ours (the lines add up to 88.15亿元, " +
      "the shares computed on it). Planted: 合计 typed 88.51 where the lines add up to 88.15.",
  },
  classes: [
    "composition", "payment-summary", "by-subsidy-kind", "share-column", "people-count-column", "other-as-rest", "yiyuan-unit",
    "two-decimal-yiyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "half-year", "table-from-prose", "news-report",
    "province-fund", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "发放情况",
      widths: [6, 36, 16, 10, 18],
      rows: [
        ["2021年上半年山东省惠民补贴“一本通”发放情况表", null, null, null, null],
        ["序号", "补贴项目", "发放金额（亿元）", "占比", "受益人次（万人次）"],
        [1, "农村最低生活保障资金", 31.84, "36.12%", 948.6],
        [2, "农村特困人员救助供养资金", 12.46, "14.14%", 281.3],
        [3, "困难残疾人生活补贴和重度残疾人护理补贴", 8.72, "9.89%", 705.4],
        [4, "临时救助资金", 6.95, "7.88%", 118.2],
        [5, "农村部分计划生育家庭奖励扶助资金", 4.18, "4.74%", 80.5],
        [6, "农机购置补贴", 2.63, "2.98%", 2.1],
        [7, "其他惠民补贴（69项）", 21.37, "24.24%", 538.0],
        ["合计", null, 88.51, "100.00%", 2674.1],
        ["注：受益人次按补贴项目分别统计，同一人享受多项补贴的分别计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
      numberFormats: { "C3:C10": "0.00", "E3:E10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "发放情况",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "amount" },
        year: 2021,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C10",
        why: "合计 88.51亿元; 31.84 + 12.46 + 8.72 + 6.95 + 4.18 + 2.63 + 21.37 = 88.15 (0.36亿元 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "受益人次 948.6 + 281.3 + 705.4 + 118.2 + 80.5 + 2.1 + 538.0 = 2,674.1, and people are never added into money" },
      { rule: "composition.total-mismatch", cell: "D10", why: "the shares are of the whole (36.12 + … + 24.24 = 99.99%, shown 100.00%): rounding, not a total" },
      { rule: "composition.line-mismatch", cell: "C3", why: "受益人次 is no quantity the amount is a unit price of" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
