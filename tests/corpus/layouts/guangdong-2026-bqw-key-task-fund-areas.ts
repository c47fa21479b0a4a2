import type { CorpusLayout } from "../types";

// 南方农村报 2026-01-28, from the 广东 两会 budget hearing: the province's 2026 "百千万工程" 重点任务保障专项资金, 136亿元 set at the year's start,
// 40亿元 of it for 县域产业, the 106亿元 驻镇帮镇扶村 money kept beside it. Laid out as the fund's arrangement by area: 序号 | 投向领域 | 年初安排 |
// 主要用途, 合计 at the foot, the 驻镇帮镇扶村 money in a note.
export const layout: CorpusLayout = {
  id: "guangdong-2026-bqw-key-task-fund-areas",
  source: {
    title: "136亿元！“百千万工程”重点任务保障专项资金丨2026广东两会（安排情况表据报道拟）",
    url: "https://reportify.cn/news/1213903349997506560",
    publisher: "南方农村报（广东省财政厅在省人大财经委预算审查座谈会上的回应）",
    date: "2026-01-28",
    changes:
      "The page is a news report; the table is ours (表据报道拟). As published: 136亿元 set at the start of 2026 for the 重点任务保障专项资金, 40亿元 of it for " +
      "县域产业 (15个承接产业转移主平台, 县域产业园区提质增效), and 106亿元 of 驻镇帮镇扶村资金 kept on and used together with it. The other areas and their " +
      "figures are ours (the stored copy is cut after the first area). Planted: 镇村公共服务 typed 26 where the areas were set to add up to the 136 stated " +
      "(24 intended): the five lines add up to 138.",
  },
  classes: [
    "composition", "allocation-by-area", "purpose-column", "whole-yiyuan", "yiyuan-caption", "total-at-foot", "money-kept-in-note",
    "table-from-prose", "news-report", "province-fund", "guangdong",
  ],
  sheets: [
    {
      name: "安排情况",
      widths: [6, 24, 12, 60],
      rows: [
        ["2026年省级“百千万工程”重点任务保障专项资金安排情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "投向领域", "年初安排", "主要用途"],
        [1, "县域产业发展", 40, "支持高质量建设15个承接产业转移主平台，推进县域产业园区提质增效，综合运用以奖代补等方式"],
        [2, "城乡基础设施建设", 28, "县城及中心镇市政设施、农村公路和供水保障"],
        [3, "镇村公共服务提升", 26, "中心镇教育、医疗、养老服务能力建设"],
        [4, "农业现代化与乡村产业", 26, "现代农业产业园、高标准农田和农产品加工"],
        [5, "和美乡村建设", 18, "典型镇村示范创建和人居环境整治"],
        ["合计", null, 136, null],
        ["注：另延续安排驻镇帮镇扶村资金106亿元，按中央要求转为常态化帮扶，与重点任务保障专项资金贯通使用，未列入本表。", null, null, null],
      ],
      merges: ["A1:D1", "A9:B9", "A10:D10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "安排情况", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "code", B: "line", C: "amount" }, year: 2026 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "40 + 28 + 26 + 26 + 18 = 138, against the stated 合计 136: 2亿元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A10", why: "the 106亿元 驻镇帮镇扶村 money in the note is kept beside the fund, not a line of it" },
      { rule: "input.unreadable-value", cell: "D4", why: "主要用途 is text; the 15 in it is a count of platforms, not money" },
      { rule: "composition.line-mismatch", why: "no unit amount or count column: nothing to multiply" },
    ],
  },
};
