import type { CorpusLayout } from "../types";

// 湖北省农机化办 2009: the second batch of 购机补贴 settlement checked — 3.23亿元 this batch, 4.14亿元 with the first, 80.8% of the year's
// subsidy — and each 市（州）'s 结算金额 and 完成全年补贴总额 share, ranked by progress (天门、潜江、神农架 at 100%, 恩施州 last at 19.12%).
export const layout: CorpusLayout = {
  id: "hubei-2009-farm-machinery-batch2-settlement-by-city",
  source: {
    title: "湖北省2009第二批购机补贴结算审核工作完成（市、州结算情况表据正文拟）",
    url: "http://changxiangtd.cn/46-76030-1.html",
    publisher: "湖北省农业机械化管理办公室（转载）",
    date: "2009",
    changes:
      "The page is prose, ranked by progress: each city's 结算金额 (to three decimals) and its share of the 全年补贴总额 are kept as published in " +
      "its order; the 全年补贴总额 column is ours, worked back from those shares, and so are the first three cities' sums (published only as " +
      "100%). The page gives no date for the ranking: settings.asOf takes 2009-09-30 (9/12 = 75%). Planted: 荆州市's share typed 85.36% " +
      "where 7,544.564 / 9,028.92 = 83.56% (the published figure). 十堰市 45.92% and 恩施州 19.12% stand far behind as published.",
  },
  classes: [
    "execution", "settlement-progress", "by-city", "ranked-by-progress", "three-decimal-wanyuan", "mixed-decimals", "rates-as-text",
    "two-decimal-rates", "wanyuan-caption", "total-at-foot", "time-progress-by-month", "notes-under-table", "table-from-prose", "province-level", "hubei",
  ],
  settings: { district: "湖北省", asOf: "2009-09-30" },
  sheets: [
    {
      name: "结算情况",
      widths: [6, 14, 16, 16, 14],
      rows: [
        ["湖北省2009年第二批购机补贴市、州结算情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市（州）", "全年补贴总额", "累计结算金额", "完成比例"],
        [1, "天门市", 1200.0, 1200.0, "100.00%"],
        [2, "潜江市", 1100.0, 1100.0, "100.00%"],
        [3, "神农架林区", 80.0, 80.0, "100.00%"],
        [4, "仙桃市", 1325.97, 1313.9, "99.09%"],
        [5, "孝感市", 4284.18, 4201.5, "98.07%"],
        [6, "荆门市", 4839.87, 4484.14, "92.65%"],
        [7, "随州市", 2075.96, 1889.125, "91.00%"],
        [8, "咸宁市", 2596.02, 2273.852, "87.59%"],
        [9, "荆州市", 9028.92, 7544.564, "85.36%"],
        [10, "鄂州市", 700.02, 581.017, "83.00%"],
        [11, "武汉市", 3023.89, 2493.2, "82.45%"],
        [12, "宜昌市", 3558.8, 2923.907, "82.16%"],
        [13, "襄樊市", 5646.87, 4555.896, "80.68%"],
        [14, "黄石市", 1057.97, 824.052, "77.89%"],
        [15, "黄冈市", 5353.8, 3999.824, "74.71%"],
        [16, "十堰市", 2184.96, 1003.335, "45.92%"],
        [17, "恩施州", 2762.56, 528.201, "19.12%"],
        ["合计", null, 50819.79, 40996.513, "80.67%"],
        ["注：累计结算金额含第一批结算；按结算总进度排序。对超计划使用补贴资金的县市，一律不予审核通过。", null, null, null, null],
      ],
      merges: ["A1:E1", "A21:B21", "A22:E22"],
      numberFormats: { "C4:C21": "#,##0.00", "D4:D21": "#,##0.000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "结算情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2009,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E12", why: "荆州市 7,544.564 / 9,028.92 = 83.56%, typed 85.36%" },
      { rule: "execution.behind-schedule", cell: "E19", why: "十堰市 1,003.335 / 2,184.96 = 45.92% against 9/12 = 75% as of 2009-09-30: 29.1 points behind" },
      { rule: "execution.behind-schedule", cell: "E20", why: "恩施州 528.201 / 2,762.56 = 19.12% against 75%: 55.9 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C21", why: "50,819.79 is the sum of the 17 budgets" },
      { rule: "execution.total-mismatch", cell: "D21", why: "40,996.513 is the sum of the 17 settled sums" },
      { rule: "execution.rate-mismatch", cell: "E21", why: "40,996.513 / 50,819.79 = 80.67%" },
      { rule: "execution.behind-schedule", cell: "E18", why: "黄冈市 74.71% is within 5 points of 75%" },
      { rule: "execution.behind-schedule", cell: "E17", why: "黄石市 77.89% is ahead of 75%" },
      { rule: "execution.overspent", cell: "E4", why: "天门市 settled 100%: all of it, not more" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "随州市 1,889.125 / 2,075.96 = 91.00%" },
      { rule: "execution.behind-schedule", cell: "E21", why: "a 合计 row gets no status of its own" },
    ],
  },
};
