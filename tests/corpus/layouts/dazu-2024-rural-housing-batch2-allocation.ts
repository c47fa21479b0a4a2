import type { CorpusLayout } from "../types";

// 大足区住房城乡建委 2024-11-22: 关于调整区住房城乡建委2024年中央危房改造补助资金暨区级配套补助资金的函 — its 附件, the
// 2024年第二批农村危房改造资金分配表 by 镇街: 竣工数, C级 (户, 中央资金), D级 (户) and 补助资金 中央资金 | 区级配套 | 小计, then 应付补助资金合计.
export const layout: CorpusLayout = {
  id: "dazu-2024-rural-housing-batch2-allocation",
  source: {
    title: "重庆市大足区住房和城乡建设委员会关于调整区住房城乡建委2024年中央危房改造补助资金暨区级配套补助资金的函（附件：2024年第二批农村危房改造资金分配表）",
    url: "http://www.dazu.gov.cn/qzfbm/qzfcxjw/zwgk_53321/zfxxgkml/jczwgk/ncwfgzlyzwgk/bzzjgl/bzzjjh/202411/t20241122_13822623.html",
    publisher: "重庆市大足区住房和城乡建设委员会",
    date: "2024-11-22",
    changes:
      "As published: the table's title, its two header rows (镇街 | 竣工数 | C级 | 中央资金 | D级 | 补助资金 over 中央资金 | 区级配套 | 小计 | 应付补助资金合计) and " +
      "the standards its figures imply (C级 0.75万元 central money a household; D级 1.4 central + 2.1 district = 3.5). Ours: the towns' counts and amounts (eight " +
      "towns of 大足区), the caption 单位：户、万元 and the 合计 row. Planted: 龙水镇's 应付补助资金合计 typed 15.75 against its 0.75 + 14 = 14.75, so the row " +
      "misses its parts and the column's lines as typed (69.25) miss the 合计 68.25.",
  },
  classes: ["composition", "allocation-by-town", "two-header-rows", "merged-header-over-three", "count-columns", "subtotal-column", "total-column-last", "total-at-foot", "two-decimal-wanyuan", "mixed-count-and-money", "district-fund", "chongqing"],
  settings: { district: "大足区" },
  sheets: [
    {
      name: "分配表",
      widths: [12, 10, 8, 10, 8, 10, 10, 10, 16],
      rows: [
        ["2024年第二批农村危房改造资金分配表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：户、万元"],
        ["镇街", "竣工数", "C级", "中央资金", "D级", "补助资金", null, null, "应付补助资金合计"],
        [null, null, null, null, null, "中央资金", "区级配套", "小计", null],
        ["宝顶镇", 3, 1, 0.75, 2, 2.8, 4.2, 7, 7.75],
        ["宝兴镇", 3, 0, 0, 3, 4.2, 6.3, 10.5, 10.5],
        ["高坪镇", 3, 2, 1.5, 1, 1.4, 2.1, 3.5, 5],
        ["龙水镇", 5, 1, 0.75, 4, 5.6, 8.4, 14, 15.75],
        ["三驱镇", 2, 0, 0, 2, 2.8, 4.2, 7, 7],
        ["拾万镇", 5, 2, 1.5, 3, 4.2, 6.3, 10.5, 12],
        ["中敖镇", 2, 0, 0, 2, 2.8, 4.2, 7, 7],
        ["季家镇", 2, 1, 0.75, 1, 1.4, 2.1, 3.5, 4.25],
        ["合计", 25, 7, 5.25, 18, 25.2, 37.8, 63, 68.25],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"],
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
        columns: { A: "line", F: "amount:中央资金", G: "amount:区级配套", H: "amount:小计", I: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "I8", why: "龙水镇 应付补助资金合计 15.75 against C级 中央资金 0.75 + D级 小计 14 = 14.75: 1万元 over" },
      { rule: "composition.total-mismatch", cell: "I13", why: "合计 68.25 against the towns as typed 7.75 + 10.5 + 5 + 15.75 + 7 + 12 + 7 + 4.25 = 69.25: 1万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H13", why: "小计 63 = 25.2 + 37.8, and = 7 + 10.5 + 3.5 + 14 + 7 + 10.5 + 7 + 3.5" },
      { rule: "composition.total-mismatch", cell: "D13", why: "C级 中央资金 5.25 = 0.75 + 0 + 1.5 + 0.75 + 0 + 1.5 + 0 + 0.75" },
      { rule: "composition.total-mismatch", cell: "B13", why: "竣工数 25 = C级 7 + D级 18 (household counts, not money), and = the towns' 3+3+3+5+2+5+2+2" },
      { rule: "composition.total-mismatch", cell: "I5", why: "宝顶镇 7.75 = 0.75 + 7; the other towns' 合计 = C级 中央资金 + D级 小计" },
      { rule: "composition.line-mismatch", why: "no standard column: the per-household figures are implied, not stated" },
      { rule: "register.ineligible-location", why: "an allocation to the district's own towns, no register" },
    ],
  },
};
