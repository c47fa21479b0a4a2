import type { CorpusLayout } from "../types";

// 北京市 2012年 市级党政机关、全额拨款事业单位“三公”经费财政拨款支出预算 (新华社 2012-01-14 from the 市财政局's report to the
// 市人大): one column of 预算数 in 亿元 down the heads — 因公出国（境）费用, 公务接待费, 公务用车购置及运行维护费 with its 其中 购置费 / 运行维护费.
export const layout: CorpusLayout = {
  id: "beijing-2012-municipal-three-public-budget",
  source: {
    title: "北京市2012年财政支出将力保民生严控“三公”（市级“三公”经费预算表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/jrzg/2012-01/14/content_2044053.htm",
    publisher: "中央政府门户网站（新华社）",
    date: "2012-01-14",
    changes:
      "The report gives the 2012 市级“三公”经费 budget in prose (its total, 因公出国（境）, 公务接待, 公务用车购置及运行维护 with 其中 购置费 / " +
      "运行维护费) and no table: the table (项目 | 2012年预算数, 单位：亿元, 其中 lines under the car line, a note on whose money it is) is laid out " +
      "from that prose (table-from-prose). Figures are ours. Planted: 合计 typed 11.40 where 1.90 + 0.90 + 8.40 = 11.20.",
  },
  classes: ["execution", "three-public", "budget-only", "heads-down-rows", "qizhong-lines", "yiyuan-caption", "two-decimal-yiyuan", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "municipal-level", "beijing"],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [36, 18],
      rows: [
        ["北京市2012年市级“三公”经费财政拨款支出预算表", null],
        [null, "单位：亿元"],
        ["项目", "2012年预算数"],
        ["合计", 11.4],
        ["一、因公出国（境）费用", 1.9],
        ["二、公务接待费", 0.9],
        ["三、公务用车购置及运行维护费", 8.4],
        ["    其中：公务用车购置费", 2.1],
        ["          公务用车运行维护费", 6.3],
        ["注：市级“三公”经费指市级党政机关、全额拨款事业单位使用财政拨款安排的因公出国（境）费、公务接待费和公务用车购置及运行维护费。", null],
      ],
      merges: ["A1:B1", "A10:B10"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 11.40 where 因公出国（境） 1.90 + 公务接待 0.90 + 公务用车购置及运行维护 8.40 = 11.20 (0.20亿元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车 8.40 = 购置 2.10 + 运行维护 6.30; the 其中 lines are not added into the 合计 again" },
      { rule: "execution.behind-schedule", why: "a budget-only table: no spending column" },
      { rule: "execution.no-spending", why: "a budget-only table states no spending at all" },
      { rule: "execution.overspent", why: "no spending is stated" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
