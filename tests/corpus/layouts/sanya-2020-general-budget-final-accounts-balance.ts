import type { CorpusLayout } from "../types";

// 三亚市财政局 2021-08-26: the 2020 决算 of the general budget in 万元 — 地方一般公共预算收入 完成预算的95.0%, plus 上级补助收入, 债务转贷收入,
// 动用预算稳定调节基金, 调入资金 to the 总收入; 支出 完成预算的87.7%, plus 上解上级支出, 债务还本支出, 调出资金, 安排预算稳定调节基金 to the 总支出.
// Built as two tables stacked in the same columns: 收入项目 | 预算数 | 决算数 | 完成预算%, then 支出项目 under the same measures.
export const layout: CorpusLayout = {
  id: "sanya-2020-general-budget-final-accounts-balance",
  source: {
    title: "关于三亚市2020年财政决算的报告（一、2020年全市财政决算情况（一）全市一般公共预算收支决算情况；收支决算表据报告拟）",
    url: "https://rd.sanya.gov.cn/rdsite/c52hy/202108/6cc8a86cdb374bd1b07fbc2761e707b6.shtml",
    publisher: "三亚市财政局",
    date: "2021-08-26",
    changes:
      "As published: the unit (万元), the lines of the balance and their order (地方一般公共预算收入, 上级补助收入（转移性收入）, 债务转贷收入, " +
      "动用预算稳定调节基金, 调入资金, 总收入; 地方一般公共预算支出, 上解上级支出, 债务还本支出, 调出资金, 安排预算稳定调节基金, 总支出), the rate " +
      "against budget given for the two main lines, and 收支相抵，年终无结余结转. The report is prose: the two stacked tables, their headings and " +
      "every figure are ours (表据报告拟). Planted: 安排预算稳定调节基金 typed 373,500 where the balance needs 337,500, so the 支出 lines add to " +
      "2,676,800 against the 支出总计 2,640,800; the spending line at 87.5% of budget for the closed year 2020.",
  },
  classes: [
    "execution", "final-accounts", "balance-table", "stacked-tables", "revenue-and-spending", "transfer-lines", "dash-as-nothing",
    "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "thousands-separators", "total-at-foot", "past-year-fund", "notes-under-table",
    "table-from-prose", "city-finance-report", "hainan",
  ],
  sheets: [
    {
      name: "收支决算",
      widths: [28, 14, 14, 12],
      rows: [
        ["三亚市2020年一般公共预算收支决算表（表据报告拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["收入项目", "预算数", "决算数", "完成预算%"],
        ["地方一般公共预算收入", 1150000, 1092500, 95],
        ["上级补助收入（转移性收入）", "—", 876400, null],
        ["债务转贷收入", "—", 268000, null],
        ["动用预算稳定调节基金", "—", 362700, null],
        ["调入资金", "—", 41200, null],
        ["收入总计", null, 2640800, null],
        ["支出项目", "预算数", "决算数", "完成预算%"],
        ["地方一般公共预算支出", 2290000, 2003750, 87.5],
        ["上解上级支出", "—", 101300, null],
        ["债务还本支出", "—", 188450, null],
        ["调出资金", "—", 9800, null],
        ["安排预算稳定调节基金", "—", 373500, null],
        ["支出总计", null, 2640800, null],
        ["注：收支相抵，年终无结余结转。", null, null, null],
      ],
      merges: ["A1:D1", "A17:D17"],
      numberFormats: { "B4:C16": "#,##0", "D4:D16": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
      { sheet: "收支决算", kind: "execution", unit: "万元", headerRow: 10, lastRow: 16, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C16",
        why: "支出总计 2,640,800; its lines 2,003,750 + 101,300 + 188,450 + 9,800 + 373,500 = 2,676,800: 36,000万元 apart",
      },
      {
        rule: "execution.behind-schedule",
        cell: "C11",
        why: "地方一般公共预算支出 2,003,750 / 2,290,000 = 87.5% of budget for the closed year 2020 (截至 2020-12-31, time progress 100%): 12.5 points short, beyond 5",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C9", why: "收入总计: 1,092,500 + 876,400 + 268,000 + 362,700 + 41,200 = 2,640,800, as stated" },
      { rule: "execution.behind-schedule", cell: "C4", why: "地方一般公共预算收入 1,092,500 / 1,150,000 = 95.0%: 5.0 points short of 100%, not more than 5" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "2,003,750 / 2,290,000 = 87.5%, as stated" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,092,500 / 1,150,000 = 95.0%, as stated" },
      { rule: "execution.overspent", cell: "C5", why: "transfer lines have no budget (—): nothing to overspend" },
      { rule: "execution.overspent", cell: "C13", why: "债务还本支出 has no budget (—): a dash is nothing, not a zero budget overspent" },
      { rule: "execution.total-mismatch", cell: "C10", why: "the second header row (支出项目 | 预算数 | …) opens the second table; it is no line of the first" },
      { rule: "input.unreadable-value", why: "the dashes mean nothing and the note is text" },
    ],
  },
};
