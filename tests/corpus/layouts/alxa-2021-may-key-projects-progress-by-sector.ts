import type { CorpusLayout } from "../types";

// 阿拉善盟发展和改革委员会 2021-06-04: 全盟2021年重点建设项目截至5月末进展情况 — 100 key projects, 195亿元 planned for the year; then
// 按行业分, six lines each with its count, 年度计划投资, 开工 count and 开工率, 完成投资 and 完成年计划 share (then 按属地分, left out here).
// Laid out as the progress table the sentences describe, the whole first; the month's progress is 5/12.
export const layout: CorpusLayout = {
  id: "alxa-2021-may-key-projects-progress-by-sector",
  source: {
    title: "全盟2021年重点建设项目截至5月末进展情况（按行业分进展表据正文拟）",
    url: "http://fgw.als.gov.cn/art/2021/6/4/art_1093_371699.html",
    publisher: "阿拉善盟发展和改革委员会",
    date: "2021-06-04",
    changes:
      "As published: 100 重点建设项目 with 195亿元 planned, the six 行业 (农牧林水, 重大产业, 基础设施建设, 生态环境和节能减排, 社会事业和民生, 城镇化建设) " +
      "with their counts (9, 47, 11, 5, 18, 10) and plans (7.2, 135.7, 31.4, 2.8, 7.4, 10.5), and the measures each sentence gives (开工个数, 开工率, " +
      "完成投资, 完成年计划的%). The page runs them as sentences (table-from-prose); the 按属地分 cut and the 续建/新建 split are left out. The 开工 " +
      "counts and the 完成投资 figures are ours. Planted: 社会事业和民生's share typed 46.8% where 3.6 / 7.4 = 48.6%; 基础设施建设 at 25.2%, " +
      "16.5 points behind 5/12 = 41.67%.",
  },
  classes: [
    "execution", "investment-progress", "total-row-first", "count-columns", "start-rate-column", "integer-percent-text", "one-decimal-rate",
    "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "league-key-projects", "inner-mongolia",
  ],
  settings: { asOf: "2021-05-31", district: "阿拉善盟" },
  sheets: [
    {
      name: "按行业分",
      widths: [22, 10, 14, 10, 10, 12, 14],
      rows: [
        ["全盟2021年重点建设项目截至5月末进展情况（按行业分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：个、亿元"],
        ["行业", "项目个数", "年度计划投资", "开工个数", "开工率", "完成投资", "完成年计划"],
        ["全盟合计", 100, 195.0, 80, "80%", 76.4, 0.392],
        ["农牧林水项目", 9, 7.2, 8, "89%", 3.1, 0.431],
        ["重大产业项目", 47, 135.7, 38, "81%", 55.6, 0.41],
        ["基础设施建设项目", 11, 31.4, 7, "64%", 7.9, 0.252],
        ["生态环境和节能减排项目", 5, 2.8, 4, "80%", 1.2, 0.429],
        ["社会事业和民生项目", 18, 7.4, 15, "83%", 3.6, 0.468],
        ["城镇化建设项目", 10, 10.5, 8, "80%", 5.0, 0.476],
        ["注：开工率=开工个数/项目个数；完成年计划=完成投资/年度计划投资。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:G11"],
      numberFormats: { "C4:C10": "0.0", "F4:F10": "0.0", "G4:G10": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "按行业分",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", C: "adjustedBudget", F: "actual", G: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "G9", why: "社会事业和民生: 3.6 / 7.4 = 48.65% → 48.6%, typed 46.8%" },
      { rule: "execution.behind-schedule", cell: "G7", why: "基础设施建设: 7.9 / 31.4 = 25.2% against 5/12 = 41.67% as of 2021-05-31: 16.5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "195.0 = 7.2 + 135.7 + 31.4 + 2.8 + 7.4 + 10.5" },
      { rule: "execution.total-mismatch", cell: "F4", why: "76.4 = 3.1 + 55.6 + 7.9 + 1.2 + 3.6 + 5.0" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "76.4 / 195.0 = 39.18% → 39.2%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "开工率 64% is 7 of 11 projects started, a share of counts, not 完成投资 / 年度计划投资" },
      { rule: "execution.behind-schedule", cell: "E7", why: "开工率 is no spending rate" },
      { rule: "execution.behind-schedule", cell: "G6", why: "重大产业 55.6 / 135.7 = 41.0%, 0.7 points below 41.67%" },
      { rule: "execution.behind-schedule", cell: "G4", why: "全盟合计 39.2% is the total row: no status of its own" },
      { rule: "execution.total-mismatch", cell: "B4", why: "100 = 9 + 47 + 11 + 5 + 18 + 10, a count, never money" },
      { rule: "execution.overspent", why: "no 行业 has completed more than its plan" },
    ],
  },
};
