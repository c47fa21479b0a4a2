import type { CorpusLayout } from "../types";

// 彭水苗族土家族自治县 (重庆) 2021年预算执行情况: 2021年全县一般公共预算收支平衡表 — 收入 | 执行数 beside 支出 | 执行数, 总计 on top, 本级收入 split
// 税收 / 非税 and the 转移性 lines under their own subtotals, unindented; the 转移性支出 subtotal typed 180万元 over its lines.
export const layout: CorpusLayout = {
  id: "pengshui-2021-general-budget-balance",
  source: {
    title: "彭水苗族土家族自治县2021年预算执行情况和2022年预算草案（2021年全县一般公共预算收支平衡表）",
    url: "http://psx.gov.cn/zwgk_174/fdzdgknr/czyjs/xjys/202201/t20220117_10306627.html",
    publisher: "彭水苗族土家族自治县财政局",
    date: "2022-01-17",
    changes:
      "As published: the table's title and 单位:万元, the headers 收入 | 执行数 | 支出 | 执行数, 总计 first on both sides, the lines in their order " +
      "and wording (一、本级收入, 税收, 非税, 二、转移性收入, 上级补助收入 … 上年结转; 一、本级支出, 二、转移性支出, 上解支出 … 调出资金), unindented as " +
      "published, blank cells where one side runs shorter, and the report's summary line under the table. The figures are ours. Planted: 二、转移性支出 " +
      "typed 66,860 where 13,600 + 8,250 + 2,480 + 37,720 + 4,630 = 66,680 (the 总计 657,120 agrees with 本级支出 and the lines).",
  },
  classes: ["execution", "budget-balance", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "total-row-first", "nested-subtotals", "unindented-sublines", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "county-report", "chongqing"],
  settings: { district: "彭水苗族土家族自治县" },
  sheets: [
    {
      name: "一般公共预算收支平衡表",
      widths: [26, 12, 26, 12],
      rows: [
        ["2021年全县一般公共预算收支平衡表", null, null, null],
        [null, null, null, "单位：万元"],
        ["收入", "执行数", "支出", "执行数"],
        ["总计", 657120, "总计", 657120],
        ["一、本级收入", 131210, "一、本级支出", 590440],
        ["税收", 82450, "二、转移性支出", 66860],
        ["非税", 48760, "上解支出", 13600],
        ["二、转移性收入", 525910, "地方政府债务还本支出", 8250],
        ["上级补助收入", 401280, "安排预算稳定调节基金", 2480],
        ["调入资金", 72150, "结转下年支出", 37720],
        ["动用预算稳定调节基金", 620, "调出资金", 4630],
        ["地方政府债务收入", 38900, null, null],
        ["上年结转", 12960, null, null],
        ["——全县一般公共预算收入完成13.12亿元；加上级补助收入、地方政府债务收入以及动用预算稳定调节基金、调入资金、上年结转后，收入总计65.71亿元。全县一般公共预算支出完成59.04亿元，加上解支出、调出资金、地方政府债务还本支出以及结转下年后，支出总计65.71亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:B13": "0", "D4:D11": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一般公共预算收支平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "actual" }, year: 2021 },
      { sheet: "一般公共预算收支平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { C: "line", D: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D6", why: "二、转移性支出: 13,600 + 8,250 + 2,480 + 37,720 + 4,630 = 66,680, typed 66,860 (180 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "支出 总计 657,120 = 590,440 + 66,680, agreeing with the 转移性支出 lines: the subtotal's slip is reported once, at D6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "收入 总计: 131,210 + 525,910 = 657,120" },
      { rule: "execution.total-mismatch", cell: "B5", why: "本级收入: 82,450 + 48,760 = 131,210" },
      { rule: "execution.total-mismatch", cell: "B8", why: "转移性收入: 401,280 + 72,150 + 620 + 38,900 + 12,960 = 525,910" },
      { rule: "execution.overspent", why: "no budget column: both sides are 执行数" },
      { rule: "execution.no-spending", why: "every line has its figure; the blank cells under 调出资金 are the shorter side's end" },
      { rule: "input.unreadable-value", cell: "A14", why: "the summary line under the table is prose (its 亿元 are ours, rounded from the table)" },
    ],
  },
};
