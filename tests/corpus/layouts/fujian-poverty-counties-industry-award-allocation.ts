import type { CorpusLayout } from "../types";

// 福建省经信委、财政厅: 1200万元 of 奖励资金 to the ten of the province's 23 扶贫开发重点县 with the fastest GDP growth (诏安、云霄、永泰 …),
// graded on the 县域产业发展专项 performance targets (闽委发〔2015〕25号), for their 工业和信息化 projects. The news item names three counties
// and the sum only: set out as the award's allocation — 序号 | 设区市 | 县 | GDP增速位次 | 奖励资金（万元）, 合计 at the foot, the grading as a
// note (表据正文拟).
export const layout: CorpusLayout = {
  id: "fujian-poverty-counties-industry-award-allocation",
  source: {
    title: "省经信委、财政厅下达扶贫开发重点县县域产业发展奖励资金1200万元（分配表据正文拟）",
    url: "http://www.jxxyrz.org/article-38252-111603.html",
    publisher: "福建省经济和信息化委员会、福建省财政厅",
    changes:
      "As published: the 1200万元, the 23 重点县 and their 县域产业发展专项 targets, the ten fastest-growing counties rewarded, three of them named (诏安、" +
      "云霄、永泰) and what the money is for. The allocation is not published: the other seven counties (all among the 23), the ranks, the three grades " +
      "of 150 / 120 / 90万元 and every amount are ours, and the year is not stated. Planted: 武平县 (rank 7) typed 150, so the ten lines add up to 1230 " +
      "under a 合计 of 1200.",
  },
  classes: ["composition", "allocation-by-county", "rank-column", "cities-beside-counties", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "notes-under-table", "no-year-stated", "table-from-prose", "news-report", "province-level", "fujian"],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 10, 14, 16],
      rows: [
        ["扶贫开发重点县县域产业发展奖励资金分配表（表据正文拟）", null, null, null, null],
        ["序号", "设区市", "县", "GDP增速位次", "奖励资金（万元）"],
        [1, "漳州市", "诏安县", 1, 150],
        [2, "漳州市", "云霄县", 2, 150],
        [3, "福州市", "永泰县", 3, 150],
        [4, "龙岩市", "长汀县", 4, 120],
        [5, "三明市", "宁化县", 5, 120],
        [6, "宁德市", "屏南县", 6, 120],
        [7, "龙岩市", "武平县", 7, 150],
        [8, "南平市", "政和县", 8, 90],
        [9, "宁德市", "寿宁县", 9, 90],
        [10, "南平市", "松溪县", 10, 90],
        ["合计", null, null, null, 1200],
        ["注：根据23个扶贫开发重点县县域产业发展专项绩效目标完成考核情况，对GDP增速前十名的县分档奖励：第1—3名各150万元，第4—7名各120万元，第8—10名各90万元；资金用于支持工业和信息化项目建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:D13", "A14:E14"],
      numberFormats: { "E3:E13": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 13, columns: { B: "category", C: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E13", why: "合计 1200 where 150 × 3 + 120 × 3 + 150 + 90 × 3 = 1230: the lines are 30 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "the 位次 column is ranks 1–10, no money, and has no total" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity in the table: the grades are in the note only" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is no line" },
      { rule: "register.ineligible-location", why: "an allocation to counties of 福建, no register" },
    ],
  },
};
