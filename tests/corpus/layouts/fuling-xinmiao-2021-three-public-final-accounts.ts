import type { CorpusLayout } from "../types";

// 重庆市涪陵区新妙镇 2022-09-29: the town's 2021 “三公”经费 final account — the three lines against the year-start budget, the car line split
// into 购置 and 运行维护, then the counts the notice gives (团组, 车辆, 接待批次/人次). Laid out as 项目 | 年初预算数 | 决算数 with the
// statistics block under the money.
export const layout: CorpusLayout = {
  id: "fuling-xinmiao-2021-three-public-final-accounts",
  source: {
    title: "涪陵区新妙镇2021年度“三公”经费决算情况（决算情况表据正文拟）",
    url: "http://fl.gov.cn/jz/xmz/zwgk_46904/fdzdgknr_46906/ysjsjz/jsgk/bjjs/202209/t20220929_11158138.html",
    publisher: "重庆市涪陵区新妙镇人民政府",
    date: "2022-09-29",
    changes:
      "The page is prose; the table is ours (表据正文拟): the lines, the 购置 / 运行维护 split, the year-start budget the notice compares with and " +
      "the statistics (团组数, 购置数, 保有量, 接待批次, 接待人次) as the notice names them. The figures are ours (the notice: 40.14万元 spent, " +
      "12辆, 105批次, 1150人次). Planted: 公务接待费 8.62 above its 8.50 budget; the 合计's 决算数 typed 35.76 while its lines add up to 36.26.",
  },
  classes: ["execution", "three-public", "final-account", "ceilings", "qizhong-lines", "statistics-block", "count-rows", "section-numbering", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "built-from-prose", "town-level", "chongqing"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 14, 14],
      rows: [
        ["新妙镇2021年度“三公”经费决算情况表（表据正文拟）", null, null],
        [null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数"],
        ["一、“三公”经费合计", 36.5, 35.76],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行维护费", 28, 27.64],
        ["其中：公务用车购置费", 0, 0],
        ["公务用车运行维护费", 28, 27.64],
        ["3.公务接待费", 8.5, 8.62],
        ["二、相关统计数", null, null],
        ["因公出国（境）团组数（个）", "—", 0],
        ["公务用车购置数（辆）", "—", 0],
        ["公务用车保有量（辆）", "—", 12],
        ["国内公务接待批次（个）", "—", 105],
        ["国内公务接待人次（人）", "—", 1150],
        ["注：“三公”经费指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。", null, null],
      ],
      merges: ["A1:C1", "A16:C16"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 35.76; its lines 0 + 27.64 + 8.62 = 36.26 (0.50 apart)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费: 8.62 spent against a budget of 8.50 (a ceiling, overspent by 0.12)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 36.50 = 0 + 28.00 + 8.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "27.64 = 0 + 27.64 (its two halves)" },
      { rule: "execution.behind-schedule", cell: "C8", why: "a 三公 ceiling line: 27.64 of 28.00 is economy, never behind schedule" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0)" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.overspent", cell: "C13", why: "12辆 is the 保有量, a count in the statistics block, no spending" },
      { rule: "execution.overspent", cell: "C15", why: "1,150 接待人次 is a count, no money" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no status of its own" },
    ],
  },
};
