import type { CorpusLayout } from "../types";

// 吐鲁番市财政局 2025-08-25: the report on the city's first-half 2025 budget execution to the 人大常委会 — 一般公共预算收入 37.24亿元,
// 完成年初预算47%, 税收 39.5%, 非税 58.7% … Built as the execution table such reports attach: 项目 | 年初预算 | 1-6月完成 | 完成年初预算%,
// revenue then spending, each over its 其中 lines.
export const layout: CorpusLayout = {
  id: "turpan-2025-h1-budget-execution",
  source: {
    title: "关于2025年上半年吐鲁番市预算执行情况的报告（一般公共预算收支执行情况表据报告拟）",
    url: "https://www.tlf.gov.cn/tlfs/c106290/202509/fd95a0cf5b154f09b1c8f558c212d720.shtml",
    publisher: "吐鲁番市财政局（市第二届人大常委会第二十八次会议材料）",
    date: "2025-08-25",
    changes:
      "From the report's prose: 一般公共预算收入 37.24亿元 at 47% of the year-start budget, 税收收入 18.92亿元 at 39.5%, 非税收入 " +
      "18.32亿元 (rate ours: 58.5%); the budgets are worked back from those shares. The spending side (一般公共预算支出 and four 其中 " +
      "lines) is ours: the stored copy breaks off before it. The table, its headings, 单位：亿元 and the note are ours. As of 2025-06-30 " +
      "time progress is 6/12 = 50%. Planted: 教育支出's share typed 65.0% where 15.62 / 28.40 = 55.0%; 农林水支出 at 31.6% (18.4 points " +
      "behind); 税收收入's published 39.5% is 10.5 points behind the half year.",
  },
  classes: [
    "execution", "revenue-and-spending", "revenue-lines-measured", "qizhong-lines", "qizhong-some-of-line", "rates-one-decimal",
    "year-start-budget-only", "as-of-in-title", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose",
    "report-to-congress", "city-level", "xinjiang",
  ],
  sheets: [
    {
      name: "收支执行",
      widths: [28, 12, 12, 14],
      rows: [
        ["吐鲁番市2025年上半年一般公共预算收支执行情况表", null, null, null],
        ["单位：亿元", null, null, null],
        ["项目", "年初预算", "1-6月完成", "完成年初预算%"],
        ["一、一般公共预算收入", 79.2, 37.24, 0.47],
        ["    其中：税收收入", 47.9, 18.92, 0.395],
        ["          非税收入", 31.3, 18.32, 0.585],
        ["二、一般公共预算支出", 182.5, 96.8, 0.53],
        ["    其中：教育支出", 28.4, 15.62, 0.65],
        ["          社会保障和就业支出", 24.1, 13.36, 0.554],
        ["          卫生健康支出", 12.6, 6.55, 0.52],
        ["          农林水支出", 20.3, 6.42, 0.316],
        ["注：收入按原体制口径统计；支出含上级补助收入安排的支出。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A12:D12"],
      numberFormats: { "B4:C11": "0.00", "D4:D11": "0.0%" },
    },
  ],
  settings: { asOf: "2025-06-30", district: "吐鲁番市" },
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "教育支出: 15.62 / 28.40 = 55.0%; stated 65.0%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入: 18.92 / 47.90 = 39.5% against 6/12 = 50%: 10.5 points behind (revenue is measured too)" },
      { rule: "execution.behind-schedule", cell: "D11", why: "农林水支出: 6.42 / 20.30 = 31.6% against 50%: 18.4 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "the four 其中 spending lines (85.40 of 182.50 budgeted) are only some of 支出: not summed" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收 18.92 + 非税 18.32 = 37.24; 47.90 + 31.30 = 79.20" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "37.24 / 79.20 = 47.02%, shown 47.0%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "13.36 / 24.10 = 55.44%, shown 55.4%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "教育 at 55.0% (as computed) is ahead of 50%" },
      { rule: "execution.behind-schedule", cell: "D10", why: "卫生健康 52.0% is ahead of 50%" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 58.5% is revenue ahead of pace, not spending" },
    ],
  },
};
