import type { CorpusLayout } from "../types";

// 仙游县农业局 2018-01-05 (仙农〔2018〕4号): 2018年度第一批中央财政专项扶贫发展资金 671万元 shared out to the county's 乡镇（街道） by their
// 现有贫困户数 (每户补助一般不超过10000元) — 附表1 安排表: 序号 | 乡镇（街道） | 现有贫困户数 | 资金安排额（万元）, 合计 at the foot. 榜头镇 typed
// 69 where its share is 79, so the towns add up to 661 under a 合计 of 671.
export const layout: CorpusLayout = {
  id: "xianyou-2018-poverty-fund-batch1-town-allocation",
  source: {
    title: "仙游县农业局关于下达2018年度第一批中央财政专项扶贫发展资金的通知（附表1：资金安排表）",
    url: "http://www.xianyou.gov.cn/xczj/yjsgkpt/xjyjsgk/xjys/201801/t20180130_1181270.htm",
    publisher: "仙游县农业局",
    date: "2018-01-05",
    changes:
      "As published: the 附表1 line, the title, the headers 序号 | 乡镇（街道） | 现有贫困户数 | 资金安排额（万元）, the towns in the published order " +
      "(鲤城街道 … 社硎乡 as the page shows them; 度尾镇, 大济镇, 西苑乡, 菜溪乡 after them are the county's other towns, the stored copy breaking off) and " +
      "the county total 671万元 the notice states. Household counts and each town's money are ours (about 0.12万元 a household). Planted: 榜头镇 typed " +
      "69, so the towns add up to 661 under the 合计 671.",
  },
  classes: [
    "composition", "allocation-by-town", "towns-as-lines", "count-column", "count-and-money", "wanyuan-in-header", "whole-wanyuan",
    "total-at-foot", "batch-in-title", "annex-line", "county-fund", "fujian",
  ],
  settings: { district: "仙游县" },
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 14, 14, 18],
      rows: [
        ["附表1：", null, null, null],
        ["2018年度第一批中央财政专项扶贫发展资金安排表", null, null, null],
        ["序号", "乡镇（街道）", "现有贫困户数", "资金安排额（万元）"],
        [1, "鲤城街道", 81, 10],
        [2, "鲤南镇", 585, 71],
        [3, "赖店镇", 402, 48],
        [4, "盖尾镇", 551, 66],
        [5, "郊尾镇", 268, 32],
        [6, "枫亭镇", 305, 36],
        [7, "园庄镇", 437, 52],
        [8, "榜头镇", 662, 69],
        [9, "钟山镇", 279, 33],
        [10, "游洋镇", 396, 47],
        [11, "石苍乡", 108, 13],
        [12, "龙华镇", 342, 41],
        [13, "书峰乡", 186, 22],
        [14, "社硎乡", 152, 18],
        [15, "度尾镇", 318, 38],
        [16, "大济镇", 247, 30],
        [17, "西苑乡", 121, 14],
        [18, "菜溪乡", 174, 21],
        ["合计", null, 5614, 671],
      ],
      merges: ["A2:D2", "A22:B22"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D22",
        why: "合计 671; the towns 10+71+48+66+32+36+52+69+33+47+13+41+22+18+38+30+14+21 = 661 (10万元 apart: 榜头镇 typed 69)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C22", why: "the households add up to 5,614, a count, never money" },
      { rule: "composition.line-mismatch", why: "no unit amount is stated: the money is shared by households only roughly" },
      { rule: "register.ineligible-location", why: "the lines are towns of 仙游县 and the table pays no firms" },
      { rule: "composition.total-mismatch", cell: "A22", why: "序号 numbers the lines; it is no money" },
    ],
  },
};
