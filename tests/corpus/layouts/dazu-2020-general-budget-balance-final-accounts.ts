import type { CorpusLayout } from "../types";

// 重庆市大足区 2020年财政决算的报告 (2021-09-27, 区财政局): 表1 全区一般公共预算收支决算平衡表 — 收入 | 执行数 | 决算数 beside
// 支出 | 执行数 | 决算数, 总计 on the first row of each half, numbered sections (一、本级收入 with 税收收入 / 非税收入 under it).
// Each half is a table of its own; the 执行数 beside each 决算数 is the figure reported to the 人代会, restated.
export const layout: CorpusLayout = {
  id: "dazu-2020-general-budget-balance-final-accounts",
  source: {
    title: "重庆市大足区人民政府关于2020年财政决算的报告（表1：2020年度全区一般公共预算收支决算平衡表）",
    url: "http://www.dazu.gov.cn/zwgk_175/fdzdgknr/czyjs/dzq/jsbg/202110/t20211013_9801525.html",
    publisher: "重庆市大足区财政局",
    date: "2021-10-14",
    changes:
      "The page prints the grid (收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数, 总计 1,196,625 on both halves, 一、本级收入 …) but the stored copy " +
      "cuts off after its first rows: the section names after 一、本级收入 are those the report's prose lists (上级补助收入, 上年结转, 调入资金, " +
      "债务转贷收入; 上解支出, 债务还本支出, 安排预算稳定调节基金, 结转下年). The totals 1,196,625, 本级收入 423,422, 支出 969,790 and 结转下年 " +
      "115,055 are the report's; the other figures are ours. The report's one change from 执行数 to 决算数 is kept: 债务还本支出 +133, 结转下年 " +
      "−133 (note under the table). Planted: 税收收入's 决算数 typed 263,810 (its 执行数 268,310), so 一、本级收入 423,422 is not 263,810 + 155,112; " +
      "安排预算稳定调节基金's 决算数 typed 29,490 (its 执行数 29,940), so the 支出 总计 1,196,625 is not what its sections add up to (1,196,175).",
  },
  classes: ["execution", "final-accounts", "balance-table", "two-halves-side-by-side", "execution-and-final-columns", "total-row-first", "numbered-sections", "child-lines-under-section", "whole-wanyuan", "thousands-separators", "wanyuan-caption", "notes-under-table", "table-partly-in-stored-copy", "district-fund", "chongqing"],
  settings: { district: "重庆市大足区" },
  sheets: [
    {
      name: "平衡表",
      widths: [24, 14, 14, 26, 14, 14],
      rows: [
        ["表1：2020年度全区一般公共预算收支决算平衡表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["收入", "执行数", "决算数", "支出", "执行数", "决算数"],
        ["总计", 1196625, 1196625, "总计", 1196625, 1196625],
        ["一、本级收入", 423422, 423422, "一、一般公共预算支出", 969790, 969790],
        ["    税收收入", 268310, 263810, "二、上解支出", 18640, 18640],
        ["    非税收入", 155112, 155112, "三、债务还本支出", 63067, 63200],
        ["二、上级补助收入", 512683, 512683, "四、安排预算稳定调节基金", 29940, 29490],
        ["三、上年结转", 41870, 41870, "五、结转下年", 115188, 115055],
        ["四、调入资金", 96250, 96250, null, null, null],
        ["五、债务转贷收入", 122400, 122400, null, null, null],
        ["注：与区二届人大第六次会议审议的执行数相比，债务还本支出决算数增加133万元，系市局增加地方政府向国际组织借款还本支出，相应结转下年减少133万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:F12"],
      numberFormats: { "B4:C11": "#,##0", "E4:F9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", C: "actual" }, year: 2020 },
      { sheet: "平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { D: "line", F: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "一、本级收入 决算数 423,422, but its lines 税收收入 263,810 + 非税收入 155,112 = 418,922 (4,500 short)" },
      { rule: "execution.total-mismatch", cell: "F4", why: "支出 总计 决算数 1,196,625, but 969,790 + 18,640 + 63,200 + 29,490 + 115,055 = 1,196,175 (450 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 总计 1,196,625 = 423,422 + 512,683 + 41,870 + 96,250 + 122,400, the sections as typed: the slip under 本级收入 is reported once, at C5" },
      { rule: "execution.total-mismatch", cell: "B5", why: "执行数 is the restated figure beside the 决算数, unread (and 268,310 + 155,112 = 423,422 anyway)" },
      { rule: "execution.total-mismatch", cell: "E4", why: "执行数 unread; its sections add up to 1,196,625 anyway (969,790 + 18,640 + 63,067 + 29,940 + 115,188)" },
      { rule: "execution.overspent", why: "no budget column: 执行数 beside 决算数 is the same year's figure stated twice, not a budget (债务还本支出 63,200 against 63,067 is no overspending)" },
      { rule: "execution.behind-schedule", why: "no budget, no rate: nothing to measure against" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table is no data row" },
    ],
  },
};
