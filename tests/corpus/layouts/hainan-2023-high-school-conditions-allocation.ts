import type { CorpusLayout } from "../types";

// 海南省财政厅、省教育厅 2023-02: 2023年改善普通高中学校办学条件补助资金 sent down early, 1.969亿元 (中央 1.089亿, 省级 8,800万元)
// to 18 市县 — 海口 5,326, 三亚 1,630, 儋州 1,844, 东方 2,860, 屯昌 2,317万元 among them. Laid out as the 补助资金分配表 the
// report quotes: 市县, 合计, then 中央资金 | 省级资金, the total first.
export const layout: CorpusLayout = {
  id: "hainan-2023-high-school-conditions-allocation",
  source: {
    title: "1.969亿元！海南提前下达补助资金（2023年改善普通高中学校办学条件补助资金；这里是儋州 / 海南日报客户端）",
    url: "http://zixun.csunews.com/zixun/2023/0224/22032.html",
    publisher: "海南省财政厅、海南省教育厅（海南日报客户端报道）",
    date: "2023-02-24",
    changes:
      "As published: the fund, 18 市县, the total 19,690万元 = 中央 10,890 + 省级 8,800, and the totals of 海口市 5,326, 三亚市 1,630, 儋州市 1,844, " +
      "东方市 2,860 and 屯昌县 2,317万元. The table itself is not in the report: the other 13 市县' totals and every 中央 / 省级 split are ours " +
      "(they add up to the published figures). Planted: the 合计 row's 中央资金 typed 10,980 for 10,890.",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "two-sources-columns", "row-total-column", "whole-wanyuan", "cities-and-counties-as-lines", "wanyuan-caption", "notes-under-table", "provincial-department", "hainan"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 22, 12, 12, 12, 10],
      rows: [
        ["2023年改善普通高中学校办学条件补助资金分配表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "市县", "合计", "中央资金", "省级资金", "备注"],
        [null, "合计", 19690, 10980, 8800, null],
        [1, "海口市", 5326, 2944, 2382, null],
        [2, "三亚市", 1630, 902, 728, null],
        [3, "儋州市", 1844, 1020, 824, null],
        [4, "五指山市", 520, 288, 232, null],
        [5, "文昌市", 468, 259, 209, null],
        [6, "琼海市", 455, 252, 203, null],
        [7, "万宁市", 610, 337, 273, null],
        [8, "东方市", 2860, 1582, 1278, null],
        [9, "定安县", 402, 222, 180, null],
        [10, "屯昌县", 2317, 1281, 1036, null],
        [11, "澄迈县", 488, 270, 218, null],
        [12, "临高县", 436, 241, 195, null],
        [13, "白沙黎族自治县", 312, 173, 139, null],
        [14, "昌江黎族自治县", 352, 195, 157, null],
        [15, "乐东黎族自治县", 560, 310, 250, null],
        [16, "陵水黎族自治县", 397, 220, 177, null],
        [17, "保亭黎族苗族自治县", 338, 187, 151, null],
        [18, "琼中黎族苗族自治县", 375, 207, 168, null],
        ["注：资金用于改善普通高中学校办学条件，属于基本建设和政府采购范围的项目，应按有关规定执行。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A23:F23"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 22, columns: { B: "line", C: "amount", D: "amount:中央资金", E: "amount:省级资金" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D4", why: "the 18 市县' 中央资金 add up to 10,890 (2944+902+1020+288+259+252+337+1582+222+1281+270+241+173+195+310+220+187+207), not 10,980; whole 万元, exact; with 10,890 the row agrees (10,890 + 8,800 = 19,690): reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 19,690 is the sum of the 18 totals" },
      { rule: "composition.total-mismatch", cell: "E4", why: "省级资金 8,800 is the sum of its 18 lines" },
      { rule: "composition.total-mismatch", cell: "C5", why: "every 市县's 合计 is its 中央 + 省级 (海口 2,944 + 2,382 = 5,326 …)" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", why: "the empty 备注 and the note under the table are no figures" },
    ],
  },
};
