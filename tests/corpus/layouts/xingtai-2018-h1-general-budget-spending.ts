import type { CorpusLayout } from "../types";

// 邢台 2018-07 (财政运行分析, 转载): 上半年全市公共财政预算支出完成217.99亿元，同比增长2.9% — then seven subjects, each with its half-year
// sum and growth (一般公共服务 20.4, 公共安全 10.1, 教育 45.7, 社会保障和就业 32.2, 文化体育与传媒 1.8, 医疗卫生与计划生育 41.6, 节能环保 12.0),
// and the city's rank in the province. Laid out as a half-year execution table: 项目 | 年初预算 | 1-6月完成 | 完成预算% | 同比增长%, the whole
// first and its 其中 subjects under it (only some of it), in 亿元.
export const layout: CorpusLayout = {
  id: "xingtai-2018-h1-general-budget-spending",
  source: {
    title: "2018年上半年邢台市公共财政预算支出情况（执行情况表据正文拟）",
    url: "https://stone-trades.com/html/.gkgljrxtbmdttjj.201807t20180725_295665.html",
    publisher: "邢台市（财政运行分析，转载）",
    date: "2018-07-25",
    changes:
      "The page is prose; the table, its headings and the 年初预算 and 完成预算% columns are ours (the page gives sums and growth only). The " +
      "half-year sums and growth rates are the page's; the budgets are ours. Planted: 医疗卫生与计划生育支出's share typed 55.1% where " +
      "41.6 / 78.3 = 53.1%; 文化体育与传媒支出 at 39.1% of its budget by the end of June, 10.9 points behind time progress (6/12 = 50%).",
  },
  classes: ["execution", "half-year-execution", "whole-first-with-partial-breakdown", "qizhong-lines-some-of-whole", "initial-budget-alone", "growth-column", "one-decimal-rate", "percent-text", "yiyuan-caption", "table-from-prose", "statistics-report", "city-fund", "hebei"],
  settings: { district: "邢台市", asOf: "2018-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [30, 12, 12, 12, 12],
      rows: [
        ["2018年上半年邢台市公共财政预算支出完成情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1-6月完成", "完成预算%", "同比增长%"],
        ["全市公共财政预算支出", 452.6, 217.99, "48.2%", "2.9%"],
        ["其中：一般公共服务支出", 43.8, 20.4, "46.6%", "-2.0%"],
        ["      公共安全支出", 21.5, 10.1, "47.0%", "5.9%"],
        ["      教育支出", 96.4, 45.7, "47.4%", "4.2%"],
        ["      社会保障和就业支出", 61.2, 32.2, "52.6%", "16.1%"],
        ["      文化体育与传媒支出", 4.6, 1.8, "39.1%", "-5.2%"],
        ["      医疗卫生与计划生育支出", 78.3, 41.6, "55.1%", "19.2%"],
        ["      节能环保支出", 21.4, 12.0, "56.1%", "17.5%"],
        ["注：全市支出增速低于全省平均水平5.2个百分点，居全省第9位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2018 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "医疗卫生与计划生育支出 41.6 / 78.3 = 53.13%, shown 55.1%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "文化体育与传媒支出 1.8 / 4.6 = 39.1% as of 2018-06-30 (time progress 6/12 = 50%): 10.9 points short, beyond 5" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "the 其中 subjects are only some of the whole (163.8 of 217.99; budgets 327.2 of 452.6): not summed" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "217.99 / 452.6 = 48.16% → 48.2%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "20.4 / 43.8 = 46.58% → 46.6%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "同比增长% is growth on 2017, no share of the budget" },
      { rule: "execution.behind-schedule", cell: "D6", why: "公共安全 47.0%: 3.0 points short of 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "D5", why: "一般公共服务 46.6%: 3.4 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "D7", why: "教育 47.4%: 2.6 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the whole 48.2%: 1.8 points short, within 5" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table is no figure" },
    ],
  },
};
