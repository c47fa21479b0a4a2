import type { CorpusLayout } from "../types";

// 大众日报 via 山东省人民政府 2020-07-12: 上半年全省一般公共预算收入3520亿元 — revenue 3520亿元 (−5.8%), spending 5170亿元 (−7.7%), 其中 省级支出
// 516亿元 (+10.4%), and the growth of 社会保障和就业, 农业农村 and 公共卫生 spending. Laid out as the province's 1—6月 execution table:
// 年初预算 | 1—6月完成 | 占预算% | 比上年同期增长%, 亿元; the budgets and the function lines' amounts are ours.
export const layout: CorpusLayout = {
  id: "shandong-2020-h1-general-budget-execution",
  source: {
    title: "上半年全省一般公共预算收入3520亿元（山东省2020年1—6月一般公共预算收支执行情况表据报道拟）",
    url: "http://www.shandong.gov.cn/art/2020/7/12/art_97564_374413.html",
    publisher: "山东省人民政府（来源：大众日报）",
    date: "2020-07-12",
    changes:
      "As published: revenue 3520 and spending 5170亿元 with their growth (−5.8%, −7.7%), 省级支出 516亿元 (+10.4%), 社会保障和就业 +5.4%, 农业农村 +1.1%, 公共卫生 +53.6%. " +
      "Budgets, the function lines' amounts and the shares are ours (表据报道拟). Planted: 省级支出 at 43.7% of its 年初预算 as of June (time progress 50%); 农林水支出's share typed 55.2 (585 / 1120 = 52.2%).",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "initial-budget-only", "qizhong-lines", "some-parts-only", "level-and-function-lines", "growth-column", "negative-growth", "one-decimal-rates", "rate-column-as-number", "whole-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong"],
  settings: { district: "山东省", asOf: "2020-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 12, 12, 10, 16],
      rows: [
        ["山东省2020年1—6月一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1—6月完成", "占预算%", "比上年同期增长%"],
        ["一般公共预算收入", 6800, 3520, 51.8, -5.8],
        ["一般公共预算支出", 10800, 5170, 47.9, -7.7],
        ["  其中：省级支出", 1180, 516, 43.7, 10.4],
        ["        社会保障和就业支出", 1750, 880, 50.3, 5.4],
        ["        农林水支出", 1120, 585, 55.2, 1.1],
        ["        卫生健康支出", 860, 452, 52.6, 53.6],
        ["注：收入增幅为自然口径；卫生健康支出增幅为其中公共卫生支出增幅。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "D4:E9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C6", why: "省级支出 516 / 1180 = 43.7% as of 2020-06-30, time progress 6/12 = 50%: 6.3 points behind" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "农林水支出 585 / 1120 = 52.2%, typed 55.2" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "the 其中 lines (a level and three functions) are only some of the spending: 516 + 880 + 585 + 452 = 2433 of 5170, not summed" },
      { rule: "execution.behind-schedule", cell: "C5", why: "spending 5170 / 10800 = 47.9%: 2.1 points under 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "C4", why: "revenue 51.8%, ahead of time" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "452 / 860 = 52.56% rounds to 52.6" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "−5.8 is growth on last year, no share of the budget" },
      { rule: "execution.overspent", why: "nothing is above its budget" },
    ],
  },
};
