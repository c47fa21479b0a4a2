import type { CorpusLayout } from "../types";

// 河北日报 2013-08-06: the province's 14,324.5万元 for 农村面貌改造提升 — 2万元 per 重点村 for its plan (规划编制), 2万元 per 重点村 for
// 垃圾清运, and 5,000元 per household in ten pilot villages for 民居节能改造 (4,417户, 2,208.5万元). Reported as prose; built here as the
// by-city allocation such a notice annexes, the standards stated in the group headings.
export const layout: CorpusLayout = {
  id: "hebei-2013-village-upgrade-provincial-subsidy-by-city",
  source: {
    title: "[聚焦农村面貌改造]河北下达省级补助资金1.4亿（分市分配表据报道拟）",
    url: "http://heb.hebei.com.cn/system/2013/08/06/012923088.shtml",
    publisher: "河北省财政厅（河北日报报道）",
    date: "2013-08-06",
    changes:
      "As published: the three uses and their standards (重点村规划编制 2万元/村, 垃圾清运 2万元/村, 试点村民居节能改造 5000元/户), the totals " +
      "(3,029个重点村, 4,417户, 2,208.5万元, 14,324.5万元). The report gives no split by city: the table is built from the prose (no grid was " +
      "found), the eleven 设区市' village and household counts are ours, adding up to the published totals. Planted: 沧州市's 合计 typed " +
      "1,154 where its three parts add up to 1,144, so the 合计 column's lines also miss the foot (the foot is the true 14,324.5).",
  },
  classes: [
    "composition", "allocation-by-city", "standard-in-group-heading", "count-columns", "row-total-column", "two-header-rows",
    "merged-group-headers", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose",
    "news-report", "province-fund", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 12, 14, 14, 12, 16, 14],
      rows: [
        ["2013年农村面貌改造提升省级补助资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "农村面貌改造提升重点村（每村各补助2万元）", null, null, "试点村民居节能改造（每户0.5万元）", null, "合计"],
        [null, null, "重点村数（个）", "规划编制补助", "垃圾清运补助", "改造户数（户）", "奖补资金", null],
        [1, "石家庄市", 352, 704, 704, 612, 306, 1714],
        [2, "唐山市", 318, 636, 636, null, null, 1272],
        [3, "秦皇岛市", 146, 292, 292, null, null, 584],
        [4, "邯郸市", 341, 682, 682, 874, 437, 1801],
        [5, "邢台市", 305, 610, 610, null, null, 1220],
        [6, "保定市", 412, 824, 824, 1205, 602.5, 2250.5],
        [7, "张家口市", 268, 536, 536, null, null, 1072],
        [8, "承德市", 231, 462, 462, null, null, 924],
        [9, "沧州市", 286, 572, 572, null, null, 1154],
        [10, "廊坊市", 198, 396, 396, 936, 468, 1260],
        [11, "衡水市", 172, 344, 344, 790, 395, 1083],
        ["合计", null, 3029, 6058, 6058, 4417, 2208.5, 14324.5],
        ["注：重点村规划编制和垃圾清运补助标准均为每村2万元；10个试点村民居节能改造奖补标准为每户5000元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:G3", "H3:H4", "A16:B16", "A17:H17"],
      numberFormats: { "D5:E16": "0.0", "G5:H16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", C: "quantity", D: "amount", E: "amount:垃圾清运补助", G: "amount:奖补资金", H: "amount:合计" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "H13", why: "沧州市: 规划编制 572 + 垃圾清运 572 + 奖补 0 = 1,144, 合计 typed 1,154 (10万元 over)" },
      { rule: "composition.total-mismatch", cell: "H16", why: "the 合计 column's lines as typed add up to 14,334.5; the foot says 14,324.5 (its parts 6,058 + 6,058 + 2,208.5 agree with it)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "规划编制: the eleven lines add up to 6,058 = 3,029 × 2" },
      { rule: "composition.total-mismatch", cell: "E16", why: "垃圾清运: 6,058" },
      { rule: "composition.total-mismatch", cell: "G16", why: "奖补资金: 306 + 437 + 602.5 + 468 + 395 = 2,208.5 (blank cities add nothing)" },
      { rule: "composition.total-mismatch", cell: "C16", why: "3,029 villages: a count, and it adds up" },
      { rule: "composition.total-mismatch", cell: "F16", why: "4,417 households: a count, and it adds up" },
      { rule: "composition.line-mismatch", why: "every city's money is its count × the standard its heading states (2万元 per village, 0.5万元 per household)" },
      { rule: "composition.total-mismatch", cell: "H10", why: "保定市: 824 + 824 + 602.5 = 2,250.5" },
      { rule: "composition.total-mismatch", cell: "A17", why: "the note under the table is no line" },
    ],
  },
};
