import type { CorpusLayout } from "../types";

// 甘肃省统计局 2013-02-26: 2012 全省财政 — 大口径财政收入 1080.38亿元 (102.91% of budget), 公共财政预算收入 520.88亿元 (106.24%),
// 财政支出 2063.44亿元 (96.92% of the adjusted budget; 省级 418.24, 市县 1645.2). The release is prose; laid out as the year's
// 财政收支完成情况表: 项目 | 预算数 | 完成数 | 完成预算% | 比上年增长%, 其中 lines under the totals, 亿元.
export const layout: CorpusLayout = {
  id: "gansu-2012-province-fiscal-budget-execution",
  source: {
    title: "2012年甘肃省超额完成全年财政收支预算任务（收支完成情况表据正文拟）",
    url: "http://51edu.com/caijing/kjcyzg/kjcyzgksxysd/3173699.html",
    publisher: "甘肃省统计局",
    date: "2013-02-26",
    changes:
      "As published: 大口径财政收入 1080.38亿元 (102.91%, 增长17.34%), 公共财政预算收入 520.88亿元 (106.24%, 增长19.65%), 财政支出 " +
      "2063.44亿元 (完成调整预算的96.92%, 增长15.2%), 省级 418.24 and 市县 1645.2. The release is prose: the table and headings are ours; " +
      "the budgets of the three totals are computed from the published shares (1049.83, 490.29, 2129.01), the 省级 / 市县 budgets and " +
      "their growth are ours. Planted: 市县支出 typed 1654.2 (published 1645.2), so 省级 + 市县 = 2072.44 against the stated 2063.44; " +
      "省级支出 at 92.53% of its budget at the year's end.",
  },
  classes: ["execution", "revenue-and-spending", "qizhong-lines", "revenue-beyond-plan", "province-wide", "growth-column", "rates-as-numbers", "percent-in-header", "year-in-title", "yiyuan-caption", "table-from-prose", "statistics-release", "gansu"],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "收支完成情况",
      widths: [26, 12, 12, 12, 14],
      rows: [
        ["2012年甘肃省财政收支完成情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "完成数", "完成预算%", "比上年增长%"],
        ["大口径财政收入", 1049.83, 1080.38, 102.91, 17.34],
        ["其中：公共财政预算收入", 490.29, 520.88, 106.24, 19.65],
        ["财政支出", 2129.01, 2063.44, 96.92, 15.2],
        ["其中：省级支出", 452, 418.24, 92.53, 9.8],
        ["　　　市县支出", 1677.01, 1654.2, 98.64, 16.6],
        ["注：财政支出完成数为调整预算的完成情况。14个市州中除嘉峪关市外，其余13个市州均超额完成全年收入预算任务。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "0.00", "D4:E8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "财政支出 2063.44; its 其中 省级 418.24 + 市县 1654.2 = 2072.44 (9.00 apart)" },
      { rule: "execution.behind-schedule", cell: "D7", why: "省级支出 418.24 / 452 = 92.53% at 2012's end (time progress 100%): 7.47 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "公共财政预算收入 is one 其中 line of 大口径, below it (520.88 < 1080.38)" },
      { rule: "execution.total-mismatch", cell: "B6", why: "452 + 1677.01 = 2129.01" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1080.38 / 1049.83 = 102.91%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "520.88 / 490.29 = 106.24%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "2063.44 / 2129.01 = 96.92%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "1654.2 / 1677.01 = 98.64%" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.overspent", cell: "C5", why: "revenue above its budget is collected beyond plan" },
      { rule: "execution.behind-schedule", cell: "D6", why: "财政支出 96.92%: 3.08 points below 100, within 5; a total gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "D8", why: "市县支出 98.64%: within 5 points" },
      { rule: "input.unreadable-value", why: "the note is prose" },
    ],
  },
};
