import type { CorpusLayout } from "../types";

// 肥西县政协办 2018年部门“三公”经费预算 (安徽): the explanation names its annex 肥西县政协办2018年部门“三公”经费支出预算表 — built here with
// the two years the text compares (2017年预算数 | 2018年预算数 | 比上年增减), 合计 first and the car line split by 其中.
export const layout: CorpusLayout = {
  id: "feixi-cppcc-2018-three-public-budget",
  source: {
    title: "肥西县政协办2018年部门“三公”经费预算（附件：肥西县政协办2018年部门“三公”经费支出预算表，表据正文拟）",
    url: "http://fxzx.ahfeixi.gov.cn/content/detail/5bd2d863a7ad98c909818329.html",
    publisher: "政协肥西县委员会办公室",
    date: "2018",
    changes:
      "As published: the annex's title, the 2018 figures (合计 20.1; 因公出国 0; 公务接待费 16.7; 公务用车购置及运行费 3.4, all of it 运行费) and the " +
      "changes on 2017 the text gives (−0.2 in all, −0.1 on 接待 and on 用车), from which the 2017 column is drawn (20.3 = 0 + 16.8 + 3.5). The " +
      "page shows the annex only as a link: the grid, its column headings and the 说明 line are ours. Planted: 2017's 公务接待费 typed 16.3 " +
      "(the 合计 20.3 needs 16.8), so the 2017 lines add up to 19.8.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "two-budget-years", "change-column", "qizhong-lines", "numbered-lines", "total-row-first", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-department", "anhui"],
  sheets: [
    {
      name: "三公经费预算表",
      widths: [30, 14, 14, 14],
      rows: [
        ["肥西县政协办2018年部门“三公”经费支出预算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2017年预算数", "2018年预算数", "比上年增减"],
        ["合计", 20.3, 20.1, -0.2],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务接待费", 16.3, 16.7, -0.1],
        ["3.公务用车购置及运行费", 3.5, 3.4, -0.1],
        ["  其中：公务用车运行费", 3.5, 3.4, -0.1],
        ["        公务用车购置费", 0, 0, 0],
        ["说明：2018年“三公”经费预算数为20.1万元，与上年相比减少0.2万元，下降0.99%，主要原因是压缩了公务接待费支出。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2017年预算数", C: "initialBudget" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2017年预算数: 合计 20.3 where 0 + 16.3 + 3.5 = 19.8 (0.5万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2018年: 20.1 = 0 + 16.7 + 3.4; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "C7", why: "3.4 = 运行费 3.4 + 购置费 0" },
      { rule: "execution.total-mismatch", cell: "B7", why: "3.5 = 3.5 + 0" },
      { rule: "execution.total-mismatch", cell: "D4", why: "比上年增减 is a change column, neither a budget nor a line's amount" },
      { rule: "execution.no-spending", why: "a budget table: no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the 说明 line is text" },
    ],
  },
};
