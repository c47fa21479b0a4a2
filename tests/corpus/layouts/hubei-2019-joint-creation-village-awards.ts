import type { CorpusLayout } from "../types";

// 湖北省住建厅 2019-06-03 (as 湖北日报 reported it): 78 villages named 美好环境与幸福生活共同缔造活动示范村; the 2017–2018 provincial
// 城乡建设与发展以奖代补资金 left after the 培育期 projects goes to them, shared equally among the villages, eight of them in 黄冈 taking no part.
export const layout: CorpusLayout = {
  id: "hubei-2019-joint-creation-village-awards",
  source: {
    title: "省里要给这78个村发钱了！（湖北省美好环境与幸福生活共同缔造活动示范村以奖代补资金分配表据正文拟）",
    url: "http://m-longshang.cjyun.org/p/17373.html",
    publisher: "湖北日报（龙上融媒转载）",
    date: "2019-06-04",
    changes:
      "As published: 78 示范村, the 7450万元 of 2017–2018 以奖代补资金 (less what the 培育期 projects already had), the rule that the money " +
      "is shared equally among the villages, and the eight 红安县、麻城市、罗田县 villages that take no part. The report prints no table; the " +
      "allocation by 市（州） (示范村个数 | 每村补助标准 | 补助资金) is ours, 70 villages at 100万元 each. Planted: 荆门市's 4 villages given 500.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "count-column", "allocation-by-city", "remark-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "table-from-prose", "news-report", "provincial-fund", "hubei"],
  settings: { district: "湖北省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 14, 18, 16, 30],
      rows: [
        ["湖北省美好环境与幸福生活共同缔造活动示范村以奖代补资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、万元"],
        ["序号", "市（州）", "示范村个数", "补助标准（万元/村）", "补助资金", "备注"],
        [1, "武汉市", 6, 100, 600, null],
        [2, "黄石市", 3, 100, 300, null],
        [3, "十堰市", 5, 100, 500, null],
        [4, "宜昌市", 6, 100, 600, null],
        [5, "襄阳市", 7, 100, 700, null],
        [6, "鄂州市", 2, 100, 200, null],
        [7, "荆门市", 4, 100, 500, null],
        [8, "孝感市", 5, 100, 500, null],
        [9, "荆州市", 7, 100, 700, null],
        [10, "黄冈市", 3, 100, 300, "红安县、麻城市、罗田县8个村不参与本次资金分配"],
        [11, "咸宁市", 5, 100, 500, null],
        [12, "随州市", 3, 100, 300, null],
        [13, "恩施州", 7, 100, 700, null],
        [14, "仙桃市", 2, 100, 200, null],
        [15, "潜江市", 2, 100, 200, null],
        [16, "天门市", 2, 100, 200, null],
        [17, "神农架林区", 1, 100, 100, null],
        ["合计", null, 70, "—", 7100, null],
        ["注：2017—2018年省级城乡建设与发展以奖代补资金共7450万元，除已下达省级美丽宜居乡村示范项目培育期的资金外，全部用于示范村；补助资金原则上平均分配至各示范村。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A21:B21", "A22:F22"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", sheet: "分配表", cell: "E10", why: "荆门市: 4 villages × 100万元 = 400, given 500" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "E21", why: "合计 7100 = the seventeen lines as typed (600 + 300 + … + 100)" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C21", why: "70 villages = 6 + 3 + 5 + 6 + 7 + 2 + 4 + 5 + 7 + 3 + 5 + 3 + 7 + 2 + 2 + 2 + 1, a count" },
      { rule: "composition.line-mismatch", sheet: "分配表", cell: "E13", why: "黄冈市 3 × 100 = 300; the eight villages in the remark take no part" },
      { rule: "composition.line-mismatch", sheet: "分配表", cell: "E21", why: "the 合计 row states no standard (—)" },
      { rule: "composition.line-rounded", why: "every other line is its count × 100 exactly" },
    ],
  },
};
