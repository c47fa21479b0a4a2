import type { CorpusLayout } from "../types";

// 广东省财政厅 2023 决算: the department's own 一般公共预算财政拨款“三公”经费 — budget, final account, share of budget, last year's final
// account and growth, the car line split 其中 购置 | 运行维护. All lines are ceilings; the 接待费 share is typed wrong.
export const layout: CorpusLayout = {
  id: "guangdong-finance-dept-2023-three-public-final-accounts",
  source: {
    title: "2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明（支出决算表据说明拟）",
    url: "http://czt.gd.gov.cn/sgjf/content/post_4484831.html",
    publisher: "广东省财政厅",
    date: "2024",
    changes:
      "The page is the 说明 in prose; the table is ours (表据正文拟), laid out as the 三公 决算 tables are published (合计 first, 其中 under the car line). " +
      "As published: 决算 62.07 of a 84.82万元 budget (73.2%), up 38.97 (168.7%); 出国 12.02 of 12.02 (100%); 公务用车 27.46 of 29.6 (92.8%), 购置 0 of 0, " +
      "运行维护 27.46; 接待 22.59 of 43.2, up 20.63 (1,055.4% as published). The 2022 column is derived from the stated increases. " +
      "Planted: 公务接待费's 决算数占预算% typed 62.3% where 22.59 / 43.2 = 52.3%.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "zero-budget-line", "last-year-column", "growth-column", "rates-as-text", "two-decimal-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "province-level", "guangdong"],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 16, 14, 14],
      rows: [
        ["广东省财政厅2023年度一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "2023年预算数", "2023年决算数", "决算数占预算%", "2022年决算数", "比上年增长%"],
        ["合计", 84.82, 62.07, "73.2%", 23.1, "168.7%"],
        ["1.因公出国（境）费", 12.02, 12.02, "100.0%", 0, "--"],
        ["2.公务用车购置及运行维护费", 29.6, 27.46, "92.8%", 21.14, "29.9%"],
        ["  其中：公务用车购置费", 0, 0, "--", 0, "--"],
        ["        公务用车运行维护费", 29.6, 27.46, "92.8%", 21.14, "29.9%"],
        ["3.公务接待费", 43.2, 22.59, "62.3%", 1.96, "1,055.4%"],
        ["注：“--”表示基数为0，不可比。决算数小于预算数，主要是认真贯彻落实中央八项规定精神和厉行节约要求，从严控制“三公”经费开支。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:F10"],
      numberFormats: { "B4:C9": "0.00", "E4:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "公务接待费 22.59 / 43.20 = 52.29%, typed 62.3% (10 points off)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "12.02 + 27.46 + 22.59 = 62.07" },
      { rule: "execution.total-mismatch", cell: "B4", why: "12.02 + 29.60 + 43.20 = 84.82" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中 购置 0 + 运行维护 27.46 = 27.46; the 其中 lines are not added again into the 合计" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "62.07 / 84.82 = 73.18%, shown 73.2%" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "比上年增长% is growth over 2022, not the execution rate (as published from unrounded figures)" },
      { rule: "execution.overspent", cell: "C5", why: "出国 12.02 of 12.02: exactly at the budget, not above" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费: no budget (0) and nothing spent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a past year's account" },
    ],
  },
};
