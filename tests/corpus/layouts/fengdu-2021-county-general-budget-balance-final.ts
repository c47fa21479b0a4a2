import type { CorpusLayout } from "../types";

// 丰都县 (重庆) 2021年决算情况的报告, 表1: 2021年全县一般公共预算收支决算平衡表 — 收入 | 预算数 | 调整预算数 | 执行数 | 决算数
// beside 支出 | 预算 | 调整预算数 | 执行数 | 决算数, 总计 on top, 本级收入 split 税收 / 非税 unindented, the side lines numbered 一、二、…
export const layout: CorpusLayout = {
  id: "fengdu-2021-county-general-budget-balance-final",
  source: {
    title: "丰都县人民政府关于2021年决算情况的报告（表1：2021年全县一般公共预算收支决算平衡表）",
    url: "http://cqfd.gov.cn/zwgk_200/fdzdgknr/czyjs/jsgk_395151/xjjs1/202409/t20240930_13676775.html",
    publisher: "丰都县财政局",
    date: "2022-09-28",
    changes:
      "As published: the table's title and 单位：万元, the ten headings (收入 | 预算数 | 调整预算数 | 执行数 | 决算数 | 支出 | 预算 | 调整预算数 | 执行数 | 决算数, " +
      "the spending side's first budget heading written 预算 as on the page), 总计 first on both sides, 本级收入 with 税收收入 / 非税收入 under it unindented, " +
      "the lines the report names (上级补助收入, 地方政府债券转贷收入, 调入资金, 动用预算稳定调节基金, 上年结转; 本级支出, 上解支出, 债务还本支出, " +
      "安排预算稳定调节基金, 结转下年) and a summary line under the table. The stored copy shows the table's head and first rows only; the rest of the " +
      "lines follow the report's prose. All figures are ours. Planted: 一、本级收入 决算数 typed 235,516 where 税收收入 149,320 + 非税收入 85,836 = 235,156 " +
      "(the 总计 915,114 adds 235,156); 二、上解支出 决算数 34,630 above its 调整预算数 31,200 (执行数 32,468 already above it).",
  },
  classes: ["execution", "budget-balance", "final-accounts", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "total-row-first", "initial-adjusted-execution-final", "unindented-sublines", "past-year", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "county-report", "chongqing"],
  settings: { district: "丰都县" },
  sheets: [
    {
      name: "一般公共预算收支决算平衡表",
      widths: [26, 10, 12, 10, 10, 26, 10, 12, 10, 10],
      rows: [
        ["2021年全县一般公共预算收支决算平衡表", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["收入", "预算数", "调整预算数", "执行数", "决算数", "支出", "预算", "调整预算数", "执行数", "决算数"],
        ["总计", 602000, 914186, 911676, 915114, "总计", 602000, 914186, 911676, 915114],
        ["一、本级收入", 226000, 234800, 234910, 235516, "一、本级支出", 548000, 612300, 608522, 609798],
        ["税收收入", 146000, 149500, 149200, 149320, "二、上解支出", 30000, 31200, 32468, 34630],
        ["非税收入", 80000, 85300, 85710, 85836, "三、债务还本支出", 20000, 265120, 265120, 265120],
        ["二、上级补助收入", 246000, 312410, 312410, 315602, "四、安排预算稳定调节基金", 0, 366, 366, 366],
        ["三、地方政府债券转贷收入", 96000, 265000, 265000, 265000, "五、结转下年", 4000, 5200, 5200, 5200],
        ["四、调入资金", 28700, 96350, 93730, 93730, null, null, null, null, null],
        ["五、动用预算稳定调节基金", 1200, 1240, 1240, 1240, null, null, null, null, null],
        ["六、上年结转", 4100, 4386, 4386, 4386, null, null, null, null, null],
        ["注：决算数与执行数的差异，主要是上级补助收入、上解支出按年终结算调整。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A13:J13"],
      numberFormats: { "B4:E12": "0", "G4:J9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一般公共预算收支决算平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "initialBudget", C: "adjustedBudget", E: "actual" }, year: 2021 },
      { sheet: "一般公共预算收支决算平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { F: "line", G: "initialBudget", H: "adjustedBudget", J: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E5", why: "一、本级收入 决算数: 税收收入 149,320 + 非税收入 85,836 = 235,156, typed 235,516 (360 over)" },
      { rule: "execution.overspent", cell: "J6", why: "二、上解支出: 决算数 34,630 above the 调整预算数 31,200 (3,430 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E4", why: "收入 总计 决算数 915,114 = 235,156 + 315,602 + 265,000 + 93,730 + 1,240 + 4,386, agreeing with 本级收入's own lines: the slip is reported once, at E5" },
      { rule: "execution.total-mismatch", cell: "J4", why: "支出 总计 决算数: 609,798 + 34,630 + 265,120 + 366 + 5,200 = 915,114" },
      { rule: "execution.total-mismatch", cell: "C4", why: "调整预算数 914,186 = 234,800 + 312,410 + 265,000 + 96,350 + 1,240 + 4,386 = 612,300 + 31,200 + 265,120 + 366 + 5,200" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 602,000 = 226,000 + 246,000 + 96,000 + 28,700 + 1,200 + 4,100 = 548,000 + 30,000 + 20,000 + 0 + 4,000" },
      { rule: "execution.total-mismatch", cell: "D5", why: "本级收入 执行数 234,910 = 149,200 + 85,710" },
      { rule: "execution.overspent", cell: "J7", why: "债务还本支出 265,120 is far above the year-start 预算 20,000 but equal to its 调整预算数: the adjusted budget is the measure" },
      { rule: "execution.overspent", cell: "E8", why: "上级补助收入 315,602 above its 调整预算数 312,410 is revenue collected beyond plan, not overspending" },
      { rule: "execution.overspent", cell: "J4", why: "支出 总计 915,114 above 914,186: a total row has no status of its own; its line 上解支出 carries it" },
      { rule: "execution.behind-schedule", why: "a past year measured at its end: every line is at or above 97% of its 调整预算数 (调入资金 93,730 / 96,350 = 97.28%, the lowest)" },
      { rule: "execution.no-spending", cell: "G8", why: "安排预算稳定调节基金 had a year-start 预算 of 0 and 366 spent of 366 adjusted" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table is prose" },
    ],
  },
};
