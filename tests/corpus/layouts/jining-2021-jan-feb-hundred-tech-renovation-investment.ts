import type { CorpusLayout } from "../types";

// 济宁市工信局 (大众网 2021): 百项技改项目 — 总投资491.6亿元, 2021年计划投资180.9亿元, 1-2月 91 begun, 完成投资21.62亿元, 投资完成率11.95%;
// the 13 projects over 10亿元 4.64亿元 (10.39%). Laid out as the bureau's progress table by 县（市、区）: 项目个数 | 总投资 | 2021年计划投资 |
// 1-2月完成投资 | 投资完成率, 合计 first, in 亿元, the 13 key projects in the note.
export const layout: CorpusLayout = {
  id: "jining-2021-jan-feb-hundred-tech-renovation-investment",
  source: {
    title: "技改赋能，助推济宁市工业经济首季开门红（百项技改项目投资完成情况表据正文拟）",
    url: "https://hb.dzwww.com/p/8209615.html",
    publisher: "济宁市工业和信息化局（大众网）",
    date: "2021-03",
    changes:
      "As published (in prose): 百项技改项目总投资491.6亿元, 2021年计划投资180.9亿元, 1-2月份 完成投资21.62亿元, 投资完成率11.95%; 13个投资过10亿元 " +
      "重点技改项目 完成投资4.64亿元, 完成比重10.39% (kept as the note). Laid out as a progress table by 县（市、区）; the split among the twelve " +
      "counties and districts is ours and adds up to the report's totals (100 projects, 491.6, 180.9, 21.62). Planted: 泗水县 0.52 of 6.8 (7.65%) " +
      "against two months' 16.67%; 邹城市's rate typed 13.19 where 3.12 / 25.6 = 12.19%.",
  },
  classes: [
    "execution", "investment-progress", "plan-as-budget", "multi-year-total-beside-plan", "count-column", "total-row-first", "two-decimal-rates",
    "percent-in-header", "one-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "counties-as-lines", "notes-under-table", "table-from-prose",
    "news-report", "city-level", "shandong",
  ],
  settings: { district: "济宁市", asOf: "2021-02-28" },
  sheets: [
    {
      name: "技改项目进度",
      widths: [6, 14, 10, 12, 16, 16, 14],
      rows: [
        ["2021年全市百项技改项目投资完成情况表（1-2月）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：个、亿元"],
        ["序号", "县（市、区）", "项目个数", "总投资", "2021年计划投资", "1-2月完成投资", "投资完成率（%）"],
        ["合计", null, 100, 491.6, 180.9, 21.62, 11.95],
        [1, "任城区", 12, 68.4, 25.8, 3.05, 11.82],
        [2, "兖州区", 10, 52.3, 19.6, 2.31, 11.79],
        [3, "曲阜市", 7, 30.2, 12.4, 1.48, 11.94],
        [4, "邹城市", 11, 61.5, 25.6, 3.12, 13.19],
        [5, "微山县", 6, 24.8, 9.2, 1.16, 12.61],
        [6, "鱼台县", 5, 18.6, 7.1, 0.88, 12.39],
        [7, "金乡县", 8, 33.7, 13.5, 1.63, 12.07],
        [8, "嘉祥县", 7, 29.4, 11.3, 1.41, 12.48],
        [9, "汶上县", 6, 27.1, 10.2, 1.27, 12.45],
        [10, "泗水县", 5, 16.9, 6.8, 0.52, 7.65],
        [11, "梁山县", 8, 36.2, 13.6, 1.71, 12.57],
        [12, "济宁高新区", 15, 92.5, 25.8, 3.08, 11.94],
        ["注：1-2月份已开工项目91个。其中，13个投资过10亿元以上的重点技改项目完成投资4.64亿元，投资完成比重为10.39%。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A4:B4", "A17:G17"],
      numberFormats: { "D4:E16": "0.0", "F4:G16": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "技改项目进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", E: "adjustedBudget", F: "actual", G: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "G14", why: "泗水县 0.52 / 6.8 = 7.65% as of February (2/12 = 16.67%): 9.0 points behind, more than 5" },
      { rule: "execution.rate-mismatch", cell: "G8", why: "邹城市 3.12 / 25.6 = 12.19%, stated 13.19" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "G5", why: "任城区 3.05 / 25.8 = 11.82%: 4.84 points below 16.67%, within the 5-point margin" },
      { rule: "execution.behind-schedule", cell: "G6", why: "兖州区 2.31 / 19.6 = 11.79%: 4.88 points below 16.67%, within the margin" },
      { rule: "execution.behind-schedule", cell: "G4", why: "the 合计 row (11.95%) gets no spending status of its own" },
      { rule: "execution.total-mismatch", cell: "F4", why: "21.62 = 3.05+2.31+1.48+3.12+1.16+0.88+1.63+1.41+1.27+0.52+1.71+3.08" },
      { rule: "execution.total-mismatch", cell: "E4", why: "180.9 = the twelve plans" },
      { rule: "execution.total-mismatch", cell: "D4", why: "491.6 = the twelve 总投资" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "21.62 / 180.9 = 11.95%" },
      { rule: "execution.overspent", cell: "D5", why: "总投资 is the projects' multi-year cost, not a budget the year's investment is measured against" },
      { rule: "execution.behind-schedule", cell: "A17", why: "the 13 key projects' 10.39% sits in the note, not a line of the table" },
      { rule: "input.unreadable-value", cell: "A17", why: "the note under the table" },
    ],
  },
};
