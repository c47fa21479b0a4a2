import type { CorpusLayout } from "../types";

// 山西省重点工程领导组办公室 2018-12: 1至11月 the province's key construction projects completed 797.8亿元, 88% of the year's plan; the
// 11 cities' own key projects 1,699.2亿元 (114.3%), 2,497亿元 (104.3%) for both levels. Reported as prose; built here as the progress
// table by kind of project (产业转型 / 传统产业升级 / 基础设施), the cities' figures left in the note under it as the report gives them.
export const layout: CorpusLayout = {
  id: "shanxi-2018-provincial-key-projects-jan-nov-progress",
  source: {
    title: "截至11月底省市两级重点工程建设项目完成投资2497亿元（1-11月省重点工程建设项目投资完成情况表据报道拟）",
    url: "http://shanxi.chinagdp.org/tzsx/201812/850.html",
    publisher: "山西省重点工程领导组办公室（通报，网络转载）",
    date: "2018-12",
    changes:
      "As published: 省重点工程建设项目 797.8亿元 at 88%, the 212 projects (41 new, 171 continued), and the note's city and two-level " +
      "figures (1,699.2亿元 at 114.3%, 2,497亿元 at 104.3%); the year's plan 906.6 is 797.8 / 88%. The report gives no split by kind: the " +
      "three kinds' counts, plans and completions are ours, adding up to the published whole (no grid was found, the table is built from " +
      "the prose). Planted: 基础设施项目's rate typed 98.5% where 386.1 / 412.8 = 93.5%; 产业转型项目 at 82.2%, more than 5 points behind " +
      "11/12 = 91.67% as of 2018-11-30.",
  },
  classes: [
    "execution", "investment-progress", "total-row-first", "count-column", "one-decimal-yiyuan", "one-decimal-rates", "yiyuan-caption",
    "as-of-in-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "shanxi",
  ],
  settings: { asOf: "2018-11-30", district: "山西省" },
  sheets: [
    {
      name: "完成情况",
      widths: [8, 24, 12, 14, 16, 10],
      rows: [
        ["2018年1-11月省重点工程建设项目投资完成情况", null, null, null, null, null],
        ["截至2018年11月底", null, null, null, null, "单位：亿元"],
        ["序号", "项目类别", "项目数（项）", "年度投资计划", "1-11月完成投资", "完成率"],
        ["合计", null, 212, 906.6, 797.8, 0.88],
        ["一", "产业转型项目", 133, 452.3, 371.6, 0.822],
        ["二", "传统产业升级项目", 18, 41.5, 40.1, 0.966],
        ["三", "基础设施项目", 61, 412.8, 386.1, 0.985],
        ["注：11个市市级重点工程建设项目1-11月完成投资1699.2亿元，完成率114.3%；省市两级重点工程合计完成投资2497亿元，完成率104.3%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:B2", "A4:B4", "A8:F8"],
      numberFormats: { "D4:E7": "0.0", "F4:F7": "0.0%" },
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
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F7", why: "基础设施项目: 386.1 / 412.8 = 93.5%, typed 98.5%" },
      { rule: "execution.behind-schedule", cell: "F5", why: "产业转型项目: 371.6 / 452.3 = 82.2% against 11/12 = 91.67% as of 2018-11-30: 9.5 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "797.8 / 906.6 = 88.0%" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "371.6 / 452.3 = 82.2%" },
      { rule: "execution.rate-mismatch", cell: "F6", why: "40.1 / 41.5 = 96.6%" },
      { rule: "execution.total-mismatch", cell: "D4", why: "452.3 + 41.5 + 412.8 = 906.6" },
      { rule: "execution.total-mismatch", cell: "E4", why: "371.6 + 40.1 + 386.1 = 797.8" },
      { rule: "execution.behind-schedule", cell: "F4", why: "the 合计 is a total row (and 88.0% is 3.7 points behind, within 5)" },
      { rule: "execution.behind-schedule", cell: "F7", why: "基础设施项目 is at 93.5% (whatever is typed), above 91.67%" },
      { rule: "execution.overspent", why: "no line is above its plan; the cities' 114.3% is in the note, no line of the table" },
      { rule: "execution.total-mismatch", cell: "C4", why: "133 + 18 + 61 = 212 projects: a count, and it adds up" },
    ],
  },
};
