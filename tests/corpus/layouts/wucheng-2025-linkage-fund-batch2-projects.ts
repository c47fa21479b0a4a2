import type { CorpusLayout } from "../types";

// 金华市婺城区 2025-04: the second batch of 衔接推进乡村振兴补助资金 — 附件1, the province's 110万元 in a two-level header (补助资金（万元） over 省级 |
// 小计), and 附件2, the projects it is pooled into with the district's own money: 合计 | 省级衔接资金 | 区级资金 under one merged heading.
export const layout: CorpusLayout = {
  id: "wucheng-2025-linkage-fund-batch2-projects",
  source: {
    title: "关于2025年第二批衔接推进乡村振兴补助资金和项目安排的通知",
    url: "http://www.wuch.gov.cn/art/2025/4/30/art_1229182304_4224241.html",
    publisher: "金华市婺城区乡村振兴局、金华市婺城区财政局",
    date: "2025-04-28",
    changes:
      "附件1 (序号 | 项目名称 | 补助资金（万元）: 省级 | 小计 | 备注; 衔接项目 110, 合计 110) is as published. The stored copy breaks off at 附件2's " +
      "title, so the project table (乡镇, 村, projects, 建设内容 and every amount) is ours, its 省级 column adding up to 附件1's 110 as the notice " +
      "says the projects pool the province's money with the district's. Planted: 附件2's 区级资金 foot typed 453 where its lines add up to 435.",
  },
  classes: ["composition", "two-sheets", "project-plan", "merged-header-over-three", "two-header-rows", "total-column-first", "source-columns", "towns-column", "whole-wanyuan", "unit-in-headings", "total-at-foot", "linkage-fund", "district-fund", "zhejiang"],
  settings: { asOf: "2025-04-30", district: "婺城区" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 20, 12, 12, 12],
      rows: [
        ["2025年第二批省级衔接推进乡村振兴补助资金分配表", null, null, null, null],
        ["序号", "项目名称", "补助资金（万元）", null, "备注"],
        [null, null, "省级", "小计", null],
        [1, "衔接项目", 110, 110, null],
        ["合计", null, 110, 110, null],
      ],
      merges: ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A5:B5"],
    },
    {
      name: "附件2",
      widths: [6, 10, 10, 28, 40, 10, 14, 10],
      rows: [
        ["2025年第二批衔接项目安排表", null, null, null, null, null, null, null],
        ["序号", "乡镇", "村", "项目名称", "建设内容", "补助资金（万元）", null, null],
        [null, null, null, null, null, "合计", "省级衔接资金", "区级资金"],
        [1, "汤溪镇", "下伊村", "农产品加工厂房建设项目", "新建标准厂房1200平方米，租赁给农产品加工企业，租金收入归村集体", 180, 30, 150],
        [2, "琅琊镇", "白沙村", "茶叶加工设备购置项目", "购置名优茶加工生产线1条，由村股份经济合作社经营", 95, 20, 75],
        [3, "箬阳乡", "坑口村", "民宿配套设施提升项目", "改造村集体闲置用房为民宿接待中心，配套停车场", 120, 25, 95],
        [4, "沙畈乡", "亭久村", "高山蔬菜冷库建设项目", "新建300立方米冷库1座及分拣车间", 86, 15, 71],
        [5, "塔石乡", "塔石村", "来料加工点建设项目", "改造来料加工场地400平方米，带动低收入农户就业", 64, 20, 44],
        ["合计", null, null, null, null, 545, 110, 453],
      ],
      merges: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 5,
        columns: { B: "line", C: "amount:省级", D: "amount" },
        year: 2025,
      },
      {
        sheet: "附件2",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { D: "line", F: "amount", G: "amount:省级衔接资金", H: "amount:区级资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "附件2", cell: "H9", why: "区级资金 lines: 150 + 75 + 95 + 71 + 44 = 435, foot typed 453" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件2", cell: "F9", why: "合计 545 = 180 + 95 + 120 + 86 + 64, and = 110 + 435 with the 区级 lines' sum (the foot's slip is reported once, at H9)" },
      { rule: "composition.total-mismatch", sheet: "附件2", cell: "G9", why: "省级 110 = 30 + 20 + 25 + 15 + 20" },
      { rule: "composition.total-mismatch", sheet: "附件2", cell: "F7", why: "亭久村 86 = 15 + 71" },
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D5", why: "110 = 110: the one line as published" },
      { rule: "composition.approved-mismatch", why: "附件2's 省级 column adds up to 附件1's 110" },
      { rule: "input.unreadable-value", sheet: "附件2", cell: "E4", why: "建设内容 is text describing the project, not a figure" },
    ],
  },
};
