import type { CorpusLayout } from "../types";

// 宁夏回族自治区科普工作队（宁夏回族自治区反邪教协会）2022年部门预算, 表四 一般公共预算财政拨款“三公”经费支出预算表, laid out
// down the page: 项目 | 2021年预算数 | 2022年预算数 | 比上年增减, 合计 first, then 1. 因公出国（境）费, 2. 公务用车购置及运行费 with
// 其中 购置费 / 运行费, 3. 公务接待费. Budget only: the 2022 合计 typed 7.00 over lines of 6.80; the 2021 公务用车 6.50 over
// parts of 6.05.
export const layout: CorpusLayout = {
  id: "ningxia-kepu-team-2022-three-public-budget",
  source: {
    title: "宁夏回族自治区科普工作队（宁夏回族自治区反邪教协会）2022年部门预算（第二部分 预算表 四、一般公共预算财政拨款“三公”经费支出预算表）",
    url: "https://pdf.chddh.cn/archives/wyev7nlqmp3jqo0jqd3z.html",
    publisher: "宁夏回族自治区科学技术协会（宁夏回族自治区科普工作队）",
    date: "2022",
    changes:
      "The stored copy shows the budget's contents (八张预算表, 四、一般公共预算财政拨款“三公”经费支出预算表), the team's duties and the " +
      "beginning of table 一 (财政拨款收支预算总表, 单位：万元); table 四's body is not shown. Laid out as a two-year 三公 budget table " +
      "(项目 | 2021年预算数 | 2022年预算数 | 比上年增减, numbered lines with the 其中 split of 公务用车, a 注). Every figure is ours. " +
      "Planted: 2022 合计 typed 7.00 while 0.00 + 5.80 + 1.00 = 6.80; 2021 公务用车购置及运行费 6.50 while 购置 0.00 + 运行 6.05 = 6.05 " +
      "(the 2021 合计 7.70 adds the line as typed).",
  },
  classes: [
    "execution", "budget-only", "three-public-budget", "two-year-budget-columns", "change-column", "qizhong-lines", "numbered-lines",
    "total-first", "notes-under-table", "wanyuan-caption", "region-level", "ningxia",
  ],
  sheets: [
    {
      name: "表四",
      widths: [30, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出预算表", null, null, null],
        ["单位名称：宁夏回族自治区科普工作队（宁夏回族自治区反邪教协会）", null, null, "单位：万元"],
        ["项目", "2021年预算数", "2022年预算数", "比上年增减"],
        ["合计", 7.7, 7, -0.7],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 6.5, 5.8, -0.7],
        ["  其中：公务用车购置费", 0, 0, 0],
        ["        公务用车运行费", 6.05, 5.8, -0.25],
        ["3.公务接待费", 1.2, 1, -0.2],
        ["注：“三公”经费指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", null, null, null],
      ],
      merges: ["A1:D1", "A2:C2", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表四",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2021年预算数", C: "initialBudget" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2022年预算数 合计 7.00; its lines 0.00 + 5.80 + 1.00 = 6.80 (0.20 more)" },
      { rule: "execution.total-mismatch", cell: "B6", why: "2021年预算数 公务用车购置及运行费 6.50; its 其中 购置费 0.00 + 运行费 6.05 = 6.05 (0.45 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2021 合计 7.70 = 0.00 + 6.50 + 1.20, the line as typed: its slip is reported once, at B6" },
      { rule: "execution.total-mismatch", cell: "C6", why: "2022 公务用车 5.80 = 0.00 + 5.80" },
      { rule: "execution.total-mismatch", cell: "D4", why: "比上年增减 is a change column, neither a budget nor a line's amount" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget table with no spending column" },
      { rule: "execution.overspent", why: "a budget table with no spending column (2021 above 2022 is last year's budget, not spending)" },
    ],
  },
};
