import type { CorpusLayout } from "../types";

// 鄂温克族自治旗财政局 2026-02-09: the report on the banner's 2025 budget execution to its people's congress. The general budget
// told in prose (收入 完成年初预算的…%, 完成调整预算的…%; 支出 完成调整预算的…%), set out as the usual year-end table by function.
export const layout: CorpusLayout = {
  id: "ewenke-2025-general-budget-execution",
  source: {
    title: "关于鄂温克族自治旗2025年预算执行情况和2026年预算草案的报告（一般公共预算收支执行表据正文拟）",
    url: "https://www.ewenke.gov.cn/OpennessContent/show/555123.html",
    publisher: "鄂温克族自治旗财政局",
    date: "2026-02-09",
    changes:
      "The report gives the 2025 general budget in prose only (收入 103,033万元, 完成年初预算的102.04%, 完成调整预算的99.61%; 支出 287,576万元, " +
      "完成调整预算的101.48%). The table is ours, laid out as banners publish the year-end table: 项目 | 年初预算数 | 调整预算数 | 决算数 | " +
      "完成调整预算%, revenue with 其中 税收收入 / 非税收入, spending by seven functions; every figure but the revenue total is ours (spending " +
      "recut so the total stays under its budget). Planted: 节能环保 budgeted 5,480 and spent nothing; 农林水 spent 74,180 of 72,600; " +
      "城乡社区's rate typed 98.01% where 41,980 / 42,400 = 99.01%.",
  },
  classes: [
    "execution", "year-end", "revenue-and-spending", "qizhong-lines", "section-total-above-lines", "initial-and-adjusted-budget",
    "rates-as-text", "two-decimal-rates", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "report-as-prose",
    "banner-budget", "neimenggu",
  ],
  settings: { asOf: "2025-12-31", district: "鄂温克族自治旗" },
  sheets: [
    {
      name: "一般公共预算",
      widths: [30, 14, 14, 14, 16],
      rows: [
        ["鄂温克族自治旗2025年一般公共预算收支执行情况表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["项目", "年初预算数", "调整预算数", "决算数", "完成调整预算%"],
        ["一、一般公共预算收入", 101000, 103440, 103033, "99.61%"],
        ["    其中：税收收入", 88000, 91000, 90623, "99.59%"],
        ["          非税收入", 13000, 12440, 12410, "99.76%"],
        ["二、一般公共预算支出", 270000, 283380, 278190, "98.17%"],
        ["    一般公共服务支出", 30000, 31200, 30950, "99.20%"],
        ["    教育支出", 45000, 46800, 46520, "99.40%"],
        ["    社会保障和就业支出", 52000, 55600, 55410, "99.66%"],
        ["    卫生健康支出", 28000, 29300, 29150, "99.49%"],
        ["    节能环保支出", 6000, 5480, 0, "0.00%"],
        ["    农林水支出", 68000, 72600, 74180, "102.18%"],
        ["    城乡社区支出", 41000, 42400, 41980, "98.01%"],
        ["注：1.收入为旗本级及苏木镇合计数；2.支出按功能分类列示主要科目。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A15:E15"],
      numberFormats: { "B4:D14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.no-spending", cell: "D12", why: "节能环保支出: 调整预算 5,480, 决算 0 at the year's end" },
      { rule: "execution.overspent", cell: "D13", why: "农林水支出: 决算 74,180 above its 调整预算 72,600 (102.18%)" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "城乡社区支出: 41,980 / 42,400 = 99.01%, typed 98.01%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "30,950 + 46,520 + 55,410 + 29,150 + 0 + 74,180 + 41,980 = 278,190, as stated; budgets 270,000 and 283,380 add up too" },
      { rule: "execution.total-mismatch", cell: "D4", why: "税收收入 90,623 + 非税收入 12,410 = 103,033; 88,000 + 13,000 = 101,000; 91,000 + 12,440 = 103,440" },
      { rule: "execution.behind-schedule", cell: "E8", why: "every other spending line is above 99% at the year's end, within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "E7", why: "the 支出 total (98.17%) is the lines' whole, no status of its own; and within 5 points" },
      { rule: "execution.behind-schedule", cell: "E4", why: "revenue at 99.61% of its adjusted budget, within 5 points" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "74,180 / 72,600 = 102.18%, as typed" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table" },
    ],
  },
};
