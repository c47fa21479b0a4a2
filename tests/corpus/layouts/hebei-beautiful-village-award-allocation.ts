import type { CorpusLayout } from "../types";

// 河北省农村面貌改造提升: the province reported it would build 3,000 more villages that year (15项 tasks, 省级财政 7.5亿元, cities and counties matching
// 1:1) and, at the year's end, name 100 “美丽乡村” with 200万元 of 奖补 each. Laid out as the award's allocation by 设区市 (and the two directly
// administered cities 定州, 辛集): 美丽乡村个数 | 奖补标准（万元/个） | 奖补资金.
export const layout: CorpusLayout = {
  id: "hebei-beautiful-village-award-allocation",
  source: {
    title: "河北今年将再建3000个美丽乡村（美丽乡村奖补资金分配表据报道拟）",
    url: "http://ct.chinajsxx.com/jsxnc/20102.html",
    publisher: "建设行业信息网（转载）",
    changes:
      "As published: 3000个村 this year, 省级财政 7.5亿元 with 1∶1 matching by cities and counties, and 100个“美丽乡村” at the year's end with 200万元 of 奖补 each. " +
      "The report gives no table and, in the stored copy, no year: the allocation by city, the number of villages in each and the 合计 are ours (100 villages, 20,000万元). " +
      "Planted: 沧州市 9 villages × 200 = 1,800 typed 1,600, so the 合计 20,000 also misses its lines as typed (19,800).",
  },
  classes: [
    "composition", "allocation-by-city", "quantity-and-standard-columns", "standard-heading", "count-column", "dash-for-nothing", "cities-as-places",
    "directly-administered-cities", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 14, 18, 16],
      rows: [
        ["河北省美丽乡村奖补资金分配表", null, null, null, null],
        ["序号", "设区市", "美丽乡村个数（个）", "奖补标准（万元/个）", "奖补资金（万元）"],
        [1, "石家庄市", 10, 200, 2000],
        [2, "承德市", 9, 200, 1800],
        [3, "张家口市", 10, 200, 2000],
        [4, "秦皇岛市", 7, 200, 1400],
        [5, "唐山市", 10, 200, 2000],
        [6, "廊坊市", 7, 200, 1400],
        [7, "保定市", 11, 200, 2200],
        [8, "沧州市", 9, 200, 1600],
        [9, "衡水市", 7, 200, 1400],
        [10, "邢台市", 9, 200, 1800],
        [11, "邯郸市", 9, 200, 1800],
        [12, "定州市", 1, 200, 200],
        [13, "辛集市", 1, 200, 200],
        ["合计", null, 100, "—", 20000],
        ["注：年底评选出的“美丽乡村”每个奖补200万元；市、县两级按照不低于省级下达专项资金1∶1的比例配套。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:B16", "A17:E17"],
      numberFormats: { "C3:E16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E10", why: "沧州市 9 × 200 = 1,800, typed 1,600" },
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 20,000 ≠ the lines as typed: 2,000 + 1,800 + 2,000 + 1,400 + 2,000 + 1,400 + 2,200 + 1,600 + 1,400 + 1,800 + 1,800 + 200 + 200 = 19,800" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C16", why: "10 + 9 + 10 + 7 + 10 + 7 + 11 + 9 + 7 + 9 + 9 + 1 + 1 = 100 villages" },
      { rule: "composition.line-mismatch", cell: "E14", why: "定州市 1 × 200 = 200" },
      { rule: "composition.line-rounded", why: "200万元/个 is the policy's own standard, every other line exact" },
      { rule: "input.unreadable-value", cell: "D16", why: "— under the standard in the 合计 row: no standard for the total" },
      { rule: "register.ineligible-location", why: "all eleven 设区市 and 定州, 辛集 are 河北's" },
    ],
  },
};
