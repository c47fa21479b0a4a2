import type { CorpusLayout } from "../types";

// 东南早报 2018-11-24: 福建省财政厅's 2018 一事一议财政奖补 for 乡村振兴示范村 — 300万元 a village, nine of them in 泉州. Built from
// the report as the city's allocation (序号 | 县（市、区） | 示范村 | 奖补资金, 合计 at the foot) and the fund's 绩效目标表 beside it.
export const layout: CorpusLayout = {
  id: "quanzhou-2018-demo-village-awards-and-targets",
  source: {
    title: "泉州9个村入选2018年一事一议财政奖补支持打造乡村振兴示范村名单（分配表、绩效目标表据正文拟）",
    url: "http://www.8037eee.com/news/fujian/shms/2018-11-24/2206964.html",
    publisher: "台海网（据东南早报）",
    date: "2018-11-24",
    changes:
      "Built from the prose (table from prose): the nine villages, their counties and the 300万元 a village are as reported; the grid, " +
      "the 2700 合计 and the whole 绩效目标表 (indicators, values, 分值) are ours. Planted: the target table's indicator 分值 add up " +
      "to 95 under a heading stating 100分. The allocation is clean (9 × 300 = 2700).",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-village", "villages-as-lines", "county-column", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "weights-heading", "three-level-indicators", "first-level-merged-down", "table-from-prose", "news-report", "provincial-fund", "fujian"],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 12, 30, 16],
      rows: [
        ["2018年一事一议财政奖补支持打造乡村振兴示范村资金分配表（泉州市）", null, null, null],
        ["序号", "县（市、区）", "示范村", "奖补资金（万元）"],
        [1, "洛江区", "虹山乡虹山村", 300],
        [2, "泉港区", "界山镇东张村", 300],
        [3, "惠安县", "崇武镇前垵村", 300],
        [4, "安溪县", "城厢镇经兜村", 300],
        [5, "永春县", "呈祥乡呈祥村", 300],
        [6, "德化县", "盖德镇有济村", 300],
        [7, "德化县", "龙浔镇高阳村", 300],
        [8, "晋江市", "龙湖镇鲁东村", 300],
        [9, "南安市", "梅山镇鼎诚村", 300],
        ["合计", null, null, 2700],
      ],
      merges: ["A1:D1", "A12:C12"],
    },
    {
      name: "绩效目标表",
      widths: [14, 16, 30, 16, 8],
      rows: [
        ["2018年一事一议财政奖补支持打造乡村振兴示范村绩效目标表", null, null, null, null],
        ["年度绩效指标（100分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "支持示范村个数", "9个", 20],
        [null, "质量指标", "奖补项目验收合格率", "≥95%", 20],
        [null, "成本指标", "每村奖补标准", "300万元", 15],
        ["效益指标", "经济效益指标", "示范村村集体经营性收入增长", "≥10%", 15],
        [null, "社会效益指标", "村庄人居环境改善", "明显改善", 10],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 15],
      ],
      merges: ["A1:E1", "A2:E2", "A4:A6", "A7:A8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 12, columns: { C: "line", D: "amount" }, year: 2018 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 3, lastRow: 9, columns: { A: "type", C: "name", D: "target" }, year: 2018 },
    ],
    findings: [
      { rule: "selfeval.weights", sheet: "绩效目标表", cell: "A2", why: "the indicators' 分值 20 + 20 + 15 + 15 + 10 + 15 = 95, not the 100分 the heading states" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D12", why: "9 × 300 = 2700" },
      { rule: "register.duplicate", sheet: "分配表", why: "德化县 holds two different villages" },
      { rule: "register.ineligible-location", why: "every county is 泉州's own, and the table is an allocation" },
      { rule: "selfeval.target-missed-full-score", sheet: "绩效目标表", why: "a target table states no results" },
    ],
  },
};
