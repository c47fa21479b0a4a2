import type { CorpusLayout } from "../types";

// 观点新媒体 2022-04: 西藏2022年重点建设项目计划投资1404亿 第一批45个已开复工 — 4月1日 the first batch of 45 key projects (147亿元) started or
// restarted: 集中开工 23 (64亿元), 复工 22 (83亿元). Laid out as the 开复工情况表: 类别 | 项目个数 | 总投资 | 备注, 合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "xizang-2022-batch1-key-projects-start-up",
  source: {
    title: "西藏2022年重点建设项目计划投资1404亿 第一批45个已开复工（第一批重点项目集中开复工情况表据报道拟）",
    url: "http://pzjy315.com/m/view.php?aid=7816",
    publisher: "观点新媒体（品质家园转载）",
    date: "2022-04-01",
    changes:
      "As published: the first 2022 batch of 45 key projects, 147亿元 in all — 集中开工 23 projects (64亿元), 复工 22 (83亿元) — over 产业发展、基础设施、生态环保、" +
      "民生社会事业; 七市地 996 sub-projects started in the first quarter, 480亿元 planned for the year. The grid and the 备注 are ours. " +
      "Planted: 复工项目's 总投资 typed 88 (83), so the lines (64 + 88 = 152) miss the 合计 147.",
  },
  classes: ["composition", "projects-by-kind", "count-column", "total-row-first", "whole-yiyuan", "yiyuan-caption", "remark-column", "notes-under-table", "table-from-prose", "news-report", "province-level", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "开复工情况",
      widths: [18, 12, 12, 40],
      rows: [
        ["西藏自治区2022年第一批重点项目集中开复工情况表", null, null, null],
        [null, null, null, "单位：个、亿元"],
        ["类别", "项目个数", "总投资", "备注"],
        ["合计", 45, 147, "涵盖产业发展、基础设施、生态环保、民生社会事业等领域"],
        ["集中开工项目", 23, 64, "2022年4月1日集中开工"],
        ["复工项目", 22, 88, "续建项目复工"],
        ["注：一季度七市地共开工子项目996个，今年计划完成投资480亿元；全区2022年安排重点建设项目181个，年度计划投资1404亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "开复工情况", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", B: "quantity", C: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "总投资 集中开工 64 + 复工 88 = 152, not the 147 stated" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "the counts 23 + 22 = 45, as stated" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count beside each kind's total investment, not a quantity priced per project" },
      { rule: "input.unreadable-value", cell: "A7", why: "the note's 996 sub-projects, 480 and 1404亿元 are other scopes, no rows of the table" },
      { rule: "cap.unknown-policy", why: "projects by kind, not an award list" },
    ],
  },
};
