import type { CorpusLayout } from "../types";

// 海南日报 2013-09-11: 儋州市发改委's 通报 on the city's key projects to the end of August — 62 started (开工率 83.8%), 48.4亿元 invested,
// 竣工项目 at 54.2% of the year's plan. Laid out as the 通报's 分阶段 progress table: 项目个数 | 已开工 | 年度计划投资 | 1-8月完成投资 |
// 完成年度计划, 合计 at the foot, in 亿元.
export const layout: CorpusLayout = {
  id: "danzhou-2013-aug-key-projects-progress-by-stage",
  source: {
    title: "海南儋州重点项目前8个月完成投资48.4亿元（重点项目分阶段进展表据报道拟）",
    url: "http://district.ce.cn/newarea/roll/201309/11/t20130911_1469044.shtml",
    publisher: "海南日报（儋州市发改委通报）",
    date: "2013-09-11",
    changes:
      "Built from the report's prose (said so in the title): 74 projects, 62 started (83.8%), 48.4亿元 invested in 1-8月 and 竣工项目 at 54.2% of plan " +
      "are as reported; the split into 续建 / 新开工 and every plan and figure beside them are ours (the 竣工 line 5.20 of 9.60 keeps the 54.2%). " +
      "Planted: 续建项目's share typed 65.20% where 33.00 / 52.80 = 62.50%; 竣工 (54.17%) and 新开工 (34.00%) are behind the 66.67% of August.",
  },
  classes: ["execution", "investment-progress", "by-project-stage", "count-columns", "started-count-column", "yiyuan-caption", "two-decimal-yiyuan", "rates-as-text", "time-progress-by-month", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-key-projects", "hainan"],
  sheets: [
    {
      name: "分阶段进展",
      widths: [16, 10, 10, 14, 14, 14],
      rows: [
        ["儋州市2013年重点项目1-8月建设进展情况表", null, null, null, null, null],
        ["单位：个、亿元", null, null, null, null, null],
        ["项目类别", "项目个数", "已开工个数", "年度计划投资", "1-8月完成投资", "完成年度计划"],
        ["竣工项目", 12, 12, 9.6, 5.2, "54.2%"],
        ["续建项目", 38, 38, 52.8, 33.0, "65.20%"],
        ["新开工项目", 24, 12, 30.0, 10.2, "34.00%"],
        ["合计", 74, 62, 92.4, 48.4, "52.38%"],
        ["注：开工率83.8%；8月份完成序时进度的项目17个，其中产业项目13个。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A8:F8"],
      numberFormats: { "D4:E7": "0.00" },
    },
  ],
  settings: { asOf: "2013-08-31", district: "儋州市" },
  expect: {
    tables: [
      { sheet: "分阶段进展", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, year: 2013, columns: { A: "line", D: "adjustedBudget", E: "actual", F: "rate" } },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F5", why: "续建项目: 65.20% typed where 33.00 / 52.80 = 62.50%" },
      { rule: "execution.behind-schedule", cell: "F4", why: "竣工项目 5.20 / 9.60 = 54.17% against 8/12 = 66.67% by 2013-08-31: 12.50 points behind" },
      { rule: "execution.behind-schedule", cell: "F6", why: "新开工项目 10.20 / 30.00 = 34.00% against 66.67%: 32.67 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F5", why: "续建 at its true 62.50% is 4.17 points under 66.67% — within 5" },
      { rule: "execution.behind-schedule", cell: "F7", why: "a 合计 row gets no status of its own" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "54.2% at one decimal agrees with 5.20 / 9.60 = 54.17%" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "48.40 / 92.40 = 52.38%" },
      { rule: "execution.total-mismatch", cell: "D7", why: "9.60 + 52.80 + 30.00 = 92.40" },
      { rule: "execution.total-mismatch", cell: "E7", why: "5.20 + 33.00 + 10.20 = 48.40" },
      { rule: "execution.total-mismatch", cell: "B7", why: "项目个数 12 + 38 + 24 = 74 (counts)" },
      { rule: "execution.no-spending", why: "every stage has invested something" },
    ],
  },
};
