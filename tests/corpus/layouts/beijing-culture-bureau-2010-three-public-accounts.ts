import type { CorpusLayout } from "../types";

// 北京日报 2011-08-16 (北京44个部门公布“三公经费”, page 7): 市文化局's 2010 final account and 2011 budget of the 三公经费, printed as a small
// grid laid across — the three kinds and their 三公经费总数 as columns, 2010年决算 and 2011年预算 as rows. Values ours.
export const layout: CorpusLayout = {
  id: "beijing-culture-bureau-2010-three-public-accounts",
  source: {
    title: "北京44个部门公布“三公经费”（7）— 市文化局“三公经费”财政拨款决算及预算",
    url: "http://cpc.people.com.cn/GB/64093/67507/15423573.html",
    publisher: "北京日报（人民网转载）",
    date: "2011-08-16",
    changes:
      "As published: the grid's layout — the column headings 公车购置运行维护费 | 因公出国(境)费 | 公务接待费 | 三公经费总数 in that order, the " +
      "row labels 2010年决算 and 2011年预算, no 项目 heading over the labels; the title line and the 单位：万元 caption are supplied (the " +
      "report states 万元 in its text), the note paraphrases the report's list of spending units. Figures are ours. Planted: the 2011 " +
      "budget's 三公经费总数 1,072.64 where 351.20 + 655.80 + 55.64 = 1,062.64.",
  },
  classes: [
    "execution", "three-public", "transposed-grid", "years-as-rows", "kinds-as-columns", "total-column-last", "final-account-and-budget",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "news-report", "municipal-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费",
      widths: [14, 20, 16, 14, 14],
      rows: [
        ["市文化局“三公经费”财政拨款情况", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        [null, "公车购置运行维护费", "因公出国(境)费", "公务接待费", "三公经费总数"],
        ["2010年决算", 452.36, 298.47, 38.92, 789.75],
        ["2011年预算", 351.2, 655.8, 55.64, 1072.64],
        ["注：“三公经费”开支单位包括市文化局本级及7个全额拨款事业单位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A6:E6"],
      numberFormats: { "B4:E5": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 5 }],
    findings: [
      { rule: "execution.total-mismatch", cell: "E5", why: "2011年预算: 351.20 + 655.80 + 55.64 = 1,062.64; 三公经费总数 typed 1,072.64 (10万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E4", why: "2010年决算: 452.36 + 298.47 + 38.92 = 789.75" },
      { rule: "execution.overspent", why: "2010's 决算 (公车 452.36) is last year's outcome, not spending against the 2011 budget (351.20)" },
      { rule: "execution.no-spending", why: "no budget of 2010 is given; the 2011 budget has no spending column" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; nothing of 2011 is spent in the table" },
    ],
  },
};
