import type { CorpusLayout } from "../types";

// 江西省财政厅 → 九江市, 2019: 革命老区转移支付补助资金 6,684万元 (1,114万元 more than 2018, +20%) to four counties — 修水 2,865, 德安 1,202,
// 彭泽 1,584, 都昌 1,033 — for 乡村公路建设, 危桥改造 and other 民生项目. The report's figures as the allocation table it describes: each
// county's money with 其中 by use, the uses all of it (其他民生项目 the rest).
export const layout: CorpusLayout = {
  id: "jiujiang-2019-old-revolutionary-area-transfer",
  source: {
    title: "省财政厅下达九江市2019年革命老区转移支付补助资金6684万元（中国江西网-九江头条；分配表据报道拟）",
    url: "http://m.daxrmtzx.com/p/1701.html",
    publisher: "中国江西网-九江头条（page as stored by a mirror）",
    date: "2019",
    changes:
      "As published: the total 6,684万元 and each county's share (修水县2,865, 德安县1,202, 彭泽县1,584, 都昌县1,033), the increase on 2018 " +
      "(1,114万元, 20%, in the note) and the uses named (乡村公路建设、危桥改造等民生项目). The report is prose: the table's frame (序号 | 县（区） | " +
      "下达资金 | 其中 over 乡村公路建设 | 危桥改造 | 其他民生项目) and the split by use are ours. Planted: 都昌县's uses add up to 640 + 230 + 183 = " +
      "1,053 against its 1,033; the 合计 of 其他民生项目 1,044 (what the office forced from 6,684 − 4,180 − 1,460) where its lines give 1,064.",
  },
  classes: ["composition", "allocation-by-county", "table-from-prose", "qizhong-columns", "rest-column", "merged-qizhong-header", "two-header-rows", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "city-level", "jiangxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 14, 16, 12, 16],
      rows: [
        ["九江市2019年革命老区转移支付补助资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "下达资金", "其中", null, null],
        [null, null, null, "乡村公路建设", "危桥改造", "其他民生项目"],
        [1, "修水县", 2865, 1800, 620, 445],
        [2, "德安县", 1202, 760, 260, 182],
        [3, "彭泽县", 1584, 980, 350, 254],
        [4, "都昌县", 1033, 640, 230, 183],
        ["合计", null, 6684, 4180, 1460, 1044],
        ["注：较上年增加1114万元，同比增长20%；资金主要用于乡村公路建设、危桥改造等民生项目，专款专用。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A9:B9", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "amount", D: "amount:乡村公路建设", E: "amount:危桥改造", F: "amount:其他民生项目" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C8", why: "都昌县 下达 1,033 where its uses, all of it, give 640 + 230 + 183 = 1,053 (20万元 apart); whole 万元, exact" },
      { rule: "composition.total-mismatch", cell: "F9", why: "合计 其他民生项目 1,044 where 445 + 182 + 254 + 183 = 1,064" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "6,684 = 2,865 + 1,202 + 1,584 + 1,033, the published shares; across, 6,684 = 4,180 + 1,460 + 1,044 as stated" },
      { rule: "composition.total-mismatch", cell: "D9", why: "4,180 = 1,800 + 760 + 980 + 640" },
      { rule: "composition.total-mismatch", cell: "E9", why: "1,460 = 620 + 260 + 350 + 230" },
      { rule: "composition.total-mismatch", cell: "C5", why: "修水县 2,865 = 1,800 + 620 + 445" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated in the workbook or the settings; 1114 and 20% in the note are text" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
