import type { CorpusLayout } from "../types";

// 重庆市石柱土家族自治县 2021年预算执行情况: the county's 一般公共预算支出 by 功能分类 — 年初预算数 | 调整预算数 | 执行数 |
// 为调整预算% | 比上年增长%, 合计 at the foot. 科学技术支出 spent 77.1% of a past year's budget; 卫生健康支出's 为调整预算% typed 96.8
// where 51,988 / 52,610 = 98.8%.
export const layout: CorpusLayout = {
  id: "shizhu-2021-general-budget-expenditure-execution",
  source: {
    title: "关于石柱土家族自治县2021年预算执行情况和2022年预算草案的报告（一般公共预算支出执行情况表据报告拟）",
    url: "https://gcs66.com/document_detail/111970.html",
    publisher: "石柱土家族自治县财政局",
    date: "2022-01",
    changes:
      "The stored copy is the report's prose (财政工作情况, 减税降费 5.7亿元 …) with no table; the 支出 execution table is built as such " +
      "reports annex it (table from prose): title, 单位 caption, the 功能分类 lines, 年初预算数 | 调整预算数 | 执行数 | 为调整预算% | 比上年增长%, " +
      "合计 at the foot. All figures are ours. Planted: 科学技术支出 executed 2,406 of 3,120 (77.1%) in a year that has ended; 卫生健康支出's " +
      "rate typed 96.8 where 51,988 / 52,610 = 98.8%.",
  },
  classes: ["execution", "budget-execution-report", "function-classification-lines", "initial-and-adjusted-budget", "rate-as-number", "growth-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "past-year", "table-from-prose", "county-level", "chongqing"],
  settings: { district: "重庆市石柱土家族自治县", asOf: "2022-01-12" },
  sheets: [
    {
      name: "一般公共预算支出",
      widths: [28, 14, 14, 14, 14, 14],
      rows: [
        ["石柱土家族自治县2021年一般公共预算支出执行情况表（表据报告拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["一般公共服务支出", 36200, 38560, 37912, 98.3, 4.2],
        ["公共安全支出", 13850, 14230, 14018, 98.5, -1.8],
        ["教育支出", 84900, 86450, 85702, 99.1, 3.5],
        ["科学技术支出", 3500, 3120, 2406, 77.1, -12.6],
        ["文化旅游体育与传媒支出", 6200, 6840, 6712, 98.1, 2.1],
        ["社会保障和就业支出", 88600, 92380, 91655, 99.2, 6.8],
        ["卫生健康支出", 49300, 52610, 51988, 96.8, 5.3],
        ["节能环保支出", 18900, 21470, 20936, 97.5, -3.4],
        ["城乡社区支出", 41200, 45920, 45103, 98.2, 8.7],
        ["农林水支出", 109800, 118650, 117320, 98.9, 2.9],
        ["交通运输支出", 21600, 24380, 23907, 98.1, -6.1],
        ["支出合计", 474050, 504610, 497659, 98.6, 3.1],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:D15": "#,##0", "E4:F15": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 2,406 / 3,120 = 77.1% in 2021, a year that has ended (time progress 100%): more than 5 points behind" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "卫生健康支出 51,988 / 52,610 = 98.82%, shown 96.8" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B15", why: "the 年初预算数 lines add up to 474,050" },
      { rule: "execution.total-mismatch", cell: "C15", why: "the 调整预算数 lines add up to 504,610" },
      { rule: "execution.total-mismatch", cell: "D15", why: "the 执行数 lines add up to 497,659" },
      { rule: "execution.rate-mismatch", cell: "E15", why: "497,659 / 504,610 = 98.62%, shown 98.6" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "85,702 / 86,450 = 99.13%, shown 99.1" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "比上年增长% is a change on last year, not a rate of the budget" },
      { rule: "execution.overspent", cell: "D7", why: "科学技术支出 2,406 is below both its budgets (its 调整预算数 3,120 is below the 年初 3,500: spending is measured against the later budget)" },
      { rule: "execution.behind-schedule", cell: "D11", why: "节能环保支出 97.5% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D15", why: "the 合计 row gets no status of its own" },
    ],
  },
};
