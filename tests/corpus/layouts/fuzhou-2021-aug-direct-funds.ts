import type { CorpusLayout } from "../types";

// 福州市 2021年1-8月直达资金预算执行情况: amounts in 亿元, rates as text with one decimal, the
// as-of date in the title (1-8月 / 截至2021年8月底), a text remark column.
export const layout: CorpusLayout = {
  id: "fuzhou-2021-aug-direct-funds",
  source: {
    title: "福州市2021年1-8月直达资金预算执行情况",
    url: "https://hzrunxin.com/zgfzzt/czzj/czzjzdjc/202111/t20211125_4252779.htm",
    publisher: "福州市财政局 (mirror of the city's 财政资金直达 page)",
    date: "2021-11-25",
    changes:
      "The page states the figures in text (截至2021年8月底 总量75.20亿元、支出45.76亿元、支付率60.8%; 低于全省平均进度的有：" +
      "高新区41.8%、市本级51.4%、连江62.6%、鼓楼66.7%). Laid out as the by-area table such a report annexes: areas " +
      "of 福州, 亿元, one-decimal rates written as text, the 全省平均 remark; the table wording is ours. Amounts " +
      "invented (two published rates kept: 市本级 51.4%, 鼓楼 66.7%). Planted: 永泰县 69.7% stated 68.7%; 市本级 and " +
      "高新区 far behind the 66.67% time progress.",
  },
  classes: ["execution", "as-of-in-title", "yiyuan", "rates-as-text", "one-decimal-rates", "remark-column"],
  sheets: [
    {
      name: "支付情况",
      widths: [6, 10, 14, 12, 10, 26],
      rows: [
        ["福州市2021年1-8月直达资金支付情况表", null, null, null, null, null],
        ["截至2021年8月底", null, null, null, null, "单位：亿元"],
        ["序号", "地区", "直达资金总量", "已支出", "支付率", "备注"],
        [1, "市本级", 20, 10.28, "51.4%", "低于全省平均进度(67.3%)"],
        [2, "鼓楼区", 3.12, 2.08, "66.7%", "低于全省平均进度(67.3%)"],
        [3, "台江区", 2.45, 1.71, "69.8%", null],
        [4, "仓山区", 4.08, 2.86, "70.1%", null],
        [5, "晋安区", 3.66, 2.49, "68.0%", null],
        [6, "马尾区", 1.52, 1.03, "67.8%", null],
        [7, "长乐区", 3.94, 2.71, "68.8%", null],
        [8, "福清市", 6.85, 4.79, "69.9%", null],
        [9, "闽侯县", 3.57, 2.44, "68.3%", null],
        [10, "连江县", 2.96, 1.85, "62.5%", "低于全省平均进度(67.3%)"],
        [11, "罗源县", 1.38, 0.97, "70.3%", null],
        [12, "闽清县", 1.42, 0.99, "69.7%", null],
        [13, "永泰县", 1.55, 1.08, "68.7%", null],
        [14, "高新区", 1.8, 0.75, "41.7%", "低于全省平均进度(67.3%)"],
        ["合计", null, 58.3, 36.03, "61.8%", null],
      ],
      merges: ["A1:F1", "A2:B2", "A18:B18"],
      numberFormats: { "C4:D18": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支付情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E16", why: "永泰县: 1.08 / 1.55 = 69.68%, shown 69.7% at one decimal; stated 68.7%" },
      { rule: "execution.behind-schedule", cell: "E4", why: "市本级: 10.28 / 20.00 = 51.4%, below 8/12 = 66.67% − 5 = 61.67% (as of 2021-08-31)" },
      { rule: "execution.behind-schedule", cell: "E17", why: "高新区: 0.75 / 1.80 = 41.7%, below 61.67%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "2.08 / 3.12 = 66.667%, shown 66.7% at the one decimal used" },
      { rule: "execution.rate-mismatch", cell: "E18", why: "36.03 / 58.30 = 61.80%, shown 61.8%" },
      { rule: "execution.behind-schedule", cell: "E13", why: "连江县 62.5% is 4.17 points behind 66.67%, within the 5-point tolerance (the remark compares with the province's 67.3%, not the calendar)" },
      { rule: "execution.behind-schedule", cell: "E18", why: "the city as a whole, 61.8%, is within 5 points of 66.67%" },
      { rule: "execution.total-mismatch", cell: "C18", why: "20.00 + 3.12 + … + 1.80 = 58.30; 10.28 + 2.08 + … + 0.75 = 36.03" },
      { rule: "input.unreadable-value", cell: "F4", why: "备注 is a remark, not a number" },
    ],
  },
};
