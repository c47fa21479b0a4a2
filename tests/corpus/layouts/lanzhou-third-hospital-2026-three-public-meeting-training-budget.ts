import type { CorpusLayout } from "../types";

// 兰州市第三人民医院 (兰州精神卫生中心) 2026年预算情况说明, 七、“三公”经费、培训费、会议费等财政拨款情况. Laid out as the budget table that part
// describes: 项目 | 2026年预算数 | 2025年预算数 | 增减额, the 三公 合计 numbered 一 over its three lines (the car line split by 其中), then
// 二、会议费 and 三、培训费 as accounts of their own.
export const layout: CorpusLayout = {
  id: "lanzhou-third-hospital-2026-three-public-meeting-training-budget",
  source: {
    title: "兰州市第三人民医院2026年预算情况说明（七、“三公”经费、培训费、会议费等财政拨款情况，表据正文拟）",
    url: "https://www.lzmhc.com/content-aab74a242aa24d78be902dd4f05f9777.htm",
    publisher: "兰州市第三人民医院",
    date: "2026",
    changes:
      "As published: the hospital, the year and the part's name (七、“三公”经费、培训费、会议费等财政拨款情况). The stored copy shows the contents and " +
      "the hospital's description, not that part's figures: the table (two budget years side by side with their change, 一、三公 合计 over 1.–3., the " +
      "car line's 其中, 二、会议费, 三、培训费) and every figure are ours. Planted: the 2026 三公 合计 typed 18.60 where 0 + 12.40 + 5.20 = 17.60.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "meeting-and-training-lines", "two-budget-years", "latest-year-first", "change-column", "qizhong-lines", "numbered-sections", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "city-hospital", "gansu"],
  sheets: [
    {
      name: "三公经费等预算表",
      widths: [34, 14, 14, 12],
      rows: [
        ["兰州市第三人民医院2026年“三公”经费、培训费、会议费财政拨款预算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2026年预算数", "2025年预算数", "增减额"],
        ["一、“三公”经费合计", 18.6, 18.9, -0.3],
        ["  1.因公出国（境）费", 0, 0, 0],
        ["  2.公务用车购置及运行费", 12.4, 13.2, -0.8],
        ["    其中：公务用车购置费", 0, 0, 0],
        ["          公务用车运行费", 12.4, 13.2, -0.8],
        ["  3.公务接待费", 5.2, 5.7, -0.5],
        ["二、会议费", 3.5, 3.8, -0.3],
        ["三、培训费", 16, 14.5, 1.5],
        ["说明：2026年培训费增加主要是精神卫生专业人员规范化培训任务增加；“三公”经费较上年减少，主要是压减公务用车运行和公务接待支出。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:D11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费等预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "initialBudget:2025年预算数" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2026年预算数: “三公”经费合计 18.60 where 0 + 12.40 + 5.20 = 17.60 (1.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2025年预算数: 18.90 = 0 + 13.20 + 5.70; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "B6", why: "12.40 = 购置费 0 + 运行费 12.40" },
      { rule: "execution.total-mismatch", cell: "C6", why: "13.20 = 0 + 13.20" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a change column, neither a budget nor a line's amount" },
      { rule: "execution.total-mismatch", cell: "B10", why: "二、会议费 and 三、培训费 are accounts of their own, no parts of the 三公 合计 (17.60 + 3.50 + 16.00 is no figure of the table)" },
      { rule: "execution.no-spending", why: "a budget table: no line gets a spending status" },
      { rule: "execution.overspent", why: "a budget table: the 2025 column is last year's budget, not spending" },
      { rule: "execution.behind-schedule", why: "a budget table; 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the 说明 line is text" },
    ],
  },
};
