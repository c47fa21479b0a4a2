import type { CorpusLayout } from "../types";

// 福建省财政厅 2020-06: the 28 为民办实事 projects' provincial money released by the end of May (下达进度; 137.1亿元 of 146.93亿元,
// 93.3% of the year-start plan). Reported as prose by 福建日报; built here as the progress table, ten projects excerpted.
export const layout: CorpusLayout = {
  id: "fujian-2020-people-projects-fund-release-progress",
  source: {
    title: "福建省2020年为民办实事项目资金下达进度实现“两个过半”— 为民办实事项目省级资金下达进度表（截至5月底；摘录；表据报道拟）",
    url: "http://m.dddjmc.com/news/fujian/gcdt/2020-06-04/2391677.html",
    publisher: "福建省财政厅（台海网转福建日报）",
    date: "2020-06-04",
    changes:
      "As published: the as-of (截至5月底), the wording (省级财政（含中央）承担, 下达, 完成年初计划, 下达进度) and the five projects named as fully " +
      "released (实施就业优先工程、提升城市供水水质、建设普惠性幼儿园、实施保障性安居工程、实施“四好农村路”). The report is prose; the table, " +
      "the other five projects and all figures are ours (ten of the 28; the published 146.93 / 137.1亿元 are not kept). Planted: 困难群众救助 " +
      "released 34.00% by 31 May (time progress 152/366 = 41.53%); 老旧小区改造 nothing released.",
  },
  classes: [
    "execution", "release-progress", "year-start-plan", "as-of-in-title", "rates-as-numbers", "two-decimal-rates", "whole-wanyuan",
    "wanyuan-caption", "total-at-foot", "notes-under-table", "excerpt", "table-from-prose", "news-report", "province-fund", "fujian",
  ],
  sheets: [
    {
      name: "下达进度",
      widths: [6, 30, 20, 14, 14],
      rows: [
        ["2020年为民办实事项目省级资金下达进度表（截至5月底）", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "项目", "省级（含中央）年初计划", "已下达", "下达进度（%）"],
        [1, "实施就业优先工程", 52000, 52000, 100],
        [2, "提升城市供水水质", 18500, 18500, 100],
        [3, "建设普惠性幼儿园", 21000, 21000, 100],
        [4, "实施保障性安居工程", 86000, 86000, 100],
        [5, "实施“四好农村路”", 120000, 120000, 100],
        [6, "推进农村生活污水治理", 34000, 20400, 60],
        [7, "提高城乡居民基本医疗保险财政补助标准", 260000, 218400, 84],
        [8, "加强困难群众救助", 45000, 15300, 34],
        [9, "实施城镇老旧小区改造", 28000, 0, 0],
        [10, "提高残疾人两项补贴标准", 12600, 8190, 65],
        ["合计", null, 677100, 559790, 82.67],
        ["注：本表摘录28个项目中的10个；下达进度=已下达/年初计划。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:B14", "A15:E15"],
      numberFormats: { "C4:D14": "#,##0", "E4:E14": "0.00" },
    },
  ],
  settings: { asOf: "2020-05-31" },
  expect: {
    tables: [
      {
        sheet: "下达进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "initialBudget", D: "actual", E: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E11", why: "加强困难群众救助 15,300 / 45,000 = 34.00% by 31 May, time progress 152/366 = 41.53%: 7.53 points behind (more than 5)" },
      { rule: "execution.no-spending", cell: "D12", why: "实施城镇老旧小区改造: 0 of 28,000 released by 31 May" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E14", why: "the 合计 row gets no status of its own (82.67% is ahead anyway)" },
      { rule: "execution.behind-schedule", cell: "E9", why: "60.00% is ahead of 41.53%" },
      { rule: "execution.total-mismatch", why: "the ten lines add to 677,100 and 559,790 as the 合计 states" },
      { rule: "execution.rate-mismatch", why: "every stated rate is its ratio (559,790 / 677,100 = 82.67%)" },
      { rule: "execution.overspent", why: "no line released more than its plan; 100% is not over" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
