import type { CorpusLayout } from "../types";

// 拉萨市发展和改革委员会 2021-09-09: 拉萨市重点项目建设工作情况 — 83 key projects, 845.08亿元 in all, 235.88亿元 planned for 2021, 77.92亿元
// done in 1-7月 (33%), split into 57 续建 and 26 新建 with their own plan and completion, and 开复工 counts to the end of August.
// Laid out as the progress table the report summarises: 项目类别 | 项目个数 | 总投资 | 2021年计划投资 | 1-7月累计完成投资 | 占年度计划 |
// 已开复工 | 开复工率, 合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "lhasa-2021-key-projects-july-investment-progress",
  source: {
    title: "拉萨市重点项目建设工作情况（一、总体情况；进度表据正文拟）",
    url: "https://fgw.lasa.gov.cn/fgw/c100514/202109/cdf6a9ea4387498f8221af90155c96d4.shtml",
    publisher: "拉萨市发展和改革委员会",
    date: "2021-09-09",
    changes:
      "As published: the counts (83 = 57 + 26; 71 开复工 = 57 + 14), 总投资 (845.08 = 504.47 + 340.61), 2021年计划投资 (235.88 = 167.18 + 68.70), " +
      "1-7月完成投资 (77.92 = 62.59 + 15.33), 占年度计划 33% and 开复工率 86% / 54%. Ours: the table form, the 续建 rate (37%, computed) and the 续建 " +
      "开复工率 100% (all 57 reopened, as the page says). Planted: the 新建 share written 25% where 15.33 / 68.70 = 22.3%.",
  },
  classes: ["execution", "investment-progress", "total-row-first", "count-columns", "second-rate-column-not-execution", "rates-as-text", "whole-percent-rates", "yiyuan", "two-decimal-yiyuan", "as-of-in-heading", "table-from-prose", "city-key-projects", "xizang"],
  settings: { district: "拉萨市", asOf: "2021-07-31" },
  sheets: [
    {
      name: "重点项目",
      widths: [12, 10, 10, 14, 16, 12, 12, 10],
      rows: [
        ["拉萨市2021年重点项目建设推进情况表", null, null, null, null, null, null, null],
        ["单位：个、亿元", null, null, null, null, null, null, null],
        ["项目类别", "项目个数", "总投资", "2021年计划投资", "1-7月累计完成投资", "占年度计划", "已开复工（截至8月底）", "开复工率"],
        ["合计", 83, 845.08, 235.88, 77.92, "33%", 71, "86%"],
        ["续建项目", 57, 504.47, 167.18, 62.59, "37%", 57, "100%"],
        ["新建项目", 26, 340.61, 68.70, 15.33, "25%", 14, "54%"],
        ["注：12个未开工项目中，3个项目国家资金已到位，正在办理招投标、环评等前期手续。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A7:H7"],
      numberFormats: { "C4:E6": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "重点项目",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F6", why: "新建 written 25%; 15.33 / 68.70 = 22.31%, 22% at whole precision" },
      { rule: "execution.behind-schedule", cell: "F5", why: "续建 62.59 / 167.18 = 37.4% against time progress 212/365 = 58.1% on 7-31: 20.7 points behind" },
      { rule: "execution.behind-schedule", cell: "F6", why: "新建 15.33 / 68.70 = 22.3% against 58.1%: 35.8 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "合计 33%: 77.92 / 235.88 = 33.03%" },
      { rule: "execution.rate-mismatch", cell: "H4", why: "开复工率 is 71 / 83 projects (85.5% → 86%), a share of counts, not spending over budget" },
      { rule: "execution.total-mismatch", why: "845.08, 235.88 and 77.92 are the sums of the two lines; the counts agree (83, 71)" },
      { rule: "execution.overspent", why: "no line has done more than planned" },
      { rule: "execution.behind-schedule", cell: "F4", why: "a total row gets no status of its own" },
    ],
  },
};
