import type { CorpusLayout } from "../types";

// 渠县财政局 2025-07/08: report to the county 人大常委会 on the 2024 总决算 and the 2025 1-6月 budget execution. The stored page gives the
// 2024 figures in prose (支出 782,634万元, 104.34% of budget) and no table; laid out as the usual half-year 一般公共预算支出执行情况表:
// 项目 | 2025年预算数 | 1-6月执行数 | 执行率 | 比上年同期增长%, the total first, the function classes below, a note on 时间进度.
export const layout: CorpusLayout = {
  id: "quxian-2025-h1-general-budget-spending-execution",
  source: {
    title: "渠县2024年财政总决算和2025年1-6月财政预算执行情况的报告（2025年1-6月一般公共预算支出执行情况表据正文拟）",
    url: "http://www.quxian.gov.cn/xxgk-show-64712.html",
    publisher: "渠县人民政府 / 渠县财政局",
    date: "2025-07",
    changes:
      "As published: the report (2024 总决算, 2025年1-6月 execution) to the 渠县人大常委会. The page gives prose only; the half-year table " +
      "(项目 | 2025年预算数 | 1-6月执行数 | 执行率 | 比上年同期增长%, total first, twelve function classes, the note) and every figure are ours (表据正文拟). " +
      "Planted: 科学技术支出 1,120 of 4,860 (23.05%) at half year, 27 points behind 50%; 农林水支出's rate typed 57.99% (71,350 / 148,690 = 47.99%).",
  },
  classes: [
    "execution", "half-year-execution", "adjusted-budget", "by-function", "total-row-first", "growth-column", "percent-text",
    "two-decimal-rates", "whole-wanyuan", "wanyuan-caption", "behind-schedule", "notes-under-table", "table-from-prose", "county-budget", "sichuan",
  ],
  settings: { district: "渠县", asOf: "2025-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 10, 14],
      rows: [
        ["渠县2025年1-6月一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2025年预算数", "1-6月执行数", "执行率", "比上年同期增长%"],
        ["一般公共预算支出合计", 762000, 383800, "50.37%", "4.6"],
        ["一般公共服务支出", 62350, 31480, "50.49%", "2.1"],
        ["公共安全支出", 21640, 10905, "50.39%", "3.4"],
        ["教育支出", 138920, 72310, "52.05%", "6.8"],
        ["科学技术支出", 4860, 1120, "23.05%", "-31.5"],
        ["文化旅游体育与传媒支出", 9740, 4610, "47.33%", "1.9"],
        ["社会保障和就业支出", 156280, 83940, "53.71%", "7.2"],
        ["卫生健康支出", 97430, 49860, "51.18%", "5.3"],
        ["节能环保支出", 18350, 8420, "45.89%", "-4.7"],
        ["城乡社区支出", 41260, 19870, "48.16%", "2.6"],
        ["农林水支出", 148690, 71350, "57.99%", "3.9"],
        ["交通运输支出", 32470, 15280, "47.06%", "8.1"],
        ["其他支出", 30010, 14655, "48.83%", "12.4"],
        ["注：执行率为1-6月执行数占2025年预算数的比重；截至6月末时间进度为50%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:C16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 1,120 / 4,860 = 23.05% at 2025-06-30, time progress 6/12 = 50%: 26.95 points behind (more than 5)" },
      { rule: "execution.rate-mismatch", cell: "D14", why: "农林水支出 71,350 / 148,690 = 47.99%; typed 57.99%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "the twelve classes' 预算数 add up to 762,000 as typed" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the twelve classes' 1-6月执行数 add up to 383,800 as typed" },
      { rule: "execution.behind-schedule", cell: "D12", why: "节能环保支出 45.89% is 4.11 points under 50%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D9", why: "文化旅游体育与传媒支出 47.33%: 2.67 points under 50%" },
      { rule: "execution.behind-schedule", cell: "D14", why: "农林水支出 is at 47.99% by its own figures: within 5 points (only its typed rate is wrong)" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "383,800 / 762,000 = 50.37% as typed" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "比上年同期增长% compares with last year, not with the budget: −31.5 is no execution rate" },
      { rule: "execution.no-spending", why: "every class has spent something" },
      { rule: "execution.overspent", why: "no class is above its 预算数" },
    ],
  },
};
