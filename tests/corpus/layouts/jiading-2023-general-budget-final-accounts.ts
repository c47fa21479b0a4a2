import type { CorpusLayout } from "../types";

// 上海市嘉定区 2023年财政决算报告 (区人大常委会, 2024-07-25): 全区一般公共预算收入 2,498,904万元, 完成年度预算的102.3%, 同比增长8.3%; 支出
// 3,753,556万元, 完成年度预算的97.8%; 区本级收入 891,459万元, 95.0%, 增长6.4%. Laid out as a 收支决算 table of the report's lines: 项目 |
// 调整预算数 | 决算数 | 完成调整预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "jiading-2023-general-budget-final-accounts",
  source: {
    title: "上海市嘉定区2023年财政决算报告（一般公共预算收支决算情况表据报告拟）",
    url: "http://renda.jiading.cn/cwhgz/jdgz/content_897704",
    publisher: "嘉定区人大常委会（嘉定区财政局局长 吴雪芬）",
    date: "2024-07-26",
    changes:
      "Built from the prose (table from prose): the 决算数, completion rates and growth of 全区 revenue, 全区 spending and 区本级 revenue are as " +
      "reported; the budgets (2,442,721, 3,837,992, 938,300) are ours, chosen so the reported rates hold. The 区本级 spending line (budget " +
      "1,712,640, spent 1,652,410) is ours, the stored excerpt stopping before it. Planted: its rate typed 94.6% where 1,652,410 / 1,712,640 = " +
      "96.48%. Revenue above its budget (102.3%) is collected beyond plan, not overspending.",
  },
  classes: [
    "execution", "final-accounts", "adjusted-budget", "revenue-and-spending", "growth-column", "rates-as-text", "one-decimal-rates",
    "whole-wanyuan", "wanyuan-caption", "revenue-above-budget", "past-year-at-year-end", "notes-under-table", "table-from-prose",
    "district-level", "shanghai",
  ],
  settings: { district: "嘉定区" },
  sheets: [
    {
      name: "收支决算",
      widths: [30, 16, 16, 16, 14],
      rows: [
        ["嘉定区2023年一般公共预算收支决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "完成调整预算%", "比上年增长%"],
        ["全区一般公共预算收入", 2442721, 2498904, "102.3%", "8.3%"],
        ["全区一般公共预算支出", 3837992, 3753556, "97.8%", null],
        ["区本级一般公共预算收入", 938300, 891459, "95.0%", "6.4%"],
        ["区本级一般公共预算支出", 1712640, 1652410, "94.6%", null],
        ["注：全区一般公共预算支出含中央直达资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "收支决算", cell: "D7", why: "区本级支出 1,652,410 / 1,712,640 = 96.48%, stated 94.6%" },
    ],
    absent: [
      { rule: "execution.overspent", sheet: "收支决算", cell: "C4", why: "revenue above its budget (2,498,904 / 2,442,721 = 102.30%) is collected beyond plan" },
      { rule: "execution.rate-mismatch", sheet: "收支决算", cell: "D5", why: "3,753,556 / 3,837,992 = 97.80%" },
      { rule: "execution.rate-mismatch", sheet: "收支决算", cell: "D6", why: "891,459 / 938,300 = 95.01%, shown 95.0%" },
      { rule: "execution.behind-schedule", sheet: "收支决算", cell: "D6", why: "a past year at its end (100%): 95.01% is 4.99 points short, within 5" },
      { rule: "execution.total-mismatch", why: "no total row: 全区 and 区本级 are two views, 区本级 not a part to be summed with 全区" },
    ],
  },
};
