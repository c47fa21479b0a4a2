import type { CorpusLayout } from "../types";

// 新京报 2016-07-21: 北京市财政局 reports the 2015 市级 “三公”经费财政拨款决算 — 6.4亿元 against a year-start budget of 8.3亿元,
// 公务接待费 2352万元 against 6200万元, 公务用车购置费 329万元, 因公出国（境） 1.2亿 against 1.5亿. Laid out as the 决算 table by line.
export const layout: CorpusLayout = {
  id: "beijing-2015-municipal-three-public-final-accounts",
  source: {
    title: "北京去年“三公”经费决算6.4亿元 比年初预算减少1.8亿（“三公”经费财政拨款决算表据正文拟）",
    url: "http://3g.china.com/act/news/945/20160721/23117817.html",
    publisher: "北京市财政局（新京报）",
    date: "2016-07-21",
    changes:
      "As published: 公务接待费 2352 against 6200万元, 公务用车购置费 329万元, 因公出国（境） about 1.2亿 against 1.5亿, the whole about 6.4亿 against 8.3亿. " +
      "Ours: the table, the exact budgets and spending of each line (购置费's budget 300), the rates, the note. " +
      "Planted: the 合计 决算数 typed 64,245 (the city's rounded 6.4245亿) where the lines give 64,681; 公务用车购置费 329 above its 300 budget.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-at-foot", "rates-as-text", "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "news-report", "city-level", "beijing"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 14],
      rows: [
        ["北京市市级2015年“三公”经费财政拨款决算情况表", null, null, null],
        ["单位：万元", null, null, null],
        ["项目", "年初预算数", "决算数", "完成预算%"],
        ["因公出国（境）费", 15000, 12000, "80.0%"],
        ["公务用车购置及运行维护费", 61000, 50329, "82.5%"],
        ["  其中：公务用车购置费", 300, 329, "109.7%"],
        ["        公务用车运行维护费", 60700, 50000, "82.4%"],
        ["公务接待费", 6200, 2352, "37.9%"],
        ["合计", 82200, 64245, "78.2%"],
        ["注：“三公”经费为市级党政机关和全额拨款事业单位财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A10:D10"],
    },
  ],
  settings: { district: "北京市" },
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C9", why: "合计 决算数 64,245; the lines give 12,000 + 50,329 + 2,352 = 64,681 (436万元 apart)" },
      { rule: "execution.overspent", cell: "C6", why: "公务用车购置费 spent 329 against a budget of 300 (三公 lines are ceilings: spending above still counts)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D8", why: "公务接待费 37.9% of its budget: 三公经费 lines are ceilings, never behind schedule" },
      { rule: "execution.behind-schedule", cell: "D4", why: "因公出国（境）费 80.0%: a 三公 ceiling" },
      { rule: "execution.total-mismatch", cell: "C5", why: "公务用车 50,329 = 购置 329 + 运行维护 50,000; budgets 61,000 = 300 + 60,700" },
      { rule: "execution.total-mismatch", cell: "B9", why: "预算 82,200 = 15,000 + 61,000 + 6,200" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "78.2% = 64,245 / 82,200 as typed (0.7816); the slip is the 决算数, reported once" },
      { rule: "execution.overspent", cell: "C5", why: "公务用车 as a whole 50,329 is under 61,000" },
    ],
  },
};
