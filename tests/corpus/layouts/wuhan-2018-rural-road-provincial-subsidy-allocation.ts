import type { CorpusLayout } from "../types";

// 武汉市 2018-08-15: 2018年农村公路建设省级补助资金分配表, the annex of a notice to the district finance bureaus — 区 | 合计 |
// 自然村 (实际安排 | 计划安排 | 奖励数 | 扣减数) | 县乡产业路 | 农村公路桥梁 | 农村公路路网改善, 合计 first, whole 万元. The 合计 adds
// 自然村's 实际安排 (the plan with its reward added and its deduction taken off) and the other three kinds, never 计划安排 beside it.
export const layout: CorpusLayout = {
  id: "wuhan-2018-rural-road-provincial-subsidy-allocation",
  source: {
    title: "关于下达2018年农村公路建设省级补助资金的通知（附件：2018年农村公路建设省级补助资金分配表）",
    url: "http://www.crowns-bc.com/FBJD/XXGKML/GYSYJS/FP/202004/t20200422_1070706.html",
    publisher: "武汉市财政局",
    date: "2018-08-15",
    changes:
      "As published: the title, the caption 单位：万元, the two header rows with 自然村 merged over 实际安排 | 计划安排 | 奖励数 | 扣减数 and the " +
      "other headings merged down, the 合计 row first and the six districts in the published order (新洲区, 黄陂区, 蔡甸区, 江夏区, 东西湖区, 汉南区). " +
      "Every figure is ours (the published 合计 7746 = 5200 + 1821 + 725 shows how the columns add). Planted: 江夏区's 合计 typed 2,250 where " +
      "1,320 + 690 + 180 + 40 = 2,230, so the districts' 合计 as typed add up to 7,887 against the foot 7,867.",
  },
  classes: ["composition", "allocation-by-district", "merged-header", "block-with-derived-columns", "reward-and-deduction-columns", "total-row-first", "whole-wanyuan", "wanyuan-caption", "blank-cells", "city-fund", "hubei"],
  settings: { district: "武汉市" },
  sheets: [
    {
      name: "分配表",
      widths: [12, 10, 10, 10, 10, 10, 12, 12, 14],
      rows: [
        ["2018年农村公路建设省级补助资金分配表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["区", "合计", "自然村", null, null, null, "县乡产业路", "农村公路桥梁", "农村公路路网改善"],
        [null, null, "实际安排", "计划安排", "奖励数", "扣减数", null, null, null],
        ["合计", 7867, 5270, 5280, 30, 40, 1831, 726, 40],
        ["新洲区", 1702, 1260, 1260, null, null, 236, 206, null],
        ["黄陂区", 1615, 990, 960, 30, null, 405, 220, null],
        ["蔡甸区", 1660, 1240, 1280, null, 40, 300, 120, null],
        ["江夏区", 2250, 1320, 1320, null, null, 690, 180, 40],
        ["东西湖区", 140, null, null, null, null, 140, null, null],
        ["汉南区", 520, 460, 460, null, null, 60, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:F3", "G3:G4", "H3:H4", "I3:I4"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "amount", C: "amount:实际安排", G: "amount:县乡产业路", H: "amount:农村公路桥梁", I: "amount:农村公路路网改善" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B9", why: "江夏区 合计 2,250 ≠ 实际安排 1,320 + 县乡产业路 690 + 桥梁 180 + 路网改善 40 = 2,230 (20万元 over)" },
      { rule: "composition.total-mismatch", cell: "B5", why: "the districts' 合计 as typed, 1,702 + 1,615 + 1,660 + 2,250 + 140 + 520 = 7,887, against the foot 7,867" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B6", why: "新洲区 1,702 = 1,260 + 236 + 206: 计划安排 1,260 is the same money before reward and deduction, not added again" },
      { rule: "composition.total-mismatch", cell: "B8", why: "蔡甸区 1,660 = 1,240 + 300 + 120: the 扣减数 40 is already taken off 实际安排, never added" },
      { rule: "composition.total-mismatch", cell: "C8", why: "实际安排 1,240 = 计划安排 1,280 − 扣减数 40; a deduction is not a part to add" },
      { rule: "composition.total-mismatch", cell: "C5", why: "实际安排 5,270 = 1,260 + 990 + 1,240 + 1,320 + 460" },
      { rule: "composition.total-mismatch", cell: "G5", why: "县乡产业路 1,831 = 236 + 405 + 300 + 690 + 140 + 60" },
      { rule: "composition.total-mismatch", cell: "H5", why: "桥梁 726 = 206 + 220 + 120 + 180" },
      { rule: "composition.total-mismatch", cell: "B10", why: "东西湖区 140 = its 县乡产业路 alone; blank cells add nothing" },
    ],
  },
};
