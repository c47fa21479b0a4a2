import type { CorpusLayout } from "../types";

// 南昌日报 2023-06: 南昌市已安排近3.32亿元衔接资金赋能乡村振兴 — the year's 衔接 money so far by level: 33168万元 in all, 其中 中央 12052,
// 省级 10557, 市、县两级 10559, and within the last the 3000万元 of city money just paid. A total first, its three sources under 其中, and a
// nested 其中 that is part of one source only. Clean.
export const layout: CorpusLayout = {
  id: "nanchang-2023-linkage-fund-arranged",
  source: {
    title: "南昌市已安排近3.32亿元衔接资金赋能乡村振兴（南昌日报；表据正文拟）",
    url: "http://news.jsnol.com/local/20230607/252974.html",
    publisher: "南昌日报社（苏北网转载；同文 http://nicolas.dizo.com.cn/nicolas/20230608/0893617.html）",
    date: "2023-06-07",
    changes:
      "The figures are the report's (2023年全市已安排衔接资金33168万元，其中收到中央衔接资金12052万元，省级资金10557万元，市、县两级…共安排衔接资金10559万元; " +
      "本次拨付市级资金3000万元 within the last). Laid out by us as the table such a report sums up (项目 | 金额 | 占比, 单位：万元); the 占比 " +
      "column is ours, computed from the figures to two decimals. Nothing planted: the three sources add up to the total.",
  },
  classes: [
    "composition", "clean", "sources-by-level", "total-row-first", "qizhong-lines", "nested-qizhong", "share-column", "shares-sum-above-100",
    "whole-wanyuan", "wanyuan-caption", "table-from-prose", "news-report", "city-fund", "jiangxi",
  ],
  sheets: [
    {
      name: "安排情况",
      widths: [34, 14, 12],
      rows: [
        ["2023年南昌市衔接推进乡村振兴补助资金安排情况", null, null],
        [null, null, "单位：万元"],
        ["项目", "金额", "占比"],
        ["全市已安排衔接资金", 33168, "100.00%"],
        ["其中：中央衔接资金", 12052, "36.34%"],
        ["      省级资金", 10557, "31.83%"],
        ["      市、县两级安排", 10559, "31.84%"],
        ["        其中：本次拨付市级资金", 3000, "9.04%"],
        ["资料来源：南昌日报（2023年6月7日），截至报道日。", null, null],
      ],
      merges: ["A1:C1", "A9:C9"],
      numberFormats: { "B4:B8": "0" },
    },
  ],
  expect: {
    tables: [{ sheet: "安排情况", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "amount" }, year: 2023 }],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "33168 = 12052 + 10557 + 10559; the 3000 is part of 市、县两级 (a 其中 under it), not a fourth source: adding it would give 36168" },
      { rule: "composition.total-mismatch", cell: "B7", why: "市、县两级 10559 holds 3000 of city money among other; one 其中 line that is only some of its line is not summed" },
      { rule: "composition.total-mismatch", cell: "C4", why: "the shares 36.34% + 31.83% + 31.84% = 100.01% only by rounding each to two decimals; they are not amounts" },
      { rule: "input.unreadable-value", why: "the shares are written as text percentages beside the amounts and the source line is a note" },
    ],
  },
};
