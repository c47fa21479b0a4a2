import type { CorpusLayout } from "../types";

// 乌兰察布市财政局 2018: 2018年美丽乡村建设财政奖补资金 1,032万元 (中央财政补助) passed on to the 旗县 under the
// 自治区财政厅's notice. The item names only the total; laid out as the allocation by 旗县市 with pilot villages and a
// per-village standard, figures of our own adding up to the published 1,032.
export const layout: CorpusLayout = {
  id: "ulanqab-2018-beautiful-village-award-allocation",
  source: {
    title: "乌兰察布市下达美丽乡村建设财政奖补资金1032万元（分配表据正文拟）",
    url: "http://60.31.144.131:1998/do/bencandy.php?fid=635&id=13576",
    publisher: "乌兰察布市财政局",
    date: "2018",
    changes:
      "As published: a short item — 1,032万元 of 中央财政补助 for 2018 美丽乡村建设 sent to 有关旗县, with the duties attached. " +
      "Kept: the total and its source. Ours: the table (旗县（市） | 试点嘎查村（个） | 补助标准（万元/个） | 奖补资金（万元）), the seven 旗县市 and their figures. " +
      "Planted: 四子王旗 2 × 86 typed 182 and 丰镇市 2 × 86 typed 162, so two lines miss their standard while the 合计 still adds up.",
  },
  classes: ["composition", "allocation-by-county", "banners-as-lines", "count-column", "unit-amount-column", "standard-allows-no-rounding", "compensating-slips", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "neimenggu"],
  sheets: [
    {
      name: "奖补资金",
      widths: [6, 20, 18, 20, 18],
      rows: [
        ["2018年美丽乡村建设财政奖补资金分配表", null, null, null, null],
        ["序号", "旗县（市）", "试点嘎查村（个）", "补助标准（万元/个）", "奖补资金（万元）"],
        [1, "卓资县", 2, 86, 172],
        [2, "凉城县", 2, 86, 172],
        [3, "察哈尔右翼前旗", 2, 86, 172],
        [4, "四子王旗", 2, 86, 182],
        [5, "兴和县", 1, 86, 86],
        [6, "化德县", 1, 86, 86],
        [7, "丰镇市", 2, 86, 162],
        ["合计", null, 12, null, 1032],
        ["注：资金来源为中央财政补助资金，依据《内蒙古自治区财政厅关于下达2018年美丽乡村建设财政奖补资金的通知》下达。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
    },
  ],
  settings: { district: "乌兰察布市" },
  expect: {
    tables: [
      { sheet: "奖补资金", kind: "composition", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "四子王旗 2 × 86 = 172, typed 182 (a stated 补助标准 allows no rounding)" },
      { rule: "composition.line-mismatch", cell: "E9", why: "丰镇市 2 × 86 = 172, typed 162" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 1,032 = 172 + 172 + 172 + 182 + 86 + 86 + 162 as typed (the two slips cancel)" },
      { rule: "composition.total-mismatch", cell: "C10", why: "12 villages = 2 + 2 + 2 + 2 + 1 + 1 + 2" },
      { rule: "composition.line-mismatch", cell: "E3", why: "卓资县 2 × 86 = 172" },
      { rule: "composition.line-rounded", why: "a stated standard allows no rounding; the slips are 10 万元 each" },
    ],
  },
};
