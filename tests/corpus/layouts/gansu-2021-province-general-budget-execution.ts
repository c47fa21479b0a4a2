import type { CorpusLayout } from "../types";

// 甘肃省财政厅 2022-01-17: 关于2021年全省财政预算执行情况和2022年全省及省级财政预算草案的报告 — 全省一般公共预算收入 1001.8亿元 (up 14.6%).
// Laid out as the execution table such a report carries: 项目 | 预算数 | 执行数 | 完成预算%, revenue with its 其中 taxes and fees,
// spending with a few of its 其中 functions, in 亿元 to one decimal.
export const layout: CorpusLayout = {
  id: "gansu-2021-province-general-budget-execution",
  source: {
    title: "关于2021年全省财政预算执行情况和2022年全省及省级财政预算草案的报告（收支执行表据报告拟）",
    url: "http://rdgb.gsrdw.gov.cn/2022/243_1102/3209.html",
    publisher: "甘肃省财政厅（甘肃人大网）",
    date: "2022-01-17",
    changes:
      "As published: the report and the year's 全省一般公共预算收入 1001.8亿元 (增长14.6%). The stored copy breaks off after it, so the budgets, the tax / fee " +
      "split and the spending lines are ours. Planted: 农林水支出's rate typed 98.1% where 730.2 / 760.0 = 96.1%.",
  },
  classes: ["execution", "revenue-and-expenditure", "qizhong-complement", "qizhong-partial", "past-year", "one-decimal-yiyuan", "yiyuan-caption", "rate-column", "notes-under-table", "table-from-prose", "province-level", "gansu"],
  settings: { asOf: "2022-01-17", district: "甘肃省" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 14],
      rows: [
        ["2021年甘肃省一般公共预算收支执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "完成预算%"],
        ["一般公共预算收入", 960, 1001.8, 1.044],
        ["其中：税收收入", 660, 688.6, 1.043],
        ["      非税收入", 300, 313.2, 1.044],
        ["一般公共预算支出", 4150, 4025.6, 0.97],
        ["其中：教育支出", 640, 628.3, 0.982],
        ["      社会保障和就业支出", 700, 692.7, 0.99],
        ["      农林水支出", 760, 730.2, 0.981],
        ["      卫生健康支出", 330, 318.9, 0.966],
        ["注：执行数为快报数，决算时可能有所调整。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:C11": "0.0", "D4:D11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "农林水支出 730.2 / 760.0 = 96.08%, shown 96.1% at one decimal; 98.1% is stated" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1001.8 / 960.0 = 104.35% → 104.4%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "4025.6 / 4150.0 = 97.00% → 97.0%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "688.6 + 313.2 = 1001.8 and 660 + 300 = 960" },
      { rule: "execution.total-mismatch", cell: "C7", why: "教育 / 社保 / 农林水 / 卫生健康 are only some of 支出, not summed into it" },
      { rule: "execution.behind-schedule", cell: "D11", why: "a past year at 100% time progress: 318.9 / 330.0 = 96.6%, within 5 points" },
      { rule: "execution.behind-schedule", cell: "D10", why: "730.2 / 760.0 = 96.1%, within 5 points of 100%" },
    ],
  },
};
