import type { CorpusLayout } from "../types";

// 安徽省机构编制委员会办公室 2016-03-25: its 2016 “三公”经费 budget, one 预算数 column (the 合计 first, the car line split
// 其中：运行维护费 / 购置), then the office's explanation of each line under the table.
export const layout: CorpusLayout = {
  id: "anhui-2016-staffing-office-three-public-budget",
  source: {
    title: "安徽省机构编制委员会办公室2016年“三公”经费预算",
    url: "http://www.ahjgbzw.gov.cn/content/detail/5a3df1af19121b90b2803923.html",
    publisher: "安徽省机构编制委员会办公室",
    date: "2016-03-25",
    changes:
      "Kept as published: 一、2016年“三公”经费支出预算表, 单位：万元, the heading 预 算 数 over the 合计 and the three lines, the car line's " +
      "其中 rows indented, and 二、…预算情况说明 under the table (shortened). The stored copy shows the 合计 row without its label; we write 合计. " +
      "Figures are ours. Planted: 合计 typed 61.4 while the three lines add up to 61.9.",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-split", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "provincial-department", "anhui"],
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 16],
      rows: [
        ["一、2016年“三公”经费支出预算表", null],
        [null, "单位：万元"],
        ["项目", "预 算 数"],
        ["合计", 61.4],
        ["因公出国(境)费", 12.6],
        ["公务接待费", 8.8],
        ["公务用车购置及运行费", 40.5],
        ["  其中：公务用车运行维护费", 32.5],
        ["        公务用车购置", 8.0],
        ["二、2016年“三公”经费支出预算情况说明", null],
        ["安徽省机构编制委员会办公室2016年度“三公”经费支出预算为61.4万元。其中：因公出国(境)费支出预算为12.6万元，公务接待费支出预算为8.8万元，公务用车购置及运行费支出预算为40.5万元。", null],
      ],
      merges: ["A1:B1", "A10:B10", "A11:B11"],
      numberFormats: { "B4:B9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算", cell: "B4", why: "合计 61.4, the lines 12.6 + 8.8 + 40.5 = 61.9: 0.5万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算", cell: "B7", why: "公务用车购置及运行费 40.5 = 运行维护费 32.5 + 购置 8.0" },
      { rule: "execution.no-spending", why: "a budget alone: no line is spent or unspent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and this is a budget only" },
      { rule: "execution.overspent", why: "no spending column" },
    ],
  },
};
