import type { CorpusLayout } from "../types";

// 安图县农机局 2015-09-24: 安图县农机补贴资金落实工作进展顺利 — a short report in prose: 1200万元 central subsidy sent down by the
// province, 1199.36万元 put in place, 使用比例 99.9%, 788 households, 820 machines (动力机械709、种植机械27、收获机械83、收获后处理机械1).
// Laid out as the progress table such a report rests on: machine kind | machines | planned | put in place | share.
export const layout: CorpusLayout = {
  id: "antu-2015-farm-machinery-subsidy-progress",
  source: {
    title: "安图县农机补贴资金落实工作进展顺利",
    url: "http://www.linesmovie.com/2/60/2015-09-24/47193.html",
    publisher: "安图县农机局",
    date: "2015-09-24",
    changes:
      "As published: the county, the year's 1200万元 central subsidy, 1199.36万元 put in place, 使用比例99.9%, 受益农户788户 and the machines by kind " +
      "(动力机械709台、种植机械27台、收获机械83台、收获后处理机械1台, 820 in all), and the request for 500万元 more. The report is prose: the table " +
      "(序号 | 机具类别 | 补贴机具（台） | 计划补贴资金 | 已落实补贴资金 | 使用比例, 金额单位：万元, 合计 at the foot, the note) is built from it; the plan " +
      "and money by kind are ours, adding up to the report's 1200 and 1199.36. Planted: 动力机械 put 890.16 in place against a plan of 860.00; 种植机械's " +
      "share typed 93.33% (58.40 / 60.00 = 97.33%); 收获后处理机械 8.67% in place in September (time progress 9/12 = 75%).",
  },
  classes: ["execution", "release-progress", "as-of-in-title", "machine-kinds-as-lines", "count-column", "percent-format-rates", "one-decimal-total-rate", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-level", "jilin"],
  settings: { district: "安图县", asOf: "2015-09-24" },
  sheets: [
    {
      name: "落实情况",
      widths: [6, 18, 14, 16, 18, 12],
      rows: [
        ["安图县2015年中央农机购置补贴资金落实情况表（表据正文拟）", null, null, null, null, null],
        ["截至2015年9月24日", null, null, null, null, "金额单位：万元"],
        ["序号", "机具类别", "补贴机具（台）", "计划补贴资金", "已落实补贴资金", "使用比例"],
        [1, "动力机械", 709, 860, 890.16, 1.0351],
        [2, "种植机械", 27, 60, 58.4, 0.9333],
        [3, "收获机械", 83, 250, 248.2, 0.9928],
        [4, "收获后处理机械", 1, 30, 2.6, 0.0867],
        ["合计", null, 820, 1200, 1199.36, 0.999],
        ["注：受益农户788户；使用比例＝已落实补贴资金÷计划补贴资金。根据补贴资金落实情况及全县实际购机需求，县农机局拟向上申请追加农机补贴资金500万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:E2", "A8:B8", "A9:F9"],
      numberFormats: { "D4:E8": "#,##0.00", "F4:F7": "0.00%", "F8": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "落实情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "E4", why: "动力机械 890.16 put in place against a plan of 860.00: 30.16万元 over" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "种植机械 58.40 / 60.00 = 97.33%, typed 93.33%" },
      { rule: "execution.behind-schedule", cell: "F7", why: "收获后处理机械 2.60 / 30.00 = 8.67% as of 2015-09-24, time progress 9/12 = 75.00%: 66.33 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D8", why: "计划 1200.00 = 860 + 60 + 250 + 30" },
      { rule: "execution.total-mismatch", cell: "E8", why: "落实 1199.36 = 890.16 + 58.40 + 248.20 + 2.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "820台 = 709 + 27 + 83 + 1, a count, no money" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "1199.36 / 1200 = 99.95%, shown to one decimal as 99.9% (99.947 rounds to 99.9)" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "890.16 / 860 = 103.51%" },
      { rule: "execution.behind-schedule", cell: "F6", why: "收获机械 99.28% is ahead of 75%" },
      { rule: "execution.overspent", cell: "E8", why: "the 合计 is a total: no status of its own, and 1199.36 is within 1200" },
      { rule: "execution.no-spending", why: "every kind has money put in place" },
    ],
  },
};
