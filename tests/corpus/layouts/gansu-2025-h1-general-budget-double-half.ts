import type { CorpusLayout } from "../types";

// 甘肃省 2025 first half (搜狐财经 2025-07-10, 杜雪琴): 一般公共预算收入 573.8亿元, 完成年初预算的52.8%; 一般公共预算支出 2571.7亿元,
// 完成全年支出预计数的52.2% — 收支“双过半”. The report is prose; laid out as the 1-6月 收支执行情况表 such a report summarises:
// 项目 | 全年预算（预计）数 | 1-6月完成数 | 占全年% | 比上年同期增长%, the spending broken down by function, 亿元.
export const layout: CorpusLayout = {
  id: "gansu-2025-h1-general-budget-double-half",
  source: {
    title: "今年上半年甘肃省财政收支实现“双过半”（收支执行情况表据正文拟）",
    url: "https://reportify.ai/news/1140610956133535744",
    publisher: "甘肃省财政厅（搜狐财经转载）",
    date: "2025-07-10",
    changes:
      "As published: 一般公共预算收入 573.8亿元 (52.8% of the year-start budget, 增长4.1%), 一般公共预算支出 2571.7亿元 (52.2% of the " +
      "year's expected spending, 增长5.5%), and the note on 11类民生支出 2081.5亿元 (80.9%). The report is prose: the table, the two bases " +
      "(1086.7 and 4926.6, computed from the published shares), the split by function and its figures are ours, the functions adding up " +
      "to the published totals. Planted: 社会保障和就业支出's share typed 53.03 where 418.2 / 760 = 55.03%; 城乡社区支出 at 38.39% with half " +
      "the year gone.",
  },
  classes: ["execution", "revenue-and-spending", "expected-spending-as-base", "by-function", "section-rows", "province-wide", "growth-column", "rates-as-numbers", "percent-in-header", "as-of-in-title", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "gansu"],
  settings: { asOf: "2025-06-30", district: "甘肃省" },
  sheets: [
    {
      name: "收支执行",
      widths: [26, 16, 14, 12, 16],
      rows: [
        ["甘肃省2025年1-6月一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "全年预算（预计）数", "1-6月完成数", "占全年%", "比上年同期增长%"],
        ["一、一般公共预算收入", 1086.7, 573.8, 52.8, 4.1],
        ["二、一般公共预算支出", 4926.6, 2571.7, 52.2, 5.5],
        ["1.教育支出", 820, 431.6, 52.63, 6.2],
        ["2.社会保障和就业支出", 760, 418.2, 53.03, 7.1],
        ["3.卫生健康支出", 380, 205.3, 54.03, 5.8],
        ["4.农林水支出", 690, 352.4, 51.07, 4.4],
        ["5.城乡社区支出", 310, 119, 38.39, -9.6],
        ["6.交通运输支出", 260, 128.9, 49.58, 3.0],
        ["7.其他支出", 1706.6, 916.3, 53.69, 6.8],
        ["注：全省教育、社保等11类民生支出2081.5亿元，增长6.5%，占财政支出的80.9%。收入以年初预算为基数，支出以全年支出预计数为基数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "0.0", "D4:E12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "社会保障和就业支出 418.2 / 760 = 55.03%, stated 53.03" },
      { rule: "execution.behind-schedule", cell: "D10", why: "城乡社区支出 119 / 310 = 38.39% against time progress 6/12 = 50%: 11.61 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "431.6 + 418.2 + 205.3 + 352.4 + 119 + 128.9 + 916.3 = 2571.7" },
      { rule: "execution.total-mismatch", cell: "B5", why: "820 + 760 + 380 + 690 + 310 + 260 + 1706.6 = 4926.6" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "573.8 / 1086.7 = 52.80%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "2571.7 / 4926.6 = 52.20%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "growth on last year is never the rate" },
      { rule: "execution.behind-schedule", cell: "D11", why: "交通运输支出 49.58%: 0.42 points below 50" },
      { rule: "execution.behind-schedule", cell: "D4", why: "revenue at 52.80% is ahead of 50%" },
      { rule: "execution.overspent", why: "no line above its base" },
      { rule: "input.unreadable-value", why: "the note is prose" },
    ],
  },
};
