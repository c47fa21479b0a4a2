import type { CorpusLayout } from "../types";

// 福建省林业厅 / 财政厅 2016-09: the central forestry loan-interest subsidy for 2016, 3,819万元, split among the cities — 3,721.17万元
// for farmers' small forestry loans and 97.83万元 for nine project loans. Laid out as the allocation such a release annexes:
// each city's total beside its 其中 split under a merged header, dashes where a city has no project loan, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "fujian-2016-forestry-loan-interest-allocation",
  source: {
    title: "中央财政下达我省林业贷款贴息补贴3819万元（福建省林业厅；分配表据正文拟）",
    url: "http://fujiansannong.com/info/6969",
    publisher: "福建省林业厅（转载）",
    date: "2016-09-19",
    changes:
      "The release's figures are kept: 3,819万元 in all; 农户林业小额贴息贷款余额12.48亿元、贴息资金3,721.17万元; 项目贴息贷款余额0.33亿元、" +
      "贴息资金97.83万元, 9个项目; 已分解下达到有关县（市、区）. It gives them in prose; laid out here as an allocation by 设区市 (序号 | 设区市 | " +
      "合计 | 其中: 农户林业小额贷款贴息 / 林业项目贷款贴息, 单位：万元, 合计, a note). How the money splits over the eight cities is ours " +
      "(the release names none); the column totals are the release's. Planted: the 合计 row states 3,712.17 for the farmers' loans " +
      "where the cities add up to 3,721.17 (digits transposed), so that row's own parts no longer make 3,819.",
  },
  classes: ["composition", "allocation-by-city", "qizhong-columns", "row-total-column", "two-header-rows", "dash-as-nothing", "total-at-foot", "wanyuan-caption", "notes-under-table", "fujian"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 12, 22, 20],
      rows: [
        ["2016年林业贷款中央财政贴息资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "设区市", "合计", "其中", null],
        [null, null, null, "农户林业小额贷款贴息", "林业项目贷款贴息"],
        [1, "福州市", 210.35, 210.35, "—"],
        [2, "莆田市", 95.6, 95.6, "—"],
        [3, "三明市", 903.62, 868.42, 35.2],
        [4, "泉州市", 240.18, 240.18, "—"],
        [5, "漳州市", 310.27, 310.27, "—"],
        [6, "南平市", 1073.99, 1045.36, 28.63],
        [7, "龙岩市", 639.94, 620.44, 19.5],
        [8, "宁德市", 345.05, 330.55, 14.5],
        ["合计", null, 3819, 3712.17, 97.83],
        ["注：2016年全省林业贴息贷款余额12.81亿元，其中农户林业小额贴息贷款余额12.48亿元，项目贴息贷款余额0.33亿元（9个项目）；资金由设区市分解下达到有关县（市、区）。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A13:B13", "A14:E14"],
      numberFormats: { "C5:E13": "#,##0.00" },
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
        columns: { B: "line", C: "amount", D: "amount:农户林业小额贷款贴息", E: "amount:林业项目贷款贴息" },
        year: 2016,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D13",
        why: "农户林业小额贷款贴息: the eight cities add up to 3,721.17, 合计 states 3,712.17 (9.00万元 short); with 97.83 it makes 3,810.00, not the row's 3,819.00",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "3,819.00 = the eight cities' totals, and = 3,721.17 + 97.83" },
      { rule: "composition.total-mismatch", cell: "E13", why: "97.83 = 35.20 + 28.63 + 19.50 + 14.50 (dashes are nothing)" },
      { rule: "composition.total-mismatch", cell: "C7", why: "三明市 903.62 = 868.42 + 35.20" },
      { rule: "composition.total-mismatch", cell: "C10", why: "南平市 1,073.99 = 1,045.36 + 28.63" },
      { rule: "composition.total-mismatch", cell: "C12", why: "宁德市 345.05 = 330.55 + 14.50" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "cap.unknown-policy", why: "cities are not applicants: the table is an allocation" },
      { rule: "input.unreadable-value", why: "“—” in 林业项目贷款贴息 means nothing; the note is text" },
    ],
  },
};
