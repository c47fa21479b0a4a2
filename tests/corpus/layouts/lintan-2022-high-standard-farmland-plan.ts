import type { CorpusLayout } from "../types";

// 甘南日报 2022-04-13: 临潭县 2022年拟实施高标准农田建设项目 公示 — its annex grid 序号 | 项目名称 | 建设任务（亩） | 涉及村, two projects
// and a 合计. No money column: the plan states the area each project builds (亩均投资约1400元 is in the notice's prose only).
export const layout: CorpusLayout = {
  id: "lintan-2022-high-standard-farmland-plan",
  source: {
    title: "临潭县2022年拟实施高标准农田建设项目情况表（甘南日报公示附件）",
    url: "http://61.178.198.232:91/epaper/gnrb/content/20220413/Articel04005TB.htm",
    publisher: "甘南藏族自治州农业农村局（甘南日报）",
    date: "2022-04-13",
    changes:
      "Layout as published: 附件 line, title, 序号 | 项目名称 | 建设任务（亩） | 涉及村, two projects and a 合计 row; the project names and the villages " +
      "each covers are as printed. The areas are ours (11,800 and 8,200 亩 for the published 12,500 and 7,500; the 合计 20,000 kept). Nothing " +
      "planted: a clean layout (the notice's 4万亩 task for the county is more than this table's 20,000 亩, but that is prose, not the table).",
  },
  classes: ["composition", "project-plan", "area-quantity", "no-money-column", "village-listing-column", "total-at-foot", "annex-line-above-title", "whole-numbers", "county-fund", "clean", "gansu"],
  settings: { district: "临潭县" },
  sheets: [
    {
      name: "项目情况表",
      widths: [8, 44, 16, 40],
      rows: [
        ["附件：", null, null, null],
        ["临潭县2022年拟实施高标准农田建设项目情况表", null, null, null],
        ["序号", "项目名称", "建设任务（亩）", "涉及村"],
        [1, "临潭县2022年流顺镇高标准农田建设项目", 11800, "流顺镇上寨村、宋家庄村、八仁村"],
        [2, "临潭县2022年术布乡、长川乡高标准农田建设项目", 8200, "术布乡扎乍村，长川乡沙巴村、塔那村"],
        ["合计", null, 20000, null],
      ],
      merges: ["A2:D2", "A6:B6"],
    },
  ],
  expect: {
    tables: [
      { sheet: "项目情况表", kind: "composition", headerRow: 3, lastRow: 6, columns: { B: "line", C: "quantity" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "11,800 + 8,200 = 20,000 亩, as stated" },
      { rule: "composition.line-mismatch", why: "no unit amount and no money: nothing to multiply" },
      { rule: "composition.approved-mismatch", why: "no approved budget stated in the workbook" },
      { rule: "input.unreadable-value", cell: "D4", why: "涉及村 lists the villages each project covers: a description, not a figure" },
    ],
  },
};
