import type { CorpusLayout } from "../types";

// 锡盟林业局 2017-08-08: the region's 2017 plan for phase two of 京津风沙源治理 — 2.759亿元 over 12 旗县市区, 1.9958亿 中央预算内投资
// and 0.7632亿 地方配套, by task: 林业, 草原, 水利, 易地扶贫搬迁 and a 200万元 管理费, each with its works. Laid out as the plan table:
// 序号 | 建设任务 | 主要建设内容 | 总投资 | 其中 (中央预算内投资 | 地方配套), 合计 first, a note under it.
export const layout: CorpusLayout = {
  id: "xilingol-2017-sandstorm-source-control-investment-plan",
  source: {
    title: "自治区发改委等四部门下达我盟京津风沙源治理二期工程2017年投资计划（投资计划表据正文拟）",
    url: "http://bjtcljj.com/html/.linyedongtaimengneiyaowen201708t20170808_1847067.html",
    publisher: "锡林郭勒盟林业局",
    date: "2017-08-08",
    changes:
      "As published: the plan's five tasks and their works (工程造林7.35万亩 … 搬迁人口420人), 12 旗县市区, completion in 2018, and the " +
      "totals 2.759亿元 = 中央预算内投资 1.9958亿 + 地方配套 0.7632亿. No table is shown: the plan table is built from the prose, in 万元, " +
      "each task's figures ours (the published 水利 line does not add up: 0.658 + 0.2252 ≠ 0.691), the 总投资 total kept. Planted: the 合计 " +
      "row's 中央预算内投资 typed 19,958 (the published total) where the tasks' own central money adds up to 20,005.",
  },
  classes: [
    "composition", "total-investment-and-sources", "qizhong-merged-heading", "total-row-first", "works-text-column", "dash-for-nothing",
    "whole-wanyuan", "wanyuan-caption", "tasks-as-lines", "chinese-numbered-lines", "notes-under-table", "table-from-prose", "league-fund", "neimenggu",
  ],
  settings: { district: "锡林郭勒盟" },
  sheets: [
    {
      name: "投资计划",
      widths: [6, 16, 60, 12, 16, 12],
      rows: [
        ["锡林郭勒盟京津风沙源治理二期工程2017年中央预算内投资计划表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "建设任务", "主要建设内容", "总投资", "其中", null],
        [null, null, null, null, "中央预算内投资", "地方配套"],
        [null, "合计", null, 27590, 19958, 7585],
        ["一", "林业任务", "工程造林7.35万亩，封山（沙）育6.7万亩，飞播造林12.5万亩，重点地区沙化土地治理（工程固沙）3万亩", 10120, 7460, 2660],
        ["二", "草原任务", "围栏封育100万亩，人工饲草基地5万亩，草种基地0.2万亩，暖棚28.6万平方米，青贮窖2万立方米，贮草棚4万平方米", 9540, 7380, 2160],
        ["三", "水利任务", "水源工程755处，节水灌溉115处，小流域综合治理64平方公里", 6880, 4710, 2170],
        ["四", "易地扶贫搬迁", "搬迁人口420人", 850, 255, 595],
        ["五", "管理费", null, 200, 200, "—"],
        ["注：项目涉及全盟12个旗县市区，计划于2018年实施完成。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A11:F11"],
      numberFormats: { "D5:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "amount", E: "amount:中央预算内投资", F: "amount:地方配套" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E5", why: "合计 中央预算内投资 19,958 against the tasks' 7,460 + 7,380 + 4,710 + 255 + 200 = 20,005: 47万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "总投资 27,590 = 10,120 + 9,540 + 6,880 + 850 + 200; across the row it agrees with 20,005 + 7,585, so the slip is reported once, at E5" },
      { rule: "composition.total-mismatch", cell: "F5", why: "地方配套 2,660 + 2,160 + 2,170 + 595 = 7,585, the dash adding nothing" },
      { rule: "composition.total-mismatch", cell: "D8", why: "水利任务 6,880 = 4,710 + 2,170" },
      { rule: "composition.total-mismatch", cell: "D10", why: "管理费 200 = 200 + —" },
      { rule: "composition.line-mismatch", why: "the works (7.35万亩, 755处) are text describing each task, no quantity × unit" },
      { rule: "input.unreadable-value", cell: "F10", why: "— means no local money" },
    ],
  },
};
