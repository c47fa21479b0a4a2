import type { CorpusLayout } from "../types";

// 新疆维吾尔自治区财政厅 2020-09: 2020年上半年自治区预算执行情况 reported to the standing committee — each budget's revenue as
// 为预算 % with 同比增收 / 增长 %, 税收 and 非税 under 一般公共预算收入 (figures to one decimal of 亿元), then spending with some of its
// functions. The report is prose; laid out as the table behind it.
export const layout: CorpusLayout = {
  id: "xinjiang-2020-h1-region-budget-execution",
  source: {
    title: "关于2020年上半年自治区预算执行情况的报告（一、上半年自治区预算执行情况；表据正文拟）",
    url: "https://czt.xinjiang.gov.cn/xjczt/c115176/202009/6a8830e9481742afa4151a770d43dc34.shtml",
    publisher: "新疆维吾尔自治区财政厅",
    date: "2020-09",
    changes:
      "As published: the rows (一般公共预算收入 with 其中 税收收入 / 非税收入, 政府性基金预算收入, 国有资本经营预算收入), the measures (为预算 %, 同比增收, " +
      "增长 %), one decimal of 亿元 and the half-year; the spending rows with two 其中 functions (教育, 社会保障和就业) are ours, as are the " +
      "table and every figure. Planted: 政府性基金预算收入's rate stated 47.9% where 214.1 / 430.0 = 49.8%.",
  },
  classes: ["execution", "revenue-and-spending", "report-as-prose", "qizhong-lines", "partial-qizhong-lines", "half-year", "as-of-in-title", "growth-rate-column", "negative-growth", "one-decimal-yiyuan", "yiyuan-caption", "numbered-sections", "provincial-department", "xinjiang"],
  settings: { asOf: "2020-06-30" },
  sheets: [
    {
      name: "上半年执行",
      widths: [30, 12, 12, 12, 12, 12],
      rows: [
        ["2020年上半年自治区预算执行情况表", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["项目", "预算数", "1-6月完成", "为预算%", "同比增减", "增长%"],
        ["一、一般公共预算收入", 1420.0, 702.6, 0.495, 3.4, 0.005],
        ["其中：税收收入", 960.0, 458.3, 0.477, -47.2, -0.093],
        ["      非税收入", 460.0, 244.3, 0.531, 50.6, 0.261],
        ["二、政府性基金预算收入", 430.0, 214.1, 0.479, 46.4, 0.277],
        ["三、国有资本经营预算收入", 6.2, 3.0, 0.484, 0.6, 0.25],
        ["四、一般公共预算支出", 2680.0, 1312.6, 0.49, 96.8, 0.08],
        ["其中：教育", 402.0, 190.4, 0.474, 8.1, 0.044],
        ["      社会保障和就业", 418.0, 214.7, 0.514, 21.9, 0.114],
      ],
      merges: ["A1:F1", "A2:F2"],
      numberFormats: { "B4:C11": "0.0", "D4:D11": "0.0%", "E4:E11": "0.0", "F4:F11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "上半年执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [{ rule: "execution.rate-mismatch", cell: "D7", why: "214.1 / 430.0 = 49.8% (214.05–214.15 give 49.78–49.80%), stated 47.9%" }],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "702.6 / 1,420.0 = 49.48% → 49.5%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "3.0 / 6.2 = 48.4%; one decimal of 3.0 allows 47.6–49.2%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 458.3 + 非税 244.3 = 702.6; budgets 960.0 + 460.0 = 1,420.0" },
      { rule: "execution.total-mismatch", cell: "C9", why: "教育 and 社会保障和就业 are only some of 支出: their 405.1 is not summed against 1,312.6" },
      { rule: "execution.behind-schedule", why: "every rate lies between 47.4% and 53.1%, within 5 points of the half-year's 50%" },
      { rule: "execution.overspent", cell: "C6", why: "no row is above its budget" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "增长% is growth on last year, no execution rate" },
    ],
  },
};
