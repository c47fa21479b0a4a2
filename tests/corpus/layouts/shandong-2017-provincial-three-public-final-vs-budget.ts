import type { CorpusLayout } from "../types";

// 山东省 2017年 省本级财政拨款“三公”经费决算: the press report (大众日报) gives 决算数 and the cut from 年初预算数 for the total and
// each of the three heads; the table is built from that prose: 项目 | 年初预算数 | 决算数 | 决算比年初预算增减, with the car head split 其中.
export const layout: CorpusLayout = {
  id: "shandong-2017-provincial-three-public-final-vs-budget",
  source: {
    title: "131个省级部门集中晒出决算账本 去年省本级“三公”决算比预算减少0.36亿（山东省2017年省本级“三公”经费决算；表据正文拟）",
    url: "https://m.yybnet.net/shandong/news/201808/7971254.html",
    publisher: "大众日报（山东省财政厅汇总公开的省级“三公”经费决算）",
    date: "2018-08-30",
    changes:
      "The page is prose only: it gives the 2017 省本级 财政拨款“三公”经费 决算 in 亿元 (total, 因公出国（境）费, 公务用车购置及运行维护费, 公务接待费) " +
      "each with its cut against the 年初预算数. The table (项目 | 年初预算数 | 决算数 | 决算比年初预算增减, 其中 购置费 / 运行维护费) is built from " +
      "that prose; all figures are ours. Planted: 决算 合计 typed 2.47 where 0.86 + 1.63 + 0.25 = 2.74 (digits swapped); 公务用车运行维护费 " +
      "spent 1.45 against a 年初预算 of 1.41.",
  },
  classes: ["execution", "final-accounts", "three-public", "qizhong-lines", "outline-numbering", "total-row-first", "difference-column", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 16, 14, 18],
      rows: [
        ["2017年山东省省本级财政拨款“三公”经费决算情况表（表据正文拟）", null, null, null],
        ["单位：亿元", null, null, null],
        ["项目", "2017年年初预算数", "2017年决算数", "决算比年初预算增减"],
        ["合计", 3.12, 2.47, -0.38],
        ["一、因公出国（境）费", 0.95, 0.86, -0.09],
        ["二、公务用车购置及运行维护费", 1.72, 1.63, -0.09],
        ["其中：公务用车购置费", 0.31, 0.18, -0.13],
        ["      公务用车运行维护费", 1.41, 1.45, 0.04],
        ["三、公务接待费", 0.45, 0.25, -0.2],
        ["注：“三公”经费为省本级各部门使用一般公共预算财政拨款安排的支出，不含涉密部门。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 typed 2.47; the heads add up to 0.86 + 1.63 + 0.25 = 2.74 (0.27亿元 more)" },
      { rule: "execution.overspent", cell: "C8", why: "公务用车运行维护费 spent 1.45 against its 年初预算 of 1.41: 0.04亿元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 合计 3.12 = 0.95 + 1.72 + 0.45" },
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车 1.63 = 购置费 0.18 + 运行维护费 1.45; the 其中 lines are not added again into the 合计" },
      { rule: "execution.total-mismatch", cell: "B6", why: "1.72 = 0.31 + 1.41" },
      { rule: "execution.overspent", cell: "C6", why: "the car head 1.63 is within its 1.72" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "every head spent something" },
      { rule: "execution.total-mismatch", cell: "A10", why: "the note under the table is not a line" },
    ],
  },
};
