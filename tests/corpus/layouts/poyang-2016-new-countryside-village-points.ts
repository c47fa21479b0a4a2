import type { CorpusLayout } from "../types";

// 鄱阳县 2016-09 (reposted): 2016年鄱阳县新农村建设村点 — 198 村点 approved under 江西省新村办's 关于2016年全省新农村建设村点批复的通知, listed with
// each point's 户数 and 人口, published as a picture. Laid out as 序号 | 乡镇 | 村点名称 | 户数 | 人口 | 省级财政补助资金（万元）, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "poyang-2016-new-countryside-village-points",
  source: {
    title: "批复了！鄱阳198个村入选江西新农村建设，专项资金下达（2016年鄱阳县新农村建设村点）",
    url: "http://www.360doc.com/content/16/0919/07/27031602_591896144.shtml",
    publisher: "鄱阳县（微鄱阳转载，原为江西省新农村建设工作办公室批复）",
    date: "2016-09-19",
    changes:
      "As published: the list's title, its 198 points in 鄱阳's townships with 户数 and 人口 (the list itself is a picture, not in the stored text), the " +
      "批复 notice (赣新村发〔2015〕1号, 赣新村办字〔2016〕2号) and its 中心村 money rules. The rows are cut to ten points of ours in real townships; the " +
      "money column 省级财政补助资金 is ours (the picture gives no money), 15万元 a point. Planted: the 合计 typed 165 where ten points at 15 = 150.",
  },
  classes: [
    "composition", "allocation-by-village", "towns-beside-lines", "count-columns-beside-money", "whole-wanyuan", "wanyuan-in-header",
    "total-at-foot", "rows-cut", "notes-under-table", "picture-list-in-stored-copy", "county-fund", "jiangxi",
  ],
  settings: { district: "鄱阳县" },
  sheets: [
    {
      name: "村点",
      widths: [6, 12, 24, 8, 8, 18],
      rows: [
        ["2016年鄱阳县新农村建设村点", null, null, null, null, null],
        ["序号", "乡镇", "村点名称", "户数", "人口", "省级财政补助资金（万元）"],
        [1, "鄱阳镇", "芦田村委会芦田村", 46, 198, 15],
        [2, "谢家滩镇", "大源村委会上湾村", 38, 161, 15],
        [3, "谢家滩镇", "大源村委会下湾村", 31, 137, 15],
        [4, "石门街镇", "石门村委会港头村", 52, 226, 15],
        [5, "田畈街镇", "新桥村委会汪家村", 44, 183, 15],
        [6, "古县渡镇", "桥头村委会胡家村", 29, 124, 15],
        [7, "饶丰镇", "饶丰村委会湖边村", 57, 241, 15],
        [8, "双港镇", "长山村委会洪家村", 35, 152, 15],
        [9, "油墩街镇", "团林村委会段家村", 41, 176, 15],
        [10, "凰岗镇", "凰岗村委会余家村", 33, 140, 15],
        ["合计", null, null, 406, 1738, 165],
        ["注：村点建设以村民理事会为主体组织实施；市、县财政按规定足额配套。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A13:C13", "A14:F14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "村点", kind: "composition", unit: "万元", headerRow: 2, lastRow: 13, columns: { B: "category", C: "line", F: "amount" }, year: 2016 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F13", why: "合计 165 where the ten points at 15 each = 150: 15万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "户数 406 = 46 + 38 + 31 + 52 + 44 + 29 + 57 + 35 + 41 + 33; a count, no money" },
      { rule: "composition.total-mismatch", cell: "E13", why: "人口 1,738 adds up; a count, no money" },
      { rule: "composition.line-mismatch", why: "户数 and 人口 are counts of the point, no quantity the money is a rate of" },
      { rule: "register.ineligible-location", why: "an allocation to 村点 of 鄱阳县's own townships, no register of firms" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is no line" },
    ],
  },
};
