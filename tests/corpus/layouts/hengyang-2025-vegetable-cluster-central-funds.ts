import type { CorpusLayout } from "../types";

// 衡阳市农业农村局 2025-06-17: 湖南湘南“供粤港澳”蔬菜优势特色产业集群2025年度续建项目 公示 for 衡东县 and 祁东县 — each county's
// 项目总资金 = 中央财政资金 + 地方统筹整合配套资金 + 自筹资金, and the central money named firm by firm in brackets. Two sheets.
export const layout: CorpusLayout = {
  id: "hengyang-2025-vegetable-cluster-central-funds",
  source: {
    title: "衡阳市湖南湘南“供粤港澳”蔬菜优势特色产业集群2025年度续建项目建设方案公示（资金表据正文拟）",
    url: "https://m.mdabdate.com/xxgk/dtxx/tzgg/gsgg/20250617/i3702513.html",
    publisher: "衡阳市农业农村局",
    date: "2025-06-17",
    changes:
      "As published: 衡东县 2275 = 500 + 250 + 1525 and 祁东县 2550 = 600 + 300 + 1650万元, the central money split among two and five " +
      "bodies (400 + 100; 300 + 100 + 80 + 70 + 50) with what it builds. Ours: the two tables' form and the firms' names (invented; the county " +
      "farm bureau kept). Planted: 祁东县's third body typed 90 (80), so the county's 小计 600 misses its lines (610).",
  },
  classes: ["composition", "two-sheets", "row-total-column", "sources-closed-by-own-money", "subtotal-rows", "section-numbering", "text-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "hunan"],
  settings: { district: "衡阳市" },
  sheets: [
    {
      name: "项目资金",
      widths: [6, 12, 14, 14, 20, 12],
      rows: [
        ["蔬菜优势特色产业集群2025年度续建项目资金表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（市）", "项目总资金", "中央财政资金", "地方统筹整合配套资金", "自筹资金"],
        [1, "衡东县", 2275, 500, 250, 1525],
        [2, "祁东县", 2550, 600, 300, 1650],
        ["合计", null, 4825, 1100, 550, 3175],
      ],
      merges: ["A1:F1", "A6:B6"],
    },
    {
      name: "中央资金",
      widths: [6, 10, 34, 14, 50],
      rows: [
        ["蔬菜优势特色产业集群2025年度续建项目中央财政资金安排表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（市）", "实施主体", "中央财政资金", "中央财政资金建设内容"],
        ["一", "衡东县", "小计", 500, null],
        [1, null, "湖南衡岳冷链食品有限公司", 400, "蔬菜无菌加工车间500平方米；10000立方米冷库1个，制冷机组、蒸发器等制冷系统1套"],
        [2, null, "衡东县禾丰农业科技发展有限公司", 100, "集采集配中心占地5亩；蔬菜冷藏库800立方米"],
        ["二", "祁东县", "小计", 600, null],
        [1, null, "湖南雁城黄花食品有限责任公司", 300, "年产2000吨黄花菜产品生产线2条（分筛、焖蒸、糖化、蒸烤、包装等设备10台套）"],
        [2, null, "湖南湘禾农业有限公司", 100, "大棚10000平方米，育苗机械1套、移栽机"],
        [3, null, "祁东县萱草产业发展综合服务有限公司", 90, "黄花菜烘干设备"],
        [4, null, "祁东县绿源农副产品有限公司", 70, "分拣包装设备"],
        [5, null, "祁东县农业农村局", 50, "品牌宣传推介"],
        ["合计", null, null, 1100, null],
        ["注：地方统筹整合配套资金和自筹资金按建设方案落实，不在本表列示。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:C13", "A14:E14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "项目资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 6, columns: { B: "line", C: "amount", D: "amount:中央财政资金", E: "amount:地方统筹整合配套资金", F: "amount:自筹资金" }, year: 2025 },
      { sheet: "中央资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13, columns: { B: "category", C: "line", D: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "中央资金", cell: "D7", why: "祁东县 小计 600 but its lines add up to 300 + 100 + 90 + 70 + 50 = 610" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "中央资金", cell: "D13", why: "合计 1100 = 500 + 600, the 小计s as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", sheet: "中央资金", cell: "D4", why: "衡东县 500 = 400 + 100" },
      { rule: "composition.total-mismatch", sheet: "项目资金", cell: "C5", why: "祁东县 2550 = 600 + 300 + 1650" },
      { rule: "composition.total-mismatch", sheet: "项目资金", cell: "C6", why: "4825 = 2275 + 2550 = 1100 + 550 + 3175" },
      { rule: "input.unreadable-value", sheet: "中央资金", cell: "A14", why: "the note" },
    ],
  },
};
