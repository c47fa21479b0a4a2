import type { CorpusLayout } from "../types";

// 昌吉州农业农村局 2023-09-20: the year's 耕地地力保护补贴 paid out by county — 县市 | 下达资金 | 兑付资金 in 万元 to two decimals, the caption on its
// own row above, 合计 at the foot; published with every county paid exactly what it was sent (45597.20).
export const layout: CorpusLayout = {
  id: "changji-2023-farmland-protection-subsidy-payout",
  source: {
    title: "关于昌吉州2023年耕地地力保护补贴资金兑付情况公示（附件1：昌吉州2023年耕地地力保护补贴各县市资金兑付情况统计表）",
    url: "https://www.cj.gov.cn/p126/snbt/20230920/190783.html",
    publisher: "昌吉州农业农村局",
    date: "2023-09-20",
    changes:
      "As published: the annex's title, the caption 单位:万元 on its own row, the three headings, the eight lines in their order (玛纳斯县 … 木垒县, " +
      "农高区) and the 合计; the notice's standards (冬小麦220元/亩、春小麦115元/亩) and the supervising phone line are left out. Ours: every figure " +
      "(the published table pays each county exactly what it was sent). Planted: 奇台县 paid 18,690.27 of 18,640.27 sent; the 兑付资金 合计 written " +
      "45,508.50, the 下达 total, where the lines add up to 45,558.50.",
  },
  classes: ["execution", "allocation-and-payout", "by-county", "budget-as-allocated", "payout-as-spending", "total-at-foot", "two-decimal-wanyuan", "caption-row", "no-rate-column", "xinjiang"],
  settings: { asOf: "2023-09-20", district: "昌吉州" },
  sheets: [
    {
      name: "兑付情况统计表",
      widths: [16, 14, 14],
      rows: [
        ["昌吉州2023年耕地地力保护补贴各县市资金兑付情况统计表", null, null],
        ["单位：万元", null, null],
        ["县市", "下达资金", "兑付资金"],
        ["玛纳斯县", 1826.45, 1826.45],
        ["呼图壁县", 3412.7, 3412.7],
        ["昌吉市", 2486.38, 2486.38],
        ["阜康市", 3290.15, 3290.15],
        ["吉木萨尔县", 5524.62, 5524.62],
        ["奇台县", 18640.27, 18690.27],
        ["木垒县", 10112.84, 10112.84],
        ["农高区", 215.09, 215.09],
        ["合计", 45508.5, 45508.5],
      ],
      merges: ["A1:C1", "A2:C2"],
      numberFormats: { "B4:C12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑付情况统计表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "奇台县 paid out 18,690.27 of 18,640.27 sent down: 50.00万元 over" },
      { rule: "execution.total-mismatch", cell: "C12", why: "兑付资金 合计 45,508.50; the eight lines add up to 45,558.50: 50.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B12", why: "下达资金 合计 45,508.50 = the eight lines" },
      { rule: "execution.overspent", cell: "C12", why: "a 合计 row is given no spending status; its lines carry it" },
      { rule: "execution.overspent", cell: "C4", why: "the other counties paid out exactly what they were sent" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "execution.no-spending", why: "every line has paid out" },
    ],
  },
};
