import type { CorpusLayout } from "../types";

// 海南省发展改革委 2020-05: the year's 105 省重点项目 (总投资3772亿元, 年度计划投资677亿元) had done 180亿元, 27%, by 5月10日; by stage
// 竣工 / 续建 / 新开工 (22 / 63 / 20 projects, 年度计划 160 / 372 / 145亿元) at 38% / 27% / 14%. Laid out as the monthly 进展情况表
// the bureau publishes: stage, count, whole investment, the year's plan, done so far, the share of the plan, and time progress.
export const layout: CorpusLayout = {
  id: "hainan-2020-may-key-projects-investment-progress",
  source: {
    title: "海南重点项目今年累计投资180亿 新开工项目11个（2020年省重点项目5月份进展情况表据报道拟）",
    url: "http://m.zx3q.com/newsview40648.html",
    publisher: "海南省发展和改革委员会（转载报道）",
    date: "2020-05",
    changes:
      "As reported: the as-of date (截至5月10日), the 105 projects in three stages with their counts, 总投资 (718 / 2515 / 539亿元) and 年度计划投资 " +
      "(160 / 372 / 145亿元), the whole (3772 / 677亿元). The report gives rates only (38% / 27% / 14%, 27% in all): the table's layout " +
      "(项目阶段 | 项目个数 | 总投资 | 年度计划投资 | 截至5月10日完成投资 | 年度计划完成率 | 序时进度, 单位：亿元), the sums done and the rates are ours. " +
      "Planted: 续建项目's rate written 28.50% where 98.58 / 372 = 26.50%; 续建 and 新开工 far behind May's 41.67%.",
  },
  classes: [
    "execution", "investment-progress", "by-stage", "count-column", "whole-investment-beside-year-plan", "time-progress-column",
    "as-of-in-caption", "two-decimal-rates", "two-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table",
    "table-from-prose", "news-report", "province-level", "hainan",
  ],
  settings: { district: "海南省", asOf: "2020-05-10" },
  sheets: [
    {
      name: "进展情况",
      widths: [14, 12, 12, 14, 18, 16, 12],
      rows: [
        ["2020年省重点项目投资完成情况表", null, null, null, null, null, null],
        ["（截至2020年5月10日）", null, null, null, null, null, "单位：亿元"],
        ["项目阶段", "项目个数（个）", "总投资", "年度计划投资", "截至5月10日完成投资", "年度计划完成率", "序时进度"],
        ["竣工项目", 22, 718, 160, 62.4, 0.39, 0.4167],
        ["续建项目", 63, 2515, 372, 98.58, 0.285, 0.4167],
        ["新开工项目", 20, 539, 145, 20.3, 0.14, 0.4167],
        ["合计", 105, 3772, 677, 181.28, 0.2678, 0.4167],
        ["注：另安排预备项目29个，总投资648亿元，不列入年度计划考核。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A8:G8"],
      numberFormats: { "C4:E7": "0.00", "F4:G7": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "进展情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", D: "adjustedBudget", E: "actual", F: "rate", G: "progress" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F5", why: "续建项目: 98.58 / 372.00 = 26.50%, written 28.50%" },
      { rule: "execution.behind-schedule", cell: "F5", why: "续建项目 26.50% of the year's plan as of 2020-05-10, time progress 5/12 = 41.67%: 15.17 points behind" },
      { rule: "execution.behind-schedule", cell: "F6", why: "新开工项目 20.30 / 145.00 = 14.00% against 41.67%: 27.67 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F4", why: "竣工项目 62.40 / 160.00 = 39.00%: 2.67 points behind 41.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "F7", why: "合计 gets no status of its own; its lines carry it" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "181.28 / 677.00 = 26.78%" },
      { rule: "execution.total-mismatch", cell: "E7", why: "62.40 + 98.58 + 20.30 = 181.28" },
      { rule: "execution.total-mismatch", cell: "D7", why: "160 + 372 + 145 = 677" },
      { rule: "execution.total-mismatch", cell: "C7", why: "718 + 2515 + 539 = 3772" },
      { rule: "execution.total-mismatch", cell: "B7", why: "22 + 63 + 20 = 105 projects, a count" },
      { rule: "execution.no-spending", why: "every stage has done some of its plan" },
      { rule: "execution.overspent", why: "no stage above its year's plan; 总投资 is the projects' whole life, not the year's budget" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
