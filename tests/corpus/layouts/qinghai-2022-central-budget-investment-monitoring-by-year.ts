import type { CorpusLayout } from "../types";

// 青海省发展改革委 2022-05-30: a new round of monitoring of central budget investment — 开工率 97.24% / 100% / 98.66% and 年度投资完成率
// 98.82% / 83.76% / 43.42% for the 2019, 2020 and 2021 plans. Laid out as a monitoring table with the years as rows: 下达 | 开工率 |
// 完成投资 | 投资完成率, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "qinghai-2022-central-budget-investment-monitoring-by-year",
  source: {
    title: "青海省发展和改革委员会对中央预算内项目执行情况进行新一轮全面监测分析（分年度监测表据正文拟）",
    url: "http://fz.fzggnc.org.cn/show-37611.html",
    publisher: "青海省发展和改革委员会（发展改革法治网转载）",
    date: "2022-05-30",
    changes:
      "Built from the prose (table from prose): the published 开工率 and 年度投资完成率 of the 2019–2021 plans are kept as printed; the amounts " +
      "下达 and 完成投资 are ours, chosen so each stated rate is their ratio. Planted: the 完成投资 合计 typed 1,052,880 against the years' " +
      "1,025,880 (its rate 74.94% typed to agree with the wrong total). The 2020 and 2021 plans, measured at their years' end, are far behind.",
  },
  classes: ["execution", "investment-progress", "years-as-rows", "start-rate-column", "rates-as-text", "two-decimal-rates", "past-years-at-year-end", "whole-wanyuan", "wanyuan-caption", "as-of-in-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "qinghai"],
  settings: { asOf: "2022-05-30", district: "青海省" },
  sheets: [
    {
      name: "监测表",
      widths: [10, 18, 10, 16, 12, 30],
      rows: [
        ["青海省中央预算内投资计划执行情况监测表", null, null, null, null, null],
        ["监测时点：2022年5月", null, null, null, null, "单位：万元"],
        ["年度", "下达中央预算内投资", "开工率", "完成投资", "投资完成率", "备注"],
        ["2019年", 412000, "97.24%", 407138, "98.82%", null],
        ["2020年", 465000, "100%", 389484, "83.76%", null],
        ["2021年", 528000, "98.66%", 229258, "43.42%", "存在已下达资金未支付项目"],
        ["合计", 1405000, "—", 1052880, "74.94%", null],
        ["注：投资完成率=完成投资/下达中央预算内投资；开工率按项目个数计算。新调整项目未计入开工率。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:F8"],
      numberFormats: { "B4:B7": "#,##0", "D4:D7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "监测表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "year", B: "adjustedBudget", D: "actual", E: "rate" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "完成投资 合计 1,052,880 against 407,138 + 389,484 + 229,258 = 1,025,880" },
      { rule: "execution.behind-schedule", cell: "E5", why: "2020年 plan: 389,484 / 465,000 = 83.76%, measured at its year's end (100%): 16.24 points behind" },
      { rule: "execution.behind-schedule", cell: "E6", why: "2021年 plan: 229,258 / 528,000 = 43.42%, measured at its year's end (100%): 56.58 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E4", why: "2019年 98.82%: within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "E7", why: "a total row has no status of its own" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "74.94% = 1,052,880 / 1,405,000 as typed" },
      { rule: "execution.rate-mismatch", cell: "C5", why: "开工率 counts projects started, no money ratio" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "98.82% = 407,138 / 412,000 (98.820%)" },
      { rule: "execution.total-mismatch", cell: "B7", why: "下达 合计 1,405,000 = 412,000 + 465,000 + 528,000" },
      { rule: "execution.overspent", why: "no year's 完成投资 exceeds its 下达" },
    ],
  },
};
