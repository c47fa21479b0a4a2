import type { CorpusLayout } from "../types";

// 河南省财政厅 2014-08 (新华网): the 2013 final account of the province's own “三公”经费 — 9.5亿元 in all, 因公出国（境）费 0.4亿, 公务接待费
// 2.3亿, 公务用车购置及运行维护费 6.8亿, each with its change on 2012 — and the 2014 budget held under 2013's spending. Built as the usual
// 三公 final-account table in 亿元: 项目 | 2013年预算数 | 2013年决算数 | 决算比上年增减%.
export const layout: CorpusLayout = {
  id: "henan-2013-provincial-three-public-final-accounts",
  source: {
    title: "河南去年公务接待费下降36.4%（2013年省级“三公”经费财政拨款支出决算表据正文拟）",
    url: "http://xczjs.com/content-10-733-1.html",
    publisher: "新华网（转载于中国新城镇建设网）；河南省财政厅公布",
    date: "2014-08-30",
    changes:
      "The page is prose: 2013 省级“三公”经费 9.5亿元 (−13.4%), 出国 0.4亿 (−30.9%), 接待 2.3亿 (−36.4%), 公务用车 6.8亿 (+0.7%), and the 2014 " +
      "budget of 8.9亿 (8.2% below 2013's). We built the table from it, the 2014 budget as a note. The 2013 budgets (not published) are " +
      "ours, and the car line's spending is ours (6.85 for 6.8); the changes as published. Planted: 公务用车购置及运行费 6.85 spent against " +
      "6.80 budgeted; the 合计 left at the published 9.50 while its lines now add up to 9.55.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "yiyuan-caption", "two-decimals", "growth-column", "percent-text",
    "total-row-first", "notes-under-table", "table-from-prose", "news-report", "province-fund", "henan",
  ],
  settings: { district: "河南省" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [28, 14, 14, 18],
      rows: [
        ["河南省2013年省级“三公”经费财政拨款支出决算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "2013年预算数", "2013年决算数", "决算比上年增减%"],
        ["合计", 9.7, 9.5, "-13.4%"],
        ["1.因公出国（境）费", 0.5, 0.4, "-30.9%"],
        ["2.公务接待费", 2.4, 2.3, "-36.4%"],
        ["3.公务用车购置及运行费", 6.8, 6.85, "0.7%"],
        ["注：2014年省级各部门“三公”经费预算按不高于2013年支出控制数编制，合计8.9亿元，比上年预算下降8.2%。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置及运行费 6.85亿元 spent against 6.80 budgeted: 0.05亿元 over" },
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算 9.50, its lines 0.40 + 2.30 + 6.85 = 9.55: 0.05亿元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 9.70 = 0.50 + 2.40 + 6.80" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (出国 0.40 of 0.50)" },
      { rule: "execution.overspent", cell: "C4", why: "a 合计 row gets no spending status of its own" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "决算比上年增减% is the change on 2012, never the rate" },
      { rule: "execution.no-spending", why: "every line spent some of its budget" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table (the 2014 budget) is no line" },
    ],
  },
};
