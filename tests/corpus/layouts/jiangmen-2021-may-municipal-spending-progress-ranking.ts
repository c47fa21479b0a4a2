import type { CorpusLayout } from "../types";

// 江门市财政局's 2021年1-5月 市直部门支出进度 circular, as the 江门市土地储备中心 reported its place in it (first of 86 units, 支付率 85.05%,
// 43.38 points above 序时进度): units in rank order, 支付率 beside a column of points above or below the pace, 序时进度 given in a note.
export const layout: CorpusLayout = {
  id: "jiangmen-2021-may-municipal-spending-progress-ranking",
  source: {
    title: "江门市土地储备中心多措并举加快预算执行进度（市财政通报2021年1-5月市直部门支出进度情况；通报表据正文拟）",
    url: "http://sd-xs.com/bmpd/jmstdcbzx/zwdt/gzdt/content/post_2368725.html",
    publisher: "江门市土地储备中心（转载）",
    date: "2021-06",
    changes:
      "The report quotes the circular: 在近日市财政通报的2021年1-5月市直部门支出进度情况中，江门市土地储备中心综合项目支出进度在全市86个单位中位列第一名，" +
      "支付率达85.05%，超出序时进度43.38个百分点 (so 序时进度 41.67%, five months of twelve). Laid out as the circular's table it quotes: 排名 | 单位名称 | " +
      "项目支出预算 | 已支付 | 支付率 | 与序时进度差（百分点）, rates as text, the pace in a note. The first row's rate and points are the report's; every other " +
      "unit and every amount is ours (ten units of 86). Planted: 卫生健康局 stated 55.01% where 3,035.50 / 5,620.00 = 54.01%; 自然资源局, 商务局 and 科学技术局 " +
      "more than 5 points behind the pace; 文化广电旅游体育局 has paid nothing.",
  },
  classes: [
    "execution", "by-unit", "ranking-column", "points-from-pace-column", "pace-in-note", "rates-as-text", "two-decimal-rates", "as-of-in-title", "mid-year",
    "negative-points", "total-at-foot", "wanyuan-caption", "city-level", "guangdong",
  ],
  settings: { asOf: "2021-05-31" },
  sheets: [
    {
      name: "支出进度",
      widths: [6, 30, 14, 14, 10, 20],
      rows: [
        ["2021年1-5月市直部门项目支出进度情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["排名", "单位名称", "项目支出预算", "已支付", "支付率", "与序时进度差（百分点）"],
        [1, "江门市土地储备中心", 3260, 2772.63, "85.05%", 43.38],
        [2, "江门市交通运输局", 1850, 1290, "69.73%", 28.06],
        [3, "江门市水利局", 2400, 1512, "63.00%", 21.33],
        [4, "江门市卫生健康局", 5620, 3035.5, "55.01%", 13.34],
        [5, "江门市教育局", 4380, 2080.5, "47.50%", 5.83],
        [6, "江门市农业农村局", 3150, 1260, "40.00%", -1.67],
        [7, "江门市自然资源局", 1980, 693, "35.00%", -6.67],
        [8, "江门市商务局", 1200, 372, "31.00%", -10.67],
        [9, "江门市科学技术局", 1540, 431.2, "28.00%", -13.67],
        [10, "江门市文化广电旅游体育局", 860, 0, "0.00%", -41.67],
        ["合计", null, 26240, 13446.83, "51.25%", 9.58],
        ["注：序时进度为41.67%。与序时进度差＝支付率－序时进度，负数为低于序时进度。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:B14", "A15:F15"],
      numberFormats: { "C4:D14": "#,##0.00", "F4:F14": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E7", why: "江门市卫生健康局 3,035.50 / 5,620.00 = 54.01%, stated 55.01%" },
      { rule: "execution.behind-schedule", cell: "E10", why: "自然资源局 693 / 1,980 = 35.00% against the pace of 5/12 = 41.67% at 2021-05-31: 6.67 points behind, beyond 5" },
      { rule: "execution.behind-schedule", cell: "E11", why: "商务局 372 / 1,200 = 31.00%: 10.67 points behind 41.67%" },
      { rule: "execution.behind-schedule", cell: "E12", why: "科学技术局 431.20 / 1,540 = 28.00%: 13.67 points behind 41.67%" },
      { rule: "execution.no-spending", cell: "D13", why: "文化广电旅游体育局 budgeted 860, paid 0 by 2021-05-31" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "2,772.63 / 3,260.00 = 85.05%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "1,290 / 1,850 = 69.73%" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "合计 13,446.83 / 26,240.00 = 51.25%" },
      { rule: "execution.behind-schedule", cell: "E9", why: "农业农村局 40.00% is 1.67 points behind 41.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "E13", why: "文化广电旅游体育局 spent nothing: reported once, as no-spending at D13" },
      { rule: "execution.behind-schedule", cell: "E14", why: "合计 51.25% is ahead of 41.67%" },
      { rule: "execution.total-mismatch", cell: "C14", why: "3,260 + 1,850 + 2,400 + 5,620 + 4,380 + 3,150 + 1,980 + 1,200 + 1,540 + 860 = 26,240; paid 13,446.83 likewise" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "与序时进度差 is points from the pace, not a rate of the row's figures" },
      { rule: "execution.total-mismatch", cell: "A4", why: "排名 numbers the ranks: no amount" },
      { rule: "execution.overspent", why: "no unit has paid more than its budget" },
    ],
  },
};
