import type { CorpusLayout } from "../types";

// 贵州省发展改革委 (reported 9月12日): the province's 重大工程项目 to the end of August — 年度计划投资 | 1—8月完成投资 | 占年度计划 for the whole,
// then two cuts of it, by 项目阶段 (收尾 / 续建 / 新建 / 预备) and by 领域 (基础设施 / 产业发展 / 民生工程), each cut adding up to the whole.
export const layout: CorpusLayout = {
  id: "guizhou-jan-aug-major-projects-investment-progress",
  source: {
    title: "贵州省重大工程项目1—8月完成投资情况（分阶段、分领域完成投资表据报道拟）",
    url: "http://m.56ygame.com/ProjectNewsInfoDetails_pid_27347.html",
    publisher: "贵州省发展和改革委员会",
    changes:
      "The page is prose with charts; the table is ours (表据报道拟) with the report's rows: the whole (3357个项目), four stages, three fields, each with " +
      "its year plan, money done 1—8月 and share. Ours: every figure (7,282.00 planned, 4,993.40 done) — the report gives shares, not plans. Planted: " +
      "收尾项目's share typed 76.4% where 641.50 / 860.00 = 74.6%; 新建 (58.8%) and 预备 (51.1%) are more than 5 points behind August's 66.67%.",
  },
  classes: ["execution", "investment-progress", "overlapping-cuts", "section-rows", "total-row-first", "rates-as-text", "one-decimal-rate", "two-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "time-progress-by-month", "notes-under-table", "table-from-prose", "province-level", "guizhou"],
  settings: { district: "贵州省", asOf: "2020-08-31" },
  sheets: [
    {
      name: "完成投资",
      widths: [6, 26, 14, 16, 12],
      rows: [
        ["贵州省重大工程项目1—8月完成投资情况（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目类别", "年度计划投资", "1—8月完成投资", "占年度计划"],
        ["一", "全省省重大工程项目（3357个）", 7282, 4993.4, "68.6%"],
        ["二", "按项目阶段分", null, null, null],
        [1, "收尾项目", 860, 641.5, "76.4%"],
        [2, "续建项目", 4270, 3105.2, "72.7%"],
        [3, "新建项目", 1905, 1120.4, "58.8%"],
        [4, "预备项目", 247, 126.3, "51.1%"],
        ["三", "按领域分", null, null, null],
        [1, "重大基础设施项目", 2085, 1311.6, "62.9%"],
        [2, "重大产业发展项目", 4240, 3087.6, "72.8%"],
        [3, "重大民生工程项目", 957, 594.2, "62.1%"],
        ["注：项目阶段与领域为两种分类，各自合计均为全省数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:E14"],
      numberFormats: { "C4:D13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "完成投资", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" } },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "收尾项目 641.50 / 860.00 = 74.59% → 74.6%, typed 76.4%" },
      { rule: "execution.behind-schedule", cell: "E8", why: "新建项目 1,120.40 / 1,905.00 = 58.8% against 8/12 = 66.67%: 7.9 points behind" },
      { rule: "execution.behind-schedule", cell: "E9", why: "预备项目 126.30 / 247.00 = 51.1% against 66.67%: 15.5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "each cut adds up to the whole on its own: 860 + 4,270 + 1,905 + 247 = 7,282 = 2,085 + 4,240 + 957; the two cuts are not one sum" },
      { rule: "execution.total-mismatch", cell: "D4", why: "641.50 + 3,105.20 + 1,120.40 + 126.30 = 4,993.40 = 1,311.60 + 3,087.60 + 594.20" },
      { rule: "execution.behind-schedule", cell: "E11", why: "基础设施 62.9% is 3.8 points behind 66.67%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "E13", why: "民生工程 594.20 / 957.00 = 62.1%, 4.6 points behind: within tolerance" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "4,993.40 / 7,282.00 = 68.57% → 68.6%" },
      { rule: "execution.behind-schedule", cell: "E4", why: "the whole is a total row, and 68.6% is ahead of 66.67% in any case" },
      { rule: "execution.no-spending", cell: "B5", why: "按项目阶段分 is a section row with no figures" },
    ],
  },
};
