import type { CorpusLayout } from "../types";

// 浦江年鉴2022 (发展与改革): the county's 2021 investment plan by group — 省重点, 市重点 and 政府投资 projects, each with its count,
// 总投资, cumulative completion, the year's 计划投资 and 1—12月完成投资 with 完成率. Built from the prose as a progress grid.
export const layout: CorpusLayout = {
  id: "pujiang-2021-investment-plan-progress",
  source: {
    title: "浦江年鉴2022·经济管理·发展与改革（2021年投资项目计划完成情况表据正文拟）",
    url: "https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-Z-330726-2022-001-0101/files/basic-html/page240.html",
    publisher: "浦江县地方志（浦江县发展和改革局供稿）",
    date: "2022",
    changes:
      "Built from the prose (table from prose): the three groups, their project counts (3, 28, 24) and the headings the yearbook uses " +
      "(总投资, 累计完成投资, 年度计划投资, 1—12月完成投资, 完成率) are as published; the grid, the 亿元 caption and the figures are ours " +
      "(the yearbook's groups finished above plan; ours stay under it). Planted: 政府投资项目's 完成率 typed 98.53% (7.52 / 7.79 = 96.53%); " +
      "市重点建设项目 at 93.55% is behind the year's end by 6.45 points.",
  },
  classes: ["execution", "investment-progress", "whole-life-and-year-columns", "count-column", "groups-as-lines", "no-total-row", "year-end", "two-decimal-yiyuan", "yiyuan-caption", "percent-format-rates", "notes-under-table", "table-from-prose", "yearbook", "county-level", "zhejiang"],
  settings: { asOf: "2021-12-31", district: "浦江县" },
  sheets: [
    {
      name: "投资计划",
      widths: [18, 8, 10, 14, 14, 16, 10],
      rows: [
        ["浦江县2021年投资项目计划完成情况", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元"],
        ["项目类别", "项目数（个）", "总投资", "累计完成投资", "2021年计划投资", "1—12月完成投资", "完成率"],
        ["省重点建设项目", 3, 102.8, 28.4, 19.0, 18.42, 0.9695],
        ["市重点建设项目", 28, 300.2, 129.9, 54.9, 51.36, 0.9355],
        ["政府投资项目", 24, 48.6, 15.3, 7.79, 7.52, 0.9853],
        ["注：政府投资项目含部分省、市重点建设项目，各类别不相加。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A7:G7"],
      numberFormats: { "C4:F6": "#,##0.00", "G4:G6": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "投资计划", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", E: "adjustedBudget", F: "actual", G: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "投资计划", cell: "G6", why: "7.52 / 7.79 = 96.53%, stated 98.53%" },
      { rule: "execution.behind-schedule", sheet: "投资计划", cell: "G5", why: "51.36 / 54.90 = 93.55% against 100% time progress at 2021-12-31 (6.45 points behind)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", sheet: "投资计划", cell: "G4", why: "18.42 / 19.00 = 96.95%" },
      { rule: "execution.behind-schedule", sheet: "投资计划", cell: "G4", why: "96.95% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", sheet: "投资计划", cell: "G6", why: "96.53% (the rate as computed) is within 5 points" },
      { rule: "execution.overspent", sheet: "投资计划", why: "the cumulative completion is measured against the whole life's 总投资, never the year's plan" },
      { rule: "execution.total-mismatch", sheet: "投资计划", why: "no total row: the groups overlap, as the note says" },
      { rule: "input.unreadable-value", sheet: "投资计划", cell: "A7", why: "the note under the table is text" },
    ],
  },
};
