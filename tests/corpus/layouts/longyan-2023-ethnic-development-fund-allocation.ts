import type { CorpusLayout } from "../types";

// 龙岩市财政局、民族与宗教事务局 2023-03-13: 70万元 of 民族发展专项资金 sent down to 上杭县 and 漳平市 (款列 2012399), 附件1 the
// 分配表 — 序号 | 单位 | 项目 | 金额, each county's number and name merged down over its projects, a 小计 under each, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "longyan-2023-ethnic-development-fund-allocation",
  source: {
    title: "关于下达2023年龙岩市民族发展专项资金的通知（附件1：2023年龙岩市民族发展专项资金分配表）",
    url: "https://www.chacewang.com/newsdetail/news284125.html",
    publisher: "龙岩市财政局、龙岩市民族与宗教事务局（查策网转载）",
    date: "2023-03-13",
    changes:
      "As published: the title, 单位：万元, the four heads (序号 | 单位 | 项目 | 金额), the two counties with their 小计, the 合计 and the " +
      "projects' kind (畲族文化, 人饮工程, 村道硬化, 民族团结进步创建). Ours: the villages named in the projects and every sum. Planted: " +
      "漳平市's 小计 typed 20 where its four projects add up to 21; the 合计 71 is right by the lines.",
  },
  classes: [
    "composition", "allocation-by-project", "county-merged-down", "number-merged-down", "subtotal-rows", "whole-wanyuan",
    "wanyuan-caption", "total-at-foot", "budget-subject-in-notice", "city-fund", "fujian",
  ],
  settings: { district: "龙岩市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 56, 10],
      rows: [
        ["附件1", null, null, null],
        ["2023年龙岩市民族发展专项资金分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "单位", "项目", "金额"],
        [1, "上杭县", "龙岩市畲族文化研究会《闽西畲族志》编纂出版项目", 10],
        [null, null, "官庄畲族乡回龙村人饮工程二期项目", 8],
        [null, null, "庐丰畲族乡安乡村屋顶分布式光伏发电项目", 8],
        [null, null, "官庄畲族乡文光村少数民族文化长廊项目", 8],
        [null, null, "庐丰畲族乡丰济村畲族文化交流及文化产业服务基地建设", 8],
        [null, null, "官庄畲族乡古坊村道路拓宽硬化及沟渠建设项目（百香果产业）", 8],
        [null, null, "小计", 50],
        [2, "漳平市", "赤水镇香寮村茶山道路硬化项目", 5],
        [null, null, "赤水镇坑源村村口村标及绿化项目", 6],
        [null, null, "象湖镇科山村畲族文化展览厅项目", 6],
        [null, null, "漳平市民族与宗教事务局民族团结进步创建项目", 4],
        [null, null, "小计", 20],
        ["合计", null, null, 71],
      ],
      merges: ["A1:D1", "A2:D2", "A5:A11", "B5:B11", "A12:A16", "B12:B16", "A17:C17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 17,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D16", why: "漳平市 小计: 5 + 6 + 6 + 4 = 21, typed 20" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D11", why: "上杭县 小计: 10 + 8 × 5 = 50" },
      { rule: "composition.total-mismatch", cell: "D17", why: "合计 71 = the ten projects (50 + 21); the slip is the 小计's, reported once there" },
      { rule: "composition.total-mismatch", cell: "A12", why: "序号 1 and 2 number the counties; they are not money" },
      { rule: "input.unreadable-value", why: "no cell that must hold a number holds text" },
    ],
  },
};
