import type { CorpusLayout } from "../types";

// 齐鲁晚报 2015-07 on 山东省财政厅's 1-6月 figures: 一般公共预算收入 3,040.12亿元 (54.9% of budget, +9.1%), 支出 3,865亿元 (51.3%, +12%),
// 省级 支出 58.6% — laid out as the 收支执行情况表 such a release summarises: 项目 | 预算数 | 1-6月完成 | 占预算% | 比上年同期增长%,
// 其中 lines under revenue and spending, time progress 50% (June).
export const layout: CorpusLayout = {
  id: "shandong-2015-h1-general-budget-progress",
  source: {
    title: "上半年山东财政收支双双过半（1-6月收支执行情况表据正文拟）",
    url: "http://m.537342.com/dubao/201507/t20150723_12750515.htm",
    publisher: "齐鲁晚报（山东省财政厅消息）",
    date: "2015-07-23",
    changes:
      "As published: 收入 3,040.12 (54.9%, +9.1%), 支出 3,865 (51.3%, +12%), 省级支出 58.6%. Ours: the table, the budgets worked back from the " +
      "stated shares (to two decimals), the 税收收入 and 政府性基金 lines, the note. Planted: 税收收入's share typed 55.1% where 2,240.50 / 4,300.00 " +
      "= 52.1%; 政府性基金预算支出 at 41.0% against 50% time progress.",
  },
  classes: [
    "execution", "half-year", "revenue-and-spending", "qizhong-lines", "rate-column", "growth-column", "one-decimal-rate", "percent-format",
    "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-wide", "shandong",
  ],
  settings: { district: "山东省", asOf: "2015-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 12, 12, 10, 14],
      rows: [
        ["山东省2015年1-6月财政收支执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "1-6月完成", "占预算%", "比上年同期增长%"],
        ["一、全省一般公共预算收入", 5537.56, 3040.12, 0.549, 0.091],
        ["    其中：税收收入", 4300, 2240.5, 0.551, 0.082],
        ["二、全省一般公共预算支出", 7534.11, 3865, 0.513, 0.12],
        ["    其中：省级支出", 1020, 597.72, 0.586, 0.104],
        ["三、全省政府性基金预算支出", 2100, 860, 0.41, -0.035],
        ["注：1-6月时间进度为50%。省内17个市收入进度全部超过50%，最快的泰安市达到64.6%；11个市支出进度超过50%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "#,##0.00", "D4:E8": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "税收收入 2,240.50 / 4,300.00 = 52.1%, typed 55.1%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "政府性基金预算支出 860 / 2,100 = 41.0% against 6/12 = 50% time progress: 9.0 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "3,040.12 / 5,537.56 = 54.9%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "3,865 / 7,534.11 = 51.3%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "597.72 / 1,020 = 58.6%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年同期增长% is growth, not an execution rate" },
      { rule: "execution.total-mismatch", cell: "C4", why: "其中 税收收入 is a share of the revenue, never added up to it" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中 省级支出 is a share of the province's spending" },
      { rule: "execution.overspent", why: "revenue above nothing; no line spends above its budget" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入 52.1% (as computed) is ahead of 50%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "51.3% against 50%" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no data" },
    ],
  },
};
