import type { CorpusLayout } from "../types";

// 天津市滨海新区财政局 2026-01-20: the report to the district congress on 2025's budget execution — 一般公共预算收入633.8亿元, 增长6.3%,
// 完成预算102.1%, 税收收入515.4亿元; 支出754.2亿元, 下降8.5%; 政府性基金预算收入125.2亿元, 下降6.9%. Set out as the year-end table by budget:
// 项目 | 预算数 | 执行数 | 完成预算% | 比上年增长%, 单位：亿元, 其中 lines under the revenue total.
export const layout: CorpusLayout = {
  id: "binhai-2025-budget-execution-by-budget",
  source: {
    title: "关于天津市滨海新区2025年预算执行情况和2026年预算草案的报告（全区财政收支执行情况表据正文拟）",
    url: "https://czj.tjbh.gov.cn/contents/9749/297641.html",
    publisher: "天津市滨海新区财政局",
    date: "2026-01-20",
    changes:
      "Kept as the report gives them: 一般公共预算收入 633.8 (完成预算102.1%, 增长6.3%), 税收收入 515.4 (增长2%), 一般公共预算支出 754.2 (下降8.5%), " +
      "政府性基金预算收入 125.2 (下降6.9%). The report has no table and states no budget but the revenue's share: the layout, every 预算数, 非税收入 " +
      "(633.8 − 515.4 = 118.4) and the 政府性基金预算支出 line are ours. Planted: 非税收入's share typed 100.2% where 118.4 / 115.8 = 102.2%; " +
      "政府性基金预算支出 268.4 spent against a budget of 260.0.",
  },
  classes: [
    "execution", "year-end", "revenue-and-spending", "four-budgets", "qizhong-lines", "change-column", "rates-as-text", "one-decimal-rates",
    "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "report-as-prose", "district-budget", "tianjin",
  ],
  settings: { asOf: "2025-12-31", district: "天津市滨海新区" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 12, 12, 14, 14],
      rows: [
        ["滨海新区2025年全区财政收支预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "完成预算%", "比上年增长%"],
        ["一、一般公共预算收入", 620.8, 633.8, "102.1%", "6.3%"],
        ["    其中：税收收入", 505, 515.4, "102.1%", "2.0%"],
        ["          非税收入", 115.8, 118.4, "100.2%", "—"],
        ["二、一般公共预算支出", 790, 754.2, "95.5%", "-8.5%"],
        ["三、政府性基金预算收入", 130, 125.2, "96.3%", "-6.9%"],
        ["四、政府性基金预算支出", 260, 268.4, "103.2%", "—"],
        ["注：全区数含各开发区及街镇；执行数为快报数，以决算为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "非税收入: 118.4 / 115.8 = 102.2%, typed 100.2%" },
      { rule: "execution.overspent", cell: "C9", why: "政府性基金预算支出: 268.4 spent against its 260.0 budget (103.2%, as typed)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 515.4 + 非税收入 118.4 = 633.8; budgets 505.0 + 115.8 = 620.8" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "633.8 / 620.8 = 102.09%, shown 102.1%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "754.2 / 790.0 = 95.47%, shown 95.5%" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", cell: "D7", why: "95.5% at the year's end: 4.5 points under 100%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "D8", why: "政府性基金预算收入 96.3% at the year's end, within 5 points" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on last year, never the execution rate" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the four budgets are peers: no line adds the others" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table" },
    ],
  },
};
