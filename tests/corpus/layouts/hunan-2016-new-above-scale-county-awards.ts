import type { CorpusLayout } from "../types";

// 湖南省财政厅、省经信委 2017-05-09: the first 2017 batch of 制造强省专项资金 — 2000万元 for 2016's new 规模以上工业企业 (湘经信运行〔2014〕542号):
// 1000万元 to the 14 市州 that met their targets, 1000万元 to 30 县市区 and 省直管县市 of marked success. Laid out as its annex 2,
// 《2016年县市区入规奖励建议表》: 序号 | 市州 | 县市区 | 2016年新增规模以上工业企业（家） | 奖励资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hunan-2016-new-above-scale-county-awards",
  source: {
    title: "湖南省财政厅 湖南省经济和信息化委员会关于下达2017年第一批制造强省专项资金（规模以上工业企业培育发展奖励项目）的通知（附件2：2016年县市区入规奖励建议表）",
    url: "https://linxiang.gov.cn/24733/24767/30552/30563/content_1352547.html",
    publisher: "湖南省财政厅、湖南省经济和信息化委员会（临湘市财政局转发）",
    date: "2017-05-09",
    changes:
      "As published: the notice, the 2000万元 and its two halves (14 市州, 30 县市区 and 省直管县市), the budget subjects (2150599, 30499) and the annex's name. " +
      "The stored copy carries only the annex's file name: its columns are ours in the form such 建议表 take, cut to ten of the thirty 县市区 (临湘市 " +
      "among them), every count and amount ours, so the 合计 is these rows' (425), not the 1000万元. Nothing planted: a clean layout.",
  },
  classes: ["composition", "clean", "allocation-by-county", "count-column", "cities-beside-counties", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "annex-title-row", "table-not-in-stored-copy", "province-level", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "附件2",
      widths: [6, 10, 10, 22, 16],
      rows: [
        ["附件2", null, null, null, null],
        ["2016年县市区入规奖励建议表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市州", "县市区", "2016年新增规模以上工业企业（家）", "奖励资金"],
        [1, "长沙市", "浏阳市", 38, 80],
        [2, "长沙市", "长沙县", 35, 75],
        [3, "株洲市", "醴陵市", 22, 45],
        [4, "湘潭市", "湘潭县", 18, 40],
        [5, "衡阳市", "衡南县", 16, 35],
        [6, "岳阳市", "临湘市", 15, 35],
        [7, "常德市", "澧县", 14, 30],
        [8, "郴州市", "资兴市", 12, 30],
        [9, "永州市", "祁阳县", 13, 30],
        [10, "怀化市", "沅陵县", 9, 25],
        ["合计", null, null, 192, 425],
      ],
      merges: ["A1:E1", "A2:E2", "A15:C15"],
      numberFormats: { "D5:E15": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "附件2", kind: "composition", unit: "万元", headerRow: 4, lastRow: 15, columns: { B: "category", C: "line", E: "amount" }, year: 2016 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E15", why: "80 + 75 + 45 + 40 + 35 + 35 + 30 + 30 + 30 + 25 = 425" },
      { rule: "composition.total-mismatch", cell: "D15", why: "the counts add up: 38 + 35 + 22 + 18 + 16 + 15 + 14 + 12 + 13 + 9 = 192, and a count is no money" },
      { rule: "composition.line-mismatch", why: "no standard per firm: the counts are the basis of the awards, not a unit × quantity" },
      { rule: "composition.approved-mismatch", why: "the 1000万元 of the notice is not in the workbook, and these are ten of the thirty rows" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件2 is the annex's label" },
    ],
  },
};
