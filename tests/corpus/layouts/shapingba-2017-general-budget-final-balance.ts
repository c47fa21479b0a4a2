import type { CorpusLayout } from "../types";

// 沙坪坝区人民政府 2020-04-09: the report on the district's 2017 final accounts, 表1 — the general budget's balance with income and
// spending side by side, each as 科目名称 | 执行数 | 决算数 (the figures reported to the congress during the year beside the final ones),
// 收入总计 and 支出总计 on the first row, sections 一、二、 with their parts unnumbered beneath.
export const layout: CorpusLayout = {
  id: "shapingba-2017-general-budget-final-balance",
  source: {
    title: "沙坪坝区人民政府关于沙坪坝区2017年财政决算（草案）报告（表1：2017年全区一般公共预算收支决算平衡表）",
    url: "http://cqspb.gov.cn/zwgk_235/xxgk_19662/fdzdgknr/ysjs/js/qj/202004/t20200409_7034853.html",
    publisher: "重庆市沙坪坝区人民政府",
    date: "2020-04-09",
    changes:
      "As published: the title, 单位:万元, the side-by-side header 科目名称 | 执行数 | 决算数 twice, the lines and their order (收入总计 | 支出总计 " +
      "first; 一、一般公共预算收入 with 税收收入 and 非税收入; 二、转移性收入 with 上级补助 … 上年结余; 一、一般公共预算支出; 二、转移性支出 with " +
      "上解支出 … 结转下年), and a note in the report's words on why 决算 differs from 执行. Every figure is ours. Planted: 支出总计 决算数 typed " +
      "1,345,220 where 919,980 + 422,540 = 1,342,520.",
  },
  classes: [
    "execution", "balance-table", "income-and-spending-side-by-side", "two-figure-columns", "execution-and-final-columns", "total-row-first",
    "unnumbered-parts", "whole-wanyuan", "wanyuan-caption", "zero-line", "notes-under-table", "district-finance", "past-year", "chongqing",
  ],
  sheets: [
    {
      name: "表1",
      widths: [26, 12, 12, 26, 12, 12],
      rows: [
        ["表1：2017年全区一般公共预算收支决算平衡表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["科目名称", "执行数", "决算数", "科目名称", "执行数", "决算数"],
        ["收入总计", 1342000, 1342520, "支出总计", 1342000, 1345220],
        ["一、一般公共预算收入", 652000, 652000, "一、一般公共预算支出", 920000, 919980],
        ["税收收入", 480000, 480000, "二、转移性支出", 422000, 422540],
        ["非税收入", 172000, 172000, "上解支出", 158000, 158500],
        ["二、转移性收入", 690000, 690520, "债务还本支出", 160000, 160000],
        ["上级补助", 352000, 352520, "安排预算稳定调节基金", 600, 600],
        ["调入预算稳定调节基金", 40000, 40000, "调出资金", 0, 0],
        ["调入资金", 90000, 90000, "结转下年", 103400, 103440],
        ["债务转贷收入", 160000, 160000, null, null, null],
        ["上年结余", 48000, 48000, null, null, null],
        ["注：与2017年执行数相比，上级补助收入决算数增加520万元，主要是向区人大报告后上级专项补助增加；支出决算数相应调整，按照规定结转下年使用。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:F14"],
      numberFormats: { "B4:C13": "#,##0", "E4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表1", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", C: "actual" }, year: 2017 },
      { sheet: "表1", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { D: "line", F: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "F4", why: "支出总计 决算数 1,345,220 ≠ 一、919,980 + 二、422,540 = 1,342,520" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "收入总计 1,342,520 = 652,000 + 690,520" },
      { rule: "execution.total-mismatch", cell: "C8", why: "转移性收入 690,520 = 352,520 + 40,000 + 90,000 + 160,000 + 48,000" },
      { rule: "execution.total-mismatch", cell: "F6", why: "转移性支出 422,540 = 158,500 + 160,000 + 600 + 0 + 103,440" },
      { rule: "execution.total-mismatch", cell: "E4", why: "执行数 支出总计 1,342,000 = 920,000 + 422,000" },
      { rule: "execution.total-mismatch", cell: "B4", why: "执行数 收入总计 1,342,000 = 652,000 + 690,000" },
      { rule: "execution.overspent", why: "no budget is stated: 执行数 and 决算数 are both outturns, and 决算 above 执行 is no overspending" },
      { rule: "execution.no-spending", cell: "F10", why: "调出资金 0 has no budget to leave unspent" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table" },
    ],
  },
};
