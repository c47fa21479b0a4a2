import type { CorpusLayout } from "../types";

// 河北省财政厅、交通运输厅 2016-09: 8亿元 of provincial money for rebuilding ordinary roads destroyed in the "7·19" flood — 28,188万元 for
// 国省干线 (down to named projects) and 51,812万元 for 农村公路 (sent down as blocks), mainly to 石家庄、邯郸、邢台, also 保定、秦皇岛 and
// others. Laid out as 序号 | 市 | 合计 | 国省干线 | 农村公路, the 合计 row first under the header, the note and sign-off under it.
export const layout: CorpusLayout = {
  id: "hebei-2016-flood-damaged-road-rebuild-allocation",
  source: {
    title: "河北下达8亿元用于水毁普通公路恢复重建（分配表据正文拟）",
    url: "http://www.yaodongcasing.com/hydt/1915.shtml",
    publisher: "河北省财政厅、河北省交通运输厅（转载）",
    date: "2016-09-14",
    changes:
      "As published: 8亿元 in all, 国省干线公路恢复重建资金 28,188万元 and 农村公路恢复重建资金 51,812万元, the three worst-hit cities and " +
      "保定、秦皇岛 among the others, 国省干线 money tied to projects and 农村公路 money sent down as blocks. No table is shown: the allocation " +
      "by city is built from the prose, each city's figures ours (张家口 added as one of 其他受灾市), the two totals kept. Planted: 邢台市 " +
      "农村公路 typed 12,902 (for 12,092), so its 合计 18,510 and the 农村公路 foot 51,812 both disagree with it.",
  },
  classes: [
    "composition", "total-column-first", "total-row-first", "two-part-columns", "whole-wanyuan", "wanyuan-caption", "cities-as-lines",
    "transposed-digits", "notes-under-table", "sign-off-under-table", "table-from-prose", "provincial-fund", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 12, 24, 28],
      rows: [
        ["河北省“7·19”特大洪水水毁普通公路恢复重建省级补助资金分配表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市", "合计", "国省干线公路恢复重建资金", "农村公路恢复重建资金（切块下达）"],
        [null, "合计", 80000, 28188, 51812],
        [1, "石家庄市", 25420, 9120, 16300],
        [2, "邯郸市", 21070, 7650, 13420],
        [3, "邢台市", 18510, 6418, 12902],
        [4, "保定市", 7800, 2600, 5200],
        [5, "秦皇岛市", 4400, 1500, 2900],
        [6, "张家口市", 2800, 900, 1900],
        ["注：国省干线公路补助资金直接明确到具体实施项目；农村公路补助资金切块下达，由各地按照轻重缓急统筹安排项目。", null, null, null, null],
        [null, null, null, "河北省财政厅 河北省交通运输厅", "2016年9月"],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "C4:E10": "#,##0" },
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
        columns: { B: "line", C: "amount", D: "amount:国省干线公路", E: "amount:农村公路" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "邢台市 合计 18,510 where 国省干线 6,418 + 农村公路 12,902 = 19,320: 810万元 apart" },
      { rule: "composition.total-mismatch", cell: "E4", why: "农村公路 foot 51,812 against its lines as typed 16,300 + 13,420 + 12,902 + 5,200 + 2,900 + 1,900 = 52,622: 810万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 80,000 = 25,420 + 21,070 + 18,510 + 7,800 + 4,400 + 2,800, and across the row 28,188 + 51,812 with the 农村公路 foot as typed" },
      { rule: "composition.total-mismatch", cell: "D4", why: "国省干线 9,120 + 7,650 + 6,418 + 2,600 + 1,500 + 900 = 28,188" },
      { rule: "composition.total-mismatch", cell: "C5", why: "石家庄市 9,120 + 16,300 = 25,420" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is text; the offices and month under it are the sign-off" },
    ],
  },
};
