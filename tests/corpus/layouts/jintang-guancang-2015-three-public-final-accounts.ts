import type { CorpusLayout } from "../types";

// 金堂县官仓镇 2015年“三公”经费支出说明 (金堂县人民政府 site): prose giving each 三公 head's 2015 outcome and its change on 2014. Laid out
// as the short comparison table such a 说明 summarises: 项目 | 2014年决算数 | 2015年决算数 | 增减%, the 三公 合计 first, the car line split
// 其中 购置费 / 运行维护费, the 接待 and car counts as a note under it.
export const layout: CorpusLayout = {
  id: "jintang-guancang-2015-three-public-final-accounts",
  source: {
    title: "官仓镇2015年“三公”经费支出说明（表据正文拟）",
    url: "https://qyxgsl.org/jtxmhwz/c111439/2016-12/28/content_0f792adf672941cbbacee4315b0cfb69",
    publisher: "金堂县官仓镇人民政府",
    date: "2016-12-28",
    changes:
      "The page is prose: 因公出国（境） 0 (as 2014), 公务接待费 9.95万元 (−5.5% on 2014), 公务用车购置及运行维护费 13.01万元 (−1.95%), of which 购置 0 " +
      "and 运行维护 13.01; 221 批次 1,768 人 received; 8 cars (6 一般公务用车, 2 特种作业车). The table is ours (表据正文拟): the 2015 figures are the page's, " +
      "the 2014 figures derived from its changes (10.53, 13.27), the 增减 column ours. No budget is stated, so none is shown. Planted: the 2015 " +
      "“三公”经费合计 typed 23.96 where 0 + 9.95 + 13.01 = 22.96.",
  },
  classes: ["execution", "three-public", "final-accounts", "actual-only", "year-on-year-comparison", "change-column", "total-row-first", "qizhong-split", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "township-department", "sichuan"],
  settings: { district: "金堂县" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 14, 12],
      rows: [
        ["官仓镇2015年“三公”经费支出决算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2014年决算数", "2015年决算数", "增减%"],
        ["“三公”经费合计", 23.8, 23.96, "-3.5%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务接待费", 10.53, 9.95, "-5.5%"],
        ["3.公务用车购置及运行维护费", 13.27, 13.01, "-1.96%"],
        ["  其中：公务用车购置费", 0, 0, "—"],
        ["        公务用车运行维护费", 13.27, 13.01, "-1.96%"],
        ["注：2015年国内公务接待221批次、1768人；按规定更新购置公务用车0辆；截至2015年12月底，单位共有公务用车8辆，其中一般公务用车6辆，特种作业车（洒水车、垃圾车）2辆。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", C: "actual" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2015 “三公”经费合计 23.96, but 0 + 9.95 + 13.01 = 22.96 (1.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2014: 0 + 10.53 + 13.27 = 23.80, as stated (and last year's column is a comparison)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the car line 13.01 = 购置费 0 + 运行维护费 13.01" },
      { rule: "execution.overspent", why: "no budget: last year's 决算数 is a comparison, not a budget (and every 2015 line is below it anyway)" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 0 has no budget to be unspent; a 三公 line is a ceiling in any case" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and nothing here has a budget" },
      { rule: "input.unreadable-value", cell: "D5", why: "the 增减 column's dash is a change left blank, not an amount" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no data row" },
    ],
  },
};
