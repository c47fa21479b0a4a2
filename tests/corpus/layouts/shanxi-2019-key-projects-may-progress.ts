import type { CorpusLayout } from "../types";

// 山西省重点工程领导组办公室 (as reported 2019-07-12): provincial key projects to the end of May 2019 — the whole first, then by kind
// (产业转型, 传统产业升级, 基础设施) with 项目数, 年度投资计划, 完成投资 and 完成率, measured against five months of twelve.
export const layout: CorpusLayout = {
  id: "shanxi-2019-key-projects-may-progress",
  source: {
    title: "截至5月底 山西省市重点工程完成投资666.2亿元（省重点工程分类完成情况表据正文拟）",
    url: "http://kbm75.com/xy/sx/569187.html",
    publisher: "中国产业经济信息网（转载）",
    date: "2019-07-12",
    changes:
      "As reported: 195 省重点工程建设项目 and their split 133 / 15 / 47 by kind, each with 年度投资计划, 完成投资 and 完成率, the whole stated first. " +
      "The report runs them as sentences; the table (项目类别 | 项目数 | 年度投资计划 | 完成投资 | 完成率, 单位：项、亿元) is laid out from it, " +
      "the 跨市域 cut (the same projects counted again) left out. Figures are ours. Planted: 传统产业升级's rate typed 48.5% (19.8 / 42.6 = 46.5%); " +
      "基础设施 at 31.0%, more than 5 points behind 5/12 = 41.67%.",
  },
  classes: ["execution", "investment-progress", "total-row-first", "qizhong-peers", "count-column", "one-decimal-rate", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report", "provincial-key-projects", "shanxi"],
  settings: { asOf: "2019-05-31", district: "山西省" },
  sheets: [
    {
      name: "完成情况",
      widths: [26, 10, 14, 12, 10],
      rows: [
        ["2019年1—5月省重点工程建设项目完成投资情况", null, null, null, null],
        [null, null, null, null, "单位：项、亿元"],
        ["项目类别", "项目数", "年度投资计划", "完成投资", "完成率"],
        ["省重点工程建设项目", 195, 723.0, 260.0, 0.36],
        ["其中：产业转型项目", 133, 362.0, 141.5, 0.391],
        ["      传统产业升级项目", 15, 42.6, 19.8, 0.485],
        ["      基础设施项目", 47, 318.4, 98.7, 0.31],
        ["注：完成率=完成投资/年度投资计划，数据截至2019年5月底。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "C4:D7": "0.0", "E4:E7": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "完成情况", cell: "E6", why: "传统产业升级项目: 19.8 / 42.6 = 46.48% → 46.5%, typed 48.5%" },
      { rule: "execution.behind-schedule", sheet: "完成情况", cell: "E7", why: "基础设施项目: 98.7 / 318.4 = 31.0% against 5/12 = 41.67% as of 2019-05-31: 10.7 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", sheet: "完成情况", cell: "E5", why: "产业转型项目 39.1%: 2.6 points below 41.67%, within 5" },
      { rule: "execution.behind-schedule", sheet: "完成情况", cell: "E4", why: "the whole (36.0%) is a total row and gets no status of its own" },
      { rule: "execution.total-mismatch", sheet: "完成情况", cell: "C4", why: "723.0 = 362.0 + 42.6 + 318.4" },
      { rule: "execution.total-mismatch", sheet: "完成情况", cell: "D4", why: "260.0 = 141.5 + 19.8 + 98.7" },
      { rule: "execution.rate-mismatch", sheet: "完成情况", cell: "E4", why: "260.0 / 723.0 = 35.96% → 36.0%" },
      { rule: "execution.total-mismatch", sheet: "完成情况", cell: "B4", why: "195 projects = 133 + 15 + 47, a count, never money" },
      { rule: "execution.overspent", why: "no kind has completed more than its plan" },
    ],
  },
};
