import type { CorpusLayout } from "../types";

// 广西 贵港市覃塘区: “一事一议”财政奖补屯级道路 under the 生态乡村 road-hardening campaign — 3,413万元 for 251 roads (127公里);
// by 9月17日 3,008万元 done. Laid out as a progress table by town: 项目数, 里程, 计划投资, 已完成投资, 完成率.
export const layout: CorpusLayout = {
  id: "qintang-2017-village-road-one-matter-progress",
  source: {
    title: "覃塘区财政局“一事一议”财政奖补助推村屯道路硬化（进度表据报道拟）",
    url: "http://m.gxcounty.com/show-42-112369-0.html",
    publisher: "广西县域经济网（覃塘区财政局）",
    date: "2017-09",
    changes:
      "As published: the programme (“美丽广西·生态乡村”道路硬化专项活动, “一事一议”财政奖补屯级道路), its totals (3,413万元, 251条, 127公里) and progress as of 9月17日 " +
      "(101公里 done, 246 projects finished, 3,008万元 invested). The page shows no year; we date it 2017, the campaign's year, and set the as-of date 2017-09-17. " +
      "Ours: the table (built from the report: by 乡镇, ten towns of 覃塘区), every town's figures (adding up to the published totals), the rates. " +
      "Planted: 樟木镇 has spent 318 of its 300; 蒙公镇 is at 57.7% with three quarters of the year gone (time progress 9/12 = 75%).",
  },
  classes: ["execution", "progress-by-town", "towns-as-lines", "count-columns", "rate-column", "rates-as-numbers", "whole-wanyuan", "wanyuan-caption", "as-of-in-title", "total-at-foot", "notes-under-table", "table-from-prose", "county-report", "guangxi"],
  settings: { asOf: "2017-09-17", district: "覃塘区" },
  sheets: [
    {
      name: "进度表",
      widths: [6, 12, 12, 14, 12, 14, 12],
      rows: [
        ["覃塘区“一事一议”财政奖补屯级道路建设项目进度表", null, null, null, null, null, null],
        ["（截至9月17日）", null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇（街道）", "项目数（个）", "道路里程（公里）", "计划投资", "已完成投资", "完成率（%）"],
        [1, "覃塘街道", 30, 15.2, 410, 392, 95.6],
        [2, "东龙镇", 28, 14.1, 380, 356, 93.7],
        [3, "三里镇", 26, 13.0, 350, 331, 94.6],
        [4, "黄练镇", 27, 13.6, 365, 340, 93.2],
        [5, "石卡镇", 25, 12.5, 338, 305, 90.2],
        [6, "五里镇", 24, 12.0, 326, 290, 89.0],
        [7, "山北乡", 20, 10.1, 272, 236, 86.8],
        [8, "樟木镇", 23, 11.6, 300, 318, 106.0],
        [9, "蒙公镇", 22, 11.2, 260, 150, 57.7],
        [10, "大岭乡", 26, 13.7, 412, 290, 70.4],
        ["合计", null, 251, 127.0, 3413, 3008, 88.1],
        ["注：屯级道路为“一事一议”财政奖补项目，已完成屯级道路里程101公里，累计完工项目246个。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A14:B14", "A15:G15"],
      numberFormats: { "D4:D14": "0.0", "G4:G14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "进度表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", E: "adjustedBudget", F: "actual", G: "rate" },
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "F11", why: "樟木镇: 318万元 invested against a plan of 300: 18万元 over" },
      { rule: "execution.behind-schedule", cell: "G12", why: "蒙公镇: 150 / 260 = 57.7% as of 2017-09-17, time progress 9/12 = 75%: 17.3 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "G13", why: "大岭乡: 290 / 412 = 70.39%, 4.61 points under 75%: within the 5-point tolerance" },
      { rule: "execution.total-mismatch", cell: "E14", why: "plans add to 3,413, investment to 3,008, projects to 251, 里程 to 127.0 — all as stated" },
      { rule: "execution.rate-mismatch", cell: "G14", why: "3,008 / 3,413 = 88.13% → 88.1, as stated" },
      { rule: "execution.rate-mismatch", cell: "G11", why: "318 / 300 = 106.0%, as stated" },
      { rule: "execution.behind-schedule", cell: "G14", why: "a total row carries no status of its own" },
      { rule: "execution.no-spending", why: "every town has invested something" },
    ],
  },
};
