import type { CorpusLayout } from "../types";

// 四川省财政厅 2014: 8亿元 of 重点区域建设发展补助资金 for the four national-level key areas — 天府新区, 攀西 试验区,
// 川渝合作示范区（广安片区）, 绵阳科技城 — as an allocation by area with the cities each spans and a 备注.
export const layout: CorpusLayout = {
  id: "sichuan-2014-key-area-development-subsidy",
  source: {
    title: "省财政下达2014年重点区域建设发展补助资金8亿元（分配表据报道拟）",
    url: "https://m.gaodun.com/caiwu/551392.html",
    publisher: "四川省财政厅（高顿网转载）",
    date: "2014",
    changes:
      "The report names the four areas and the whole (8亿元) only. The table — 序号 | 重点区域 | 涉及市（州） | 补助资金 | 备注, 单位：万元, " +
      "合计 at the foot — and each area's share are ours. Planted: the four shares add up to 81000 against the 合计 80000 (the report's 8亿元).",
  },
  classes: ["composition", "allocation-by-area", "areas-spanning-cities", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 36, 24, 12, 16],
      rows: [
        ["2014年重点区域建设发展补助资金分配表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "重点区域", "涉及市（州）", "补助资金", "备注"],
        [1, "天府新区", "成都市、眉山市、资阳市", 35000, null],
        [2, "攀西国家级战略资源创新开发试验区", "攀枝花市、凉山州", 20000, null],
        [3, "川渝合作示范区（广安片区）", "广安市", 12000, null],
        [4, "绵阳科技城", "绵阳市", 14000, "含科技城集中发展区"],
        ["合计", null, null, 80000, null],
        ["注：资金用于重点区域基础设施和产业发展，带动所在经济板块加快发展。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:C8", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "code", B: "line", D: "amount" }, year: 2014 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "35000 + 20000 + 12000 + 14000 = 81000 against 合计 80000 (1000 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit or count column: every line is an amount of its own" },
      { rule: "input.unreadable-value", why: "the cities each area spans, the 备注 and the note are text" },
      { rule: "register.ineligible-location", why: "an allocation to areas, not a list of firms" },
    ],
  },
};
