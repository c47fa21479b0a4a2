import type { CorpusLayout } from "../types";

// 重庆市渝中区 2017-01: the 2017 “三公”经费汇总情况表 — one row across, 合计 | 因公出国 | 公务用车购置及运行维护 (小计 | 购置 | 公车运行及维护) |
// 公务接待费, no label column; the 合计 typed 5,843 for 5,834.
export const layout: CorpusLayout = {
  id: "chongqing-yuzhong-2017-three-public-budget-summary",
  source: {
    title: "2017年渝中区“三公”经费汇总情况表",
    url: "https://www.cqyz.gov.cn/zwgk_229/fdzdgknr/czyjs/yzq_js/qjjs/201701/t20170126_6193287.html",
    publisher: "重庆市渝中区财政局",
    date: "2017-01-26",
    changes:
      "The grid is as the page shows it: title, 单位：万元, a two-row header (公务用车购置及运行维护 merged over 小计 | 公务用车购置 | 公车运行及维护, the " +
      "other headings merged down), one row of figures and no label column; the paragraph above the table is moved under it as the note. The page's " +
      "row gives 5834 | 100 | 692 | 4612 | 430 with the 小计 cell blank; we fill the 小计 (5,304) and keep the published figures. Planted: the 合计 " +
      "typed 5,843 (digits swapped) where 100 + 5,304 + 430 = 5,834.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "one-row-across", "no-label-column", "merged-header-over-three", "two-header-rows", "subtotal-column", "whole-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "district-level", "chongqing"],
  settings: { district: "渝中区" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 10, 12, 14, 16, 12],
      rows: [
        ["2017年渝中区“三公”经费汇总情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["合计", "因公出国", "公务用车购置及运行维护", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置", "公车运行及维护", null],
        [5843, 100, 5304, 692, 4612, 430],
        ["注：公务用车购置安排692万元，主要是执法车辆增加；公车运行及维护较上年下降21%，主要是2016年开展公车改革，车辆减少；公务接待费、因公出国与上年持平。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "A6:F6"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 5,
        columns: { A: "initialBudget" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A5", why: "合计 5,843 against 因公出国 100 + 公务用车 小计 5,304 + 公务接待费 430 = 5,834 (the 小计 counted once, not with its 692 and 4,612 again)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "小计 5,304 = 购置 692 + 运行维护 4,612" },
      { rule: "execution.no-spending", why: "a budget's own table: nothing is spent in it, no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget-only table, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
