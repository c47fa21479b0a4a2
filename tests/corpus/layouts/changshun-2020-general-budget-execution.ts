import type { CorpusLayout } from "../types";

// 黔南州长顺县 2020年财政预算执行情况 (report to the county people's congress, 2021-03-05): revenue and spending against the year-start
// plan, built as the report states them — 项目 | 年初预算 | 完成数 | 完成年初预算% | 比上年增长%, 税收 / 非税 as 其中 lines.
export const layout: CorpusLayout = {
  id: "changshun-2020-general-budget-execution",
  source: {
    title: "关于长顺县2020年财政预算执行情况及2021年财政预算（草案）的报告（一般公共预算收支执行情况表据正文拟）",
    url: "https://gcs66.com/document_detail/113496.html",
    publisher: "长顺县财政局（文档转载）",
    date: "2021-03-05",
    changes:
      "The report gives the figures in prose only (收入计划 and 完成数, 完成年初预算的%, 税收收入 and 非税收入 with their change on the year; 支出 年初计划 " +
      "and 完成数); the table is built from that prose in the form county reports print (项目 | 年初预算 | 完成数 | 完成年初预算% | 比上年增长%, 单位：万元), " +
      "with 年初预算 for the two 其中 lines supplied by us. All figures are ours. Planted: 税收收入's 完成年初预算% typed 92.09% where 18,036 / 19,800 = " +
      "91.09%; 税收收入 itself at 91.09% of its plan at the year's end is more than 5 points short.",
  },
  classes: ["execution", "revenue-and-spending", "initial-budget-only", "completion-rate-column", "growth-column-not-rate", "qizhong-lines", "revenue-beyond-plan", "past-year", "whole-wanyuan", "wanyuan-caption", "table-from-prose", "county-report", "guizhou"],
  settings: { district: "长顺县" },
  sheets: [
    {
      name: "收支执行情况",
      widths: [24, 12, 12, 16, 14],
      rows: [
        ["长顺县2020年一般公共预算收支执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算", "完成数", "完成年初预算%", "比上年增长%"],
        ["一般公共预算收入", 35200, 34512, "98.05%", "0.7%"],
        ["其中：税收收入", 19800, 18036, "92.09%", "-12.8%"],
        ["      非税收入", 15400, 16476, "106.99%", "19.5%"],
        ["一般公共预算支出", 204500, 198720, "97.17%", "3.6%"],
        ["注：非税收入占一般公共预算收入的比重为47.74%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "税收收入: 18,036 / 19,800 = 91.09%, stated 92.09%" },
      { rule: "execution.behind-schedule", cell: "C5", why: "税收收入 collected 91.09% of its plan by the end of 2020 (time progress 100%): 8.9 points short" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "34,512 / 35,200 = 98.05%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "16,476 / 15,400 = 106.99%: revenue beyond plan" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "198,720 / 204,500 = 97.17%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on last year, never the rate" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 16,476 above its plan 15,400 is revenue collected beyond plan" },
      { rule: "execution.behind-schedule", cell: "C7", why: "支出 97.17% at the year's end: 2.83 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "C4", why: "收入 98.05%: 1.95 points short" },
      { rule: "execution.total-mismatch", cell: "C4", why: "18,036 + 16,476 = 34,512; 19,800 + 15,400 = 35,200" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is prose" },
    ],
  },
};
