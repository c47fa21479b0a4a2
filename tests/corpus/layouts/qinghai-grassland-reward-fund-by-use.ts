import type { CorpusLayout } from "../types";

// 青海: 草原生态保护补助奖励资金 19.47亿元 下拨 — 禁牧补助、草畜平衡奖励、牧民生产资料补贴、牧草良种补贴, on 4.74亿亩 of usable grassland.
// Laid out as the allocation by use: 补助标准（元/亩） × 实施面积（万亩） = 补助资金（万元）; the split is ours.
export const layout: CorpusLayout = {
  id: "qinghai-grassland-reward-fund-by-use",
  source: {
    title: "青海省下拨草原生态保护补助奖励资金19亿余元（分项目资金安排表据报道拟）",
    url: "https://tibetcul.com/news/hb/4691.html",
    publisher: "中国藏族网通（转载）",
    changes:
      "As published: 19.47亿元, 4.74亿亩 可利用草原, the four uses (禁牧补助、草畜平衡奖励、农牧民生产资料补贴、牧草良种补贴), paid through 一卡通/一折通. " +
      "Ours: the table, the standards (6 and 1.5 元/亩, 500元/户, 10元/亩), the areas (24,500 + 22,900 = 47,400万亩 = 4.74亿亩), the households and the amounts (adding up to 194,700万元). " +
      "Planted: 草畜平衡奖励 typed 34,530 where 22,900万亩 × 1.5元 = 34,350 (so the 合计 194,700 misses the lines as typed, 194,880).",
  },
  classes: ["composition", "allocation-by-use", "unit-times-quantity", "standard-heading", "area-column", "wan-mu-area", "yuan-standard-wanyuan-amount", "dash-cells", "remark-column", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-fund", "qinghai"],
  sheets: [
    {
      name: "资金安排",
      widths: [6, 24, 16, 16, 16, 22],
      rows: [
        ["青海省草原生态保护补助奖励资金安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "补助项目", "补助标准（元/亩）", "实施面积（万亩）", "补助资金", "备注"],
        [null, "合计", null, null, 194700, null],
        [1, "禁牧补助", 6, 24500, 147000, null],
        [2, "草畜平衡奖励", 1.5, 22900, 34530, null],
        [3, "牧民生产资料综合补贴", "—", "—", 8600, "按500元/户，17.2万户"],
        [4, "牧草良种补贴", 10, 475, 4750, null],
        ["注：补助奖励资金全部通过“一卡通”“一折通”发放到牧民手中。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:F9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { B: "line", C: "unitAmount", D: "quantity", E: "amount" } },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "草畜平衡奖励: 22,900万亩 × 1.5元/亩 = 34,350万元, typed 34,530 (180 apart)" },
      { rule: "composition.total-mismatch", cell: "E4", why: "合计 194,700; the lines as typed 147,000 + 34,530 + 8,600 + 4,750 = 194,880 (180 apart)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E5", why: "禁牧补助: 24,500 × 6 = 147,000" },
      { rule: "composition.line-mismatch", cell: "E8", why: "牧草良种补贴: 475 × 10 = 4,750" },
      { rule: "composition.line-mismatch", cell: "E7", why: "生产资料补贴 has no standard or area (—); its 500元/户 × 17.2万户 = 8,600 is in the remark" },
      { rule: "input.unreadable-value", cell: "C7", why: "a dash is no figure" },
    ],
  },
};
