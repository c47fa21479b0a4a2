import type { CorpusLayout } from "../types";

// 江西省财政厅 2021-05-07 (赣财扶指〔2021〕2号): the 2021 central 衔接推进乡村振兴补助资金 passed to the 设区市 "详见附表". The annex laid out as
// the province's allocation table: 序号 | 地区 | 合计 | 其中 by 支出方向 (five columns under one merged head), the 合计 row first, 省本级 then
// the eleven cities.
export const layout: CorpusLayout = {
  id: "jiangxi-2021-central-linkage-fund-city-allocation",
  source: {
    title: "江西省财政厅关于下达2021年中央财政衔接推进乡村振兴补助资金的通知（赣财扶指〔2021〕2号；附表据通知拟）",
    url: "http://ruiwengd.com/art/2021/5/7/art_15843_3357817.html",
    publisher: "江西省财政厅",
    date: "2021-05-07",
    changes:
      "As published: the notice (to 各设区市财政局, money passed down 详见附表, 项目代码 Z155110000004, the revenue and outlay 科目, the rule that at least 50% " +
      "go to 产业发展, 省级 outlay under 502 / 505). The stored copy does not show the 附表: its columns (合计 and 其中 by 支出方向: 扶贫发展, 少数民族发展, " +
      "以工代赈, 欠发达国有林场巩固提升, 欠发达国有农场巩固提升), 省本级 line and every figure are ours. Planted: 萍乡市's 合计 typed 11,420 where its five " +
      "parts add up to 11,240 (digits swapped), while the 合计 row carries the true 343,180.",
  },
  classes: [
    "composition", "allocation-by-city", "total-row-first", "qizhong-columns", "merged-qizhong-header", "two-header-rows", "row-total-column",
    "province-level-line", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "province-fund", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "附表",
      widths: [6, 12, 12, 12, 14, 12, 18, 18],
      rows: [
        ["2021年中央财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "地区", "合计", "其中：", null, null, null, null],
        [null, null, null, "扶贫发展", "少数民族发展", "以工代赈", "欠发达国有林场巩固提升", "欠发达国有农场巩固提升"],
        [null, "合计", 343180, 288000, 5790, 41530, 4680, 3180],
        [1, "省本级", 1200, 800, 0, 400, 0, 0],
        [2, "南昌市", 18650, 15200, 350, 2600, 300, 200],
        [3, "景德镇市", 9870, 8100, 120, 1350, 200, 100],
        [4, "萍乡市", 11420, 9300, 140, 1500, 180, 120],
        [5, "九江市", 31560, 26400, 560, 3900, 420, 280],
        [6, "新余市", 5430, 4500, 80, 700, 90, 60],
        [7, "鹰潭市", 6120, 5100, 90, 780, 90, 60],
        [8, "赣州市", 98760, 83500, 1800, 11200, 1300, 960],
        [9, "吉安市", 52340, 44100, 900, 6200, 680, 460],
        [10, "宜春市", 28910, 24300, 450, 3500, 400, 260],
        [11, "抚州市", 33480, 28200, 520, 4000, 460, 300],
        [12, "上饶市", 45620, 38500, 780, 5400, 560, 380],
        ["注：各设区市用于产业发展的资金规模占比原则上不得低于下达资金总规模的50%。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:H3", "A18:H18"],
      numberFormats: { "C5:H17": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "code", B: "line", C: "amount", D: "amount:扶贫发展", E: "amount:少数民族发展", F: "amount:以工代赈", G: "amount:欠发达国有林场巩固提升", H: "amount:欠发达国有农场巩固提升" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "萍乡市 合计 11,420 where 9,300 + 140 + 1,500 + 180 + 120 = 11,240: 180 over" },
      { rule: "composition.total-mismatch", cell: "C5", why: "the 合计 column's lines as typed add up to 343,360 (萍乡 11,420 counted), against the stated 343,180" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "扶贫发展: 800 + 15,200 + 8,100 + 9,300 + 26,400 + 4,500 + 5,100 + 83,500 + 44,100 + 24,300 + 28,200 + 38,500 = 288,000" },
      { rule: "composition.total-mismatch", cell: "F5", why: "以工代赈 lines add up to 41,530, as stated" },
      { rule: "composition.total-mismatch", cell: "C13", why: "赣州市 98,760 = 83,500 + 1,800 + 11,200 + 1,300 + 960" },
      { rule: "composition.total-mismatch", cell: "C6", why: "省本级 1,200 = 800 + 0 + 400 + 0 + 0: zero parts are parts" },
      { rule: "register.ineligible-location", why: "the eleven 设区市 are all in 江西省, and 省本级 is the province itself" },
      { rule: "composition.total-mismatch", cell: "A18", why: "the note's 50% is a share, not a line" },
    ],
  },
};
