import type { CorpusLayout } from "../types";

// 四川省财政厅厅长王一宏 reporting the 2014 final accounts to the 省十二届人大常委会第十七次会议 (2015): 省级行政事业单位财政拨款“三公”经费
// 4亿元 — 因公出国（境） 0.3, 公务用车购置及运行 3 (购置 0.2, 运行维护 2.8), 公务接待 0.7 — set as a 项目 | 预算数 | 决算数 | % table.
export const layout: CorpusLayout = {
  id: "sichuan-2014-provincial-three-public-final",
  source: {
    title: "省级行政事业单位“三公”经费去年支出4亿元（2014年省级“三公”经费支出决算表据报道拟）",
    url: "http://tengyi66.com/plus/view.php?aid=58681",
    publisher: "四川省财政厅（报道转载）",
    date: "2015",
    changes:
      "Table from prose: the report gives the 决算 figures only (0.3, 3 = 0.2 + 2.8, 0.7, 4). Ours: the grid (项目 | 预算数 | 决算数 | 决算数为预算数的%), " +
      "every 预算数 and rate. Planted: 公务用车购置费 0.2 spent on a 0.1 budget; 公务接待费's share typed 58.7% where 0.7 / 0.8 = 87.5%.",
  },
  classes: ["execution", "final-accounts", "three-public", "rows-form", "total-row-first", "qizhong-split", "rate-column", "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "province-level", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 12, 12, 18],
      rows: [
        ["2014年四川省省级行政事业单位财政拨款“三公”经费支出决算表（表据报道拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "决算数为预算数的%"],
        ["合计", 4.5, 4.0, "88.9%"],
        ["1.因公出国（境）费", 0.4, 0.3, "75.0%"],
        ["2.公务用车购置及运行费", 3.3, 3.0, "90.9%"],
        ["  其中：公务用车购置费", 0.1, 0.2, "200.0%"],
        ["        公务用车运行维护费", 3.2, 2.8, "87.5%"],
        ["3.公务接待费", 0.8, 0.7, "58.7%"],
        ["注：“三公”经费决算数为省级行政事业单位当年财政拨款安排的支出。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费 0.2 spent against a 0.1 budget: 0.1亿元 over" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "公务接待费 0.7 / 0.8 = 87.5%, not the 58.7% stated" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 4.5 = 0.4 + 3.3 + 0.8 (the 其中 lines not added again)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 4.0 = 0.3 + 3.0 + 0.7" },
      { rule: "execution.total-mismatch", cell: "C6", why: "3.0 = 购置 0.2 + 运行维护 2.8; budget 3.3 = 0.1 + 3.2" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "4.0 / 4.5 = 88.9%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "3.0 / 3.3 = 90.9%" },
      { rule: "execution.overspent", cell: "C6", why: "the car line as a whole spent 3.0 of 3.3" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (and 2014 is a past year)" },
      { rule: "execution.no-spending", why: "every line spent something" },
    ],
  },
};
