import type { CorpusLayout } from "../types";

// 山西省财政厅 2022-07: 中央专项彩票公益金支持欠发达革命老区乡村振兴项目资金 12,800万元 — 12,000 for the three counties made
// 示范区 in 2022 (4,000 each) and 800 for 武乡县, rated A in the 2021 assessment; two purposes as numbered category rows carrying their
// own sums, counties under them with their cities.
export const layout: CorpusLayout = {
  id: "shanxi-2022-old-revolutionary-area-lottery-allocation",
  source: {
    title: "山西省下达中央专项彩票公益金预算12800万元（山西日报；分配表据正文拟）",
    url: "http://sx.news.cn/2022-07/18/c_1128840548.htm",
    publisher: "山西省财政厅（新华网山西频道转载山西日报）",
    date: "2022-07-18",
    changes:
      "The report gives the allocation in prose: 12000万元用于补助2022年新增的欠发达革命老区乡村振兴示范区建设（左权县、汾西县、岚县每县4000万元）；800万元用于支持2021年度评估结果为A等次的武乡县示范区继续巩固提升建设成果. " +
      "Laid out as the allocation table it reads as: 序号 | 县（市、区） | 所属市 | 资金用途 | 下达资金 | 备注, the two purposes as category rows " +
      "(一 / 二) carrying their sums, 合计 at the foot. The figures are the report's own; the 所属市 and 备注 columns are ours. Nothing planted: the " +
      "layout is clean.",
  },
  classes: [
    "composition", "clean", "allocation-by-county", "category-rows-with-sums", "outline-numbering", "counties-with-cities", "remark-column", "whole-wanyuan",
    "total-at-foot", "table-from-prose", "news-report", "province-level", "wanyuan-caption", "shanxi",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 10, 40, 12, 24],
      rows: [
        ["2022年中央专项彩票公益金支持欠发达革命老区乡村振兴项目资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "所属市", "资金用途", "下达资金", "备注"],
        ["一", "2022年新增欠发达革命老区乡村振兴示范区建设", null, null, 12000, null],
        [1, "左权县", "晋中市", "示范区建设", 4000, "新增示范区"],
        [2, "汾西县", "临汾市", "示范区建设", 4000, "新增示范区"],
        [3, "岚县", "吕梁市", "示范区建设", 4000, "新增示范区"],
        ["二", "2021年度评估结果为A等次示范区巩固提升", null, null, 800, null],
        [4, "武乡县", "长治市", "继续巩固提升建设成果", 800, "2021年度评估A等次"],
        ["合计", null, null, null, 12800, null],
        ["注：有关县参考省级整体绩效目标填报区域绩效目标，报省财政厅、省乡村振兴局备案。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B4:D4", "B8:D8", "A10:D10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", B: "line", E: "amount" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 12,800 = 一 12,000 + 二 800 (the categories, not their counties again)" },
      { rule: "composition.total-mismatch", cell: "E4", why: "一 12,000 = 4,000 + 4,000 + 4,000" },
      { rule: "composition.total-mismatch", cell: "E8", why: "二 800 = 武乡县 800" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns; 4,000 each is the report's own figure" },
      { rule: "composition.approved-mismatch", why: "12,800 stated once, as the 合计, and met" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
