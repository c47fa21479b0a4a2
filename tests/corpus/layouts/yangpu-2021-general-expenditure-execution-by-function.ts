import type { CorpusLayout } from "../types";

// 上海市杨浦区财政局 2022-01: the 2021 budget outcome reported to the district congress — 一般公共预算支出 2,058,028万元, 完成调整预算的 92.4%,
// growth 2.0%. Laid out as the 执行情况表 such a report carries: 项目 | 调整预算数 | 执行数 | 完成调整预算% | 比上年增长%, by function, 合计 last.
export const layout: CorpusLayout = {
  id: "yangpu-2021-general-expenditure-execution-by-function",
  source: {
    title: "关于上海市杨浦区2021年预算执行情况和2022年预算草案的报告（一般公共预算支出执行情况表据正文拟）",
    url: "https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=65533dac-95b7-47e9-8bbf-014d9d5dcd0c",
    publisher: "上海市杨浦区财政局",
    date: "2022-01-27",
    changes:
      "As published: the 2021 一般公共预算支出 2,058,028万元, 92.4% of the adjusted budget, growth 2.0%. Ours: the table form and the split by function " +
      "(the functions' budgets, outcomes and growth; the adjusted budget 2,227,303万元 set so that the report's 92.4% holds). " +
      "Planted: 住房保障支出's rate typed 96.7% where 115,720 / 118,400 = 97.7%; 科学技术支出 (81.1%) and 城乡社区支出 (78.3%) left more than five " +
      "points under the year's end.",
  },
  classes: [
    "execution", "budget-outcome-report", "adjusted-budget", "rates-as-numbers", "one-decimal-rates", "growth-column", "total-at-foot",
    "by-function", "whole-wanyuan", "wanyuan-caption", "past-year-at-year-end", "notes-under-table", "table-from-prose", "district-finance", "shanghai",
  ],
  settings: { district: "上海市杨浦区" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 16, 14],
      rows: [
        ["杨浦区2021年一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一般公共服务支出", 142000, 140215, 0.987, -0.008],
        ["公共安全支出", 98600, 98000, 0.994, 0.031],
        ["教育支出", 352400, 346880, 0.984, 0.046],
        ["科学技术支出", 186300, 151020, 0.811, -0.124],
        ["文化旅游体育与传媒支出", 41800, 40360, 0.966, 0.022],
        ["社会保障和就业支出", 398700, 398000, 0.998, 0.068],
        ["卫生健康支出", 156200, 155000, 0.992, 0.093],
        ["节能环保支出", 62500, 60870, 0.974, -0.035],
        ["城乡社区支出", 512803, 401663, 0.783, -0.041],
        ["住房保障支出", 118400, 115720, 0.967, 0.019],
        ["其他支出", 157600, 150300, 0.954, 0.052],
        ["一般公共预算支出合计", 2227303, 2058028, 0.924, 0.02],
        ["注：加上上解市级财政支出、地方政府一般债务还本支出、补充预算稳定调节基金和结转下年支出，支出总量为2,457,396万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:E16"],
      numberFormats: { "B4:C15": "#,##0", "D4:E15": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D13", why: "住房保障支出 115,720 / 118,400 = 97.74%, shown as 96.7%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 151,020 / 186,300 = 81.1%, a 2021 line measured at the year's end (100%): 18.9 points behind" },
      { rule: "execution.behind-schedule", cell: "D12", why: "城乡社区支出 401,663 / 512,803 = 78.3% against 100% at the end of 2021: 21.7 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D14", why: "其他支出 95.4%: 4.6 points under 100%, within five" },
      { rule: "execution.behind-schedule", cell: "D15", why: "the 合计 row gets no status of its own; its lines do" },
      { rule: "execution.total-mismatch", cell: "B15", why: "调整预算 2,227,303 = the eleven lines' sum" },
      { rule: "execution.total-mismatch", cell: "C15", why: "执行数 2,058,028 = the eleven lines' sum" },
      { rule: "execution.rate-mismatch", cell: "D15", why: "2,058,028 / 2,227,303 = 92.40%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth over 2020, no share of the budget" },
      { rule: "execution.overspent", why: "no line spent above its adjusted budget" },
      { rule: "execution.total-mismatch", cell: "A16", why: "the note's 2,457,396 is the report's total of uses, prose under the table" },
    ],
  },
};
