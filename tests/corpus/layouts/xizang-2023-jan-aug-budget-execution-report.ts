import type { CorpusLayout } from "../types";

// 西藏自治区财政厅 2023-09-21 report to the 人大常委会 on the budget so far: 1—8月 全区一般公共预算收入 153.3亿元 (+30.3%) — laid out as the usual
// 执行情况表 in 亿元 (年初预算数 | 1—8月完成数 | 完成年初预算% | 同比增长%), two budget sections; as of August (8/12 = 66.67%) spending and fund
// revenue lag, and 税收收入's share typed 87.1% for 81.7%.
export const layout: CorpusLayout = {
  id: "xizang-2023-jan-aug-budget-execution-report",
  source: {
    title: "西藏自治区人民政府关于今年以来财政预算执行情况的报告（财政预算执行情况表据报告拟）",
    url: "https://www.xizang.gov.cn/zwgk/zdxxlygk/czyjsgk/202309/t20230928_378843.html",
    publisher: "西藏自治区财政厅（自治区十二届人大常委会第五次会议）",
    date: "2023-09-28",
    changes:
      "The page is the report in prose; the table is ours (表据报告拟). As published (in the part the stored copy shows): 1—8月 全区一般公共预算收入 153.3亿元, " +
      "同比增长30.3%. The year-start revenue budget 188.1 is 236.6 / 125.8% from the year's final report; the 税收 | 非税 split, the spending and 政府性基金 " +
      "lines and their budgets are ours. Planted: 全区一般公共预算支出 at 60.9% and 政府性基金预算收入 at 29.7% against time progress 8/12 = 66.67%; 税收收入's " +
      "完成年初预算% typed 87.1% where 104.6 / 128.0 = 81.7%.",
  },
  classes: ["execution", "revenue-execution", "revenue-and-spending", "section-rows", "chinese-numbering", "qizhong-lines", "complement-qizhong", "growth-column", "negative-growth", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "eight-months", "near-threshold-line", "notes-under-table", "table-from-prose", "report-to-congress", "province-level", "xizang"],
  settings: { district: "西藏自治区", asOf: "2023-08-31" },
  sheets: [
    {
      name: "执行情况",
      widths: [30, 12, 14, 16, 14],
      rows: [
        ["西藏自治区2023年1—8月财政预算执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "1—8月完成数", "完成年初预算%", "同比增长%"],
        ["一、一般公共预算", null, null, null, null],
        ["全区一般公共预算收入", 188.1, 153.3, "81.5%", "30.3%"],
        ["  其中：税收收入", 128.0, 104.6, "87.1%", "35.2%"],
        ["        非税收入", 60.1, 48.7, "81.0%", "19.8%"],
        ["全区一般公共预算支出", 2709.0, 1650.2, "60.9%", "6.1%"],
        ["二、政府性基金预算", null, null, null, null],
        ["全区政府性基金预算收入", 62.0, 18.4, "29.7%", "-12.5%"],
        ["全区政府性基金预算支出", 215.0, 140.2, "65.2%", "3.4%"],
        ["注：1—8月数据为快报数；政府性基金预算收入下降主要是国有土地使用权出让收入减收。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4", "A9:E9", "A12:E12"],
      numberFormats: { "B5:C11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "税收收入 104.6 / 128.0 = 81.7%, typed 87.1%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "一般公共预算支出 1,650.2 / 2,709.0 = 60.9% as of 2023-08-31, time progress 8/12 = 66.67%: 5.8 points behind" },
      { rule: "execution.behind-schedule", cell: "C10", why: "政府性基金预算收入 18.4 / 62.0 = 29.7%, 37 points under 66.67% (revenue is measured against time progress too)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "C11", why: "政府性基金预算支出 65.2% is 1.5 points under 66.67%: within the tolerance" },
      { rule: "execution.overspent", why: "revenue at 81.5% is ahead of pace, not above its budget; no line above its budget" },
      { rule: "execution.total-mismatch", cell: "C5", why: "税收 104.6 + 非税 48.7 = 153.3; 128.0 + 60.1 = 188.1" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "153.3 / 188.1 = 81.50%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "同比增长% is growth, not the share of budget" },
      { rule: "execution.total-mismatch", cell: "C8", why: "spending is a line of its own, not the sum of the revenue lines above it" },
      { rule: "input.unreadable-value", why: "section rows and the note are text" },
    ],
  },
};
