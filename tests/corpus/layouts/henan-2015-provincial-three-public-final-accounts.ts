import type { CorpusLayout } from "../types";

// 河南省财政厅 2016-10: the province-level 2015 “三公”经费 final account in 亿元 — 2015年预算数 | 2015年决算数 | 决算数为预算数的% |
// 比上年增减%, 合计 first, the car line split 其中 购置费 / 运行维护费, the reason for the fall in a note under it.
export const layout: CorpusLayout = {
  id: "henan-2015-provincial-three-public-final-accounts",
  source: {
    title: "河南2015年“三公”经费支出减少3.3亿元（省级“三公”经费决算表据报道拟）",
    url: "http://www.scenejeem.com/ProjectNewsInfoDetails_pid_5582.html",
    publisher: "河南省财政厅 (news report stored on a mirror)",
    date: "2016-10-18",
    changes:
      "The page reports the 2015 province-level 决算 in prose; the table is ours (表据正文拟). As published: 决算 5亿元 in all, 公务用车购置费 0.1, " +
      "公务用车运行维护费 3.3, 公务接待费 0.9, 因公出国（境）费 0.7亿元, and the changes on last year (-39.8%, -77.8%, -43%, -37.8%, +34.9%), the reason " +
      "in the note. Ours: the 2015 budget column and the shares of it, the car line's combined change. Planted: 因公出国（境）费 spent 0.7 against a budget " +
      "of 0.5; 公务接待费's share typed 57.5% for 0.9 / 1.2 = 75.0%.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "total-row-first", "qizhong-split", "share-of-budget-column", "growth-column", "rates-as-text",
    "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 18, 14],
      rows: [
        ["河南省2015年省级一般公共预算安排的“三公”经费决算表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "2015年预算数", "2015年决算数", "决算数为预算数的%", "比上年增减%"],
        ["合计", 6.1, 5.0, "82.0%", "-39.8%"],
        ["1.因公出国（境）费", 0.5, 0.7, "140.0%", "34.9%"],
        ["2.公务用车购置及运行维护费", 4.4, 3.4, "77.3%", "-45.5%"],
        ["  其中：公务用车购置费", 0.5, 0.1, "20.0%", "-77.8%"],
        ["        公务用车运行维护费", 3.9, 3.3, "84.6%", "-43.0%"],
        ["3.公务接待费", 1.2, 0.9, "57.5%", "-37.8%"],
        ["注：“三公”经费降幅较大的主要原因是工商、质检、药监部门由省级垂直管理下划至市县管理，“三公”经费相应改列市县支出；剔除该项因素，“三公”经费同比下降8.3%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A10:E10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C5", why: "因公出国（境）费 spent 0.7亿元 against a budget of 0.5 (140%): 0.2亿元 over, beyond any rounding of one decimal" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "公务接待费 0.9 / 1.2 = 75.0%; stated 57.5%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "C7", why: "公务用车购置费 spent 0.1 of 0.5 (20%): 三公 lines are ceilings, never behind schedule" },
      { rule: "execution.total-mismatch", cell: "B4", why: "budget 0.5 + 4.4 + 1.2 = 6.1" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 0.7 + 3.4 + 0.9 = 5.0" },
      { rule: "execution.total-mismatch", cell: "B6", why: "the car line's budget 0.5 + 3.9 = 4.4 (其中 购置 and 运行维护: all of it)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the car line's 决算 0.1 + 3.3 = 3.4" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "5.0 / 6.1 = 81.97% → 82.0%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年增减% is growth on last year, never the execution rate" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 spent 5.0 of 6.1, and a total row has no status of its own" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is text" },
    ],
  },
};
