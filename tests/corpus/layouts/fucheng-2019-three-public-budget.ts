import type { CorpusLayout } from "../types";

// 绵阳市涪城区 (四川) 2019: the district's 财政拨款“三公”经费预算 as a budget-only table — 预算数 beside the change on last year, 合计 first, the car
// line split 其中 购置 / 运行维护; the 合计 typed 20万元 above its lines.
export const layout: CorpusLayout = {
  id: "fucheng-2019-three-public-budget",
  source: {
    title: "涪城区2019年财政拨款“三公”经费预算情况（表据正文拟）",
    url: "http://www.myfc.gov.cn/zwgk/zdlyxxgk/czzj/qbjczzys/23311181.html",
    publisher: "绵阳市涪城区财政局",
    date: "2019-03-01",
    changes:
      "The page is prose; the table is ours (表据正文拟), its lines in the order the prose gives them (因公出国（境）费, 公务接待费, 公务用车购置和运行维护费 " +
      "with 公车购置费 and 公车运行维护费 under it) and a 同比增减 column for the changes the prose states; the note under it follows the prose's reason " +
      "for the increase. The figures are ours. Planted: 合计 typed 1,829 where the three lines add up to 1,809.",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-split", "change-column", "rates-as-text", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "built-from-prose", "district-fund", "sichuan"],
  settings: { district: "绵阳市涪城区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 14, 14],
      rows: [
        ["涪城区2019年财政拨款“三公”经费预算表（表据正文拟）", null, null],
        [null, null, "单位：万元"],
        ["项目", "2019年预算数", "同比增减"],
        ["合计", 1829, "+17.19%"],
        ["一、因公出国（境）费", 38, "-15.56%"],
        ["二、公务接待费", 365, "-8.75%"],
        ["三、公务用车购置和运行维护费", 1406, "+18.25%"],
        ["    其中：公车购置费", 296, "+100.00%"],
        ["          公车运行维护费", 1110, "-0.98%"],
        ["注：2019年“三公”经费预算增长的主要原因是年初预算安排了公务用车购置费；剔除公务用车购置经费，“三公”经费预算同比下降。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:B9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "38 + 365 + 1,406 = 1,809, not the 1,829 typed (20 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "1,406 = 296 + 1,110" },
      { rule: "execution.total-mismatch", cell: "B8", why: "the 其中 parts are inside 1,406: adding them again would give 3,215" },
      { rule: "execution.rate-mismatch", cell: "C4", why: "同比增减 is the change on last year's budget, no execution rate" },
      { rule: "execution.no-spending", why: "a budget-only table: nothing is meant to be spent in it" },
      { rule: "execution.behind-schedule", why: "a budget-only table, and 三公经费 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note is prose under the table" },
    ],
  },
};
