import type { CorpusLayout } from "../types";

// 邵阳市北塔区 (湖南) 2019-12: the first batch of 2020 central 财政专项扶贫资金 (408万元) laid out by village and project —
// 序号 | 村名 | 项目名称 | 建设内容 | 资金金额, a 小计 after each group of villages, 小额信贷贴息 as a line of its own, 合计 at the
// foot, and two amounts typed with their 灾情因素 share in brackets ("10（其中，灾情因素6万元）").
export const layout: CorpusLayout = {
  id: "shaoyang-beita-2020-poverty-fund-batch1-village-plan",
  source: {
    title: "北塔区2020年第一批中央财政扶贫专项资金安排表",
    url: "http://www.beita.gov.cn/beita/ghjh/202003/96305b519e474f4993e4f1c556c4905a.shtml",
    publisher: "邵阳市北塔区财政局、邵阳市北塔区农业农村水利局",
    date: "2019-12-27",
    changes:
      "As published: the title, 单位：万元, the five headings, the villages, project names and 建设内容 (续建 / 新建 / 维修), the two 小计 rows, " +
      "line 16 小额信贷贴息 and the 合计 of 408; the bracketed 灾情因素 shares as typed in the amount cells. The amounts of the lines are ours " +
      "(the groups now 165 + 233 + 10 = 408). Planted: the second 小计 typed 243 against its eight lines' 233.",
  },
  classes: [
    "composition", "allocation-by-village", "subtotal-rows", "bracketed-share-in-amount", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "annex-label-row", "district-fund", "hunan",
  ],
  settings: { district: "邵阳市北塔区" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 12, 20, 10, 26],
      rows: [
        ["附件", null, null, null, null],
        ["北塔区2020年第一批中央财政扶贫专项资金安排表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "村名", "项目名称", "建设内容", "资金金额"],
        [1, "苗儿村", "水果基地", "续建", 20],
        [2, "苗儿村", "蔬菜基地", "续建", 30],
        [3, "田江村", "蔬菜基地", "新建", 25],
        [4, "田江村", "水果基地", "续建", 30],
        [5, "谷洲村", "蔬菜基地", "续建", 15],
        [6, "谷洲村", "水果基地", "新建", 20],
        [7, "邓家村", "果园建设", "续建", 25],
        ["小计", null, null, null, 165],
        [8, "光裕村", "稻花鱼养殖基地", "新建", 40],
        [9, "陈家桥村", "橙子基地", "续建", 30],
        [10, "田庄村", "秋桃基地", "续建", 35],
        [11, "贺井村", "特种水产养殖基地", "新建", 40],
        [12, "兴旺村", "食用菌基地", "新建", 35],
        [13, "兴旺村", "葡萄基地", "续建", "12（其中，灾情因素6万元）"],
        [14, "李子塘村", "水果基地", "续建", "25（其中，灾情因素6万元）"],
        [15, "望城坡村", "灌溉设施", "维修", 16],
        ["小计", null, null, null, 243],
        [16, "小额信贷贴息", null, null, 10],
        ["合计", null, null, null, 408],
      ],
      merges: ["A1:E1", "A2:E2", "A12:D12", "A21:D21", "B22:D22", "A23:D23"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { C: "line", E: "amount" },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E21",
        why: "second 小计 243, its lines 40 + 30 + 35 + 40 + 35 + 12 + 25 + 16 = 233: 10万元 over",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E12", why: "first 小计 165 = 20 + 30 + 25 + 30 + 15 + 20 + 25" },
      {
        rule: "composition.total-mismatch",
        cell: "E23",
        why: "合计 408 = 165 + 233 + 10, the lines as typed; the slip is the 小计's, reported once there",
      },
      { rule: "input.unreadable-value", cell: "E18", why: "12（其中，灾情因素6万元）: the amount is 12, the bracket a share of it" },
      { rule: "input.unreadable-value", cell: "E19", why: "25（其中，灾情因素6万元）: the amount is 25" },
      { rule: "composition.total-mismatch", cell: "E18", why: "the bracketed 其中 share (6) is no list of parts adding up to the 12" },
    ],
  },
};
