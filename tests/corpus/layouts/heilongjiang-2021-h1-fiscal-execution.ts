import type { CorpusLayout } from "../types";

// 黑龙江省财政厅 2021 first half: general-budget revenue and spending (in 亿元) against the year-start budget, with 民生支出 as a
// single 其中 line; the revenue share typed 55.1% (51.1%), 民生支出 6.6 points behind the half year.
export const layout: CorpusLayout = {
  id: "heilongjiang-2021-h1-fiscal-execution",
  source: {
    title: "黑龙江上半年民生支出2150.5亿元 占一般公共预算支出比重达86.8%（收支执行情况表据报道拟）",
    url: "http://www.cfgw.net.cn/2021-08/08/content_24980567.htm",
    publisher: "黑龙江省财政厅（中国改革报报道）",
    date: "2021-08-08",
    changes:
      "The report gives the half year's outcome in prose (一般公共预算收入664.2亿元，增长25.6%; 一般公共预算支出2477.2亿元，增长0.4%; 民生支出2150.5亿元，占86.8%). " +
      "The table is ours: the year-start budgets (1,300.0 / 5,400.0 / 4,950.0亿元) and so the shares are invented; the outcome and growth are as " +
      "published. Planted: the revenue share typed 55.1% where 664.2 / 1,300.0 = 51.1%; 民生支出 at 43.4% of its budget, 6.6 points behind 50%.",
  },
  classes: ["execution", "revenue-execution", "revenue-lines", "qizhong-line", "single-qizhong", "growth-column", "rates-as-numbers", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "half-year", "year-in-title", "dash-cells", "notes-under-table", "table-from-prose", "news-report", "province-level", "heilongjiang"],
  sheets: [
    {
      name: "收支执行",
      widths: [28, 14, 14, 14, 16],
      rows: [
        ["黑龙江省2021年上半年一般公共预算收支执行情况表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1-6月完成", "完成预算%", "比上年同期增长%"],
        ["一般公共预算收入", 1300, 664.2, 55.1, 25.6],
        ["一般公共预算支出", 5400, 2477.2, 45.9, 0.4],
        ["  其中：民生支出", 4950, 2150.5, 43.4, "—"],
        ["注：民生支出占一般公共预算支出比重86.8%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
      numberFormats: { "B4:C6": "#,##0.0", "D4:E6": "0.0" },
    },
  ],
  settings: { asOf: "2021-06-30" },
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "664.2 / 1,300.0 = 51.09%, typed 55.1" },
      { rule: "execution.behind-schedule", cell: "D6", why: "民生支出 2,150.5 / 4,950.0 = 43.4%, time progress 6/12 = 50%: 6.6 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D5", why: "一般公共预算支出 2,477.2 / 5,400.0 = 45.9%: 4.1 points behind, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "D4", why: "revenue 51.1% is ahead of 50% whatever its share was typed as" },
      { rule: "execution.total-mismatch", cell: "C5", why: "a single 其中 line (民生支出 2,150.5) may be less than its line" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年同期增长% is growth, not a share of the budget" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "2,150.5 / 4,950.0 = 43.44% rounds to 43.4" },
      { rule: "input.unreadable-value", why: "— in the growth column and the note are no figures" },
    ],
  },
};
