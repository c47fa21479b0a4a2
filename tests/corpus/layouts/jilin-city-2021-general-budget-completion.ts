import type { CorpusLayout } from "../types";

// A 2022 article on 吉林市's finances quotes the city's 2021 figures: 一般公共预算全口径财政收入 288.0亿元 (−3.9%), 地方级财政收入 97.9亿元
// (−6.1%), 一般公共预算支出 420.6亿元 (+2.1%). Laid out as the completion table of a budget report: 年初预算 | 完成数 | 完成预算% beside the
// growth on the year; the two revenue lines overlap (地方级 is the city's share of 全口径), so there is no total.
export const layout: CorpusLayout = {
  id: "jilin-city-2021-general-budget-completion",
  source: {
    title: "吉林市2021年财政收支情况（一般公共预算收支完成情况表据报道拟）",
    url: "http://8netcn.com/jianzhu/42497.html",
    publisher: "转载报道（数据：吉林市财政局）",
    changes:
      "As published: the three 2021 results and their growth (288.0, −3.9%; 97.9, −6.1%; 420.6, +2.1%). Ours: the table form, the 年初预算 (292.0, 101.5, 452.0) " +
      "and the completion rates. Planted: 地方级财政收入's rate typed 94.6% (97.9 / 101.5 = 96.45%); spending at 93.1% of the year-start budget, a past year " +
      "measured at its end (100%), more than 5 points short.",
  },
  classes: ["execution", "budget-report", "initial-budget-alone", "revenue-and-spending-lines", "overlapping-lines", "no-total-row", "growth-column", "rates-as-text", "negative-growth", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "news-report", "city-level", "jilin"],
  settings: { asOf: "2022-01-31", district: "吉林市" },
  sheets: [
    {
      name: "收支完成情况",
      widths: [30, 12, 12, 14, 14],
      rows: [
        ["吉林市2021年一般公共预算收支完成情况", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "年初预算", "完成数", "完成预算%", "比上年增长%"],
        ["一般公共预算全口径财政收入", 292.0, 288.0, "98.6%", "-3.9%"],
        ["一般公共预算地方级财政收入", 101.5, 97.9, "94.6%", "-6.1%"],
        ["一般公共预算支出", 452.0, 420.6, "93.1%", "2.1%"],
        ["注：全口径财政收入含上划中央和省级收入；地方级财政收入为留归本市部分，二者不相加。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A7:E7"],
      numberFormats: { "B4:C6": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支完成情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "97.9 / 101.5 = 96.45%, stated 94.6%" },
      { rule: "execution.behind-schedule", cell: "C6", why: "420.6 / 452.0 = 93.05% of the year-start budget; 2021 is past, measured at 100%: 6.95 points short, more than 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on the year, not a completion rate" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "288.0 / 292.0 = 98.63%, stated 98.6%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "420.6 / 452.0 = 93.05%, stated 93.1%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "98.6% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "C5", why: "96.45% is within 5 points of 100%" },
      { rule: "execution.total-mismatch", why: "no total row: the two revenue lines overlap and are not added" },
      { rule: "execution.overspent", why: "every line below its budget" },
    ],
  },
};
