import type { CorpusLayout } from "../types";

// 太原信息网 2018-11-28: 山西省财政厅 sends 1.3亿元 to the nine cities whose bids won central pilot money — 1600万元 for 10亿元 and above,
// 1000万元 for 5–10亿元; 长治 2600万元. Laid out as the allocation behind it: 序号 | 市 | 争取中央资金（亿元） | 奖励档次 | 奖励资金（万元） | 备注.
export const layout: CorpusLayout = {
  id: "shanxi-2018-central-pilot-bid-city-awards",
  source: {
    title: "山西对入围中央试点项目的9个市共奖励资金1.3亿元（分配表据正文拟）",
    url: "http://www.zjgbrkhg.com/zuixin/13528.html",
    publisher: "山西省财政厅（太原信息网转载）",
    date: "2018-11-28",
    changes:
      "As published: the nine cities and their awards (长治 2600万元; 太原、阳泉、忻州、晋城 1600万元 each; 晋中、吕梁、临汾、运城 1000万元 each), the two tiers, " +
      "the 1.3亿元 and the 128亿元 of central money won. Ours: the table, each city's share of the 128亿元, the remark column. " +
      "Planted: 晋城市 typed 1500 where the tier gives 1600, so the nine lines (12,900) miss the 合计 13,000.",
  },
  classes: ["composition", "allocation-by-city", "tier-column", "two-units-in-headings", "whole-wanyuan", "remark-column", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shanxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 16, 12, 14, 26],
      rows: [
        ["2018年积极参与中央试点项目申报奖励资金分配表", null, null, null, null, null],
        ["单位：亿元、万元", null, null, null, null, null],
        ["序号", "市", "争取中央资金（亿元）", "奖励档次", "奖励资金（万元）", "备注"],
        [1, "太原市", 21, "第一档", 1600, null],
        [2, "长治市", 30, "第一档", 2600, "两个试点项目（1600+1000）"],
        [3, "阳泉市", 14, "第一档", 1600, null],
        [4, "忻州市", 15, "第一档", 1600, null],
        [5, "晋城市", 12, "第一档", 1500, null],
        [6, "晋中市", 9, "第二档", 1000, null],
        [7, "吕梁市", 8, "第二档", 1000, null],
        [8, "临汾市", 9.5, "第二档", 1000, null],
        [9, "运城市", 9.5, "第二档", 1000, null],
        ["合计", null, 128, null, 13000, null],
        ["注：第一档为争取中央资金10亿元以上（含10亿元），奖励1600万元；第二档为5亿元以上（含5亿元）、10亿元以下，奖励1000万元。奖励资金主要用于项目前期工作、申报费用及项目建设补助。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A13:B13", "A14:F14"],
      numberFormats: { "E4:E13": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", D: "category", E: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E13", why: "合计 13,000; the nine cities give 1,600 + 2,600 + 1,600 + 1,600 + 1,500 + 1,000 × 4 = 12,900 (100万元 apart, whole figures)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "争取中央资金 128 = 21 + 30 + 14 + 15 + 12 + 9 + 8 + 9.5 + 9.5" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: 争取中央资金 is what a city won, not a count" },
      { rule: "composition.total-mismatch", cell: "E5", why: "长治市's remark (1600+1000) explains its 2,600; it is no total of lines" },
    ],
  },
};
