import type { CorpusLayout } from "../types";

// 北京市朝阳区财政局 2022年度部门决算公开 (2023-09-13): 十、财政拨款“三公”经费支出决算表. The stored copy lists
// the tables (报表详见附件) and the 说明's prose; the table is laid out from that wording with figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-chaoyang-finance-bureau-2022-three-public-final-accounts",
  source: {
    title: "北京市朝阳区财政局2022年度部门决算公开（十、财政拨款“三公”经费支出决算表；表据说明拟）",
    url: "http://www.bjchy.gov.cn/ztzl/2022jsgk/qujijg/4028805a8a64745f018a872fa97f1368.html",
    publisher: "北京市朝阳区财政局",
    date: "2023-09-13",
    changes:
      "As published: the 决算 of 2022 with twelve tables, the tables in an attachment the stored copy does not show. " +
      "Ours: the table laid out as 项目 | 预算数 | 决算数 with 合计 first and 公务用车 split by a 其中 line and a second part, all figures. " +
      "Planted: 因公出国（境）费 budgeted 5.00 and nothing spent; 公务接待费 7.50 above its 6.00; the 合计 决算数 typed 17.80 over the lines' 16.80.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong", "total-row-first", "budget-and-actual-columns", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "district-bureau", "beijing"],
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 14],
      rows: [
        ["2022年度财政拨款“三公”经费支出决算表", null, null],
        ["部门：北京市朝阳区财政局", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 20.5, 17.8],
        ["1.因公出国（境）费", 5, 0],
        ["2.公务用车购置及运行费", 9.5, 9.3],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 9.5, 9.3],
        ["3.公务接待费", 6, 7.5],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出；预算数为“三公”经费全年预算数。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  settings: { district: "北京市朝阳区", asOf: "2023-09-13" },
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 17.80 ≠ 0.00 + 9.30 + 7.50 = 16.80 (the three lines; the 其中 parts are inside 9.30)" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 budgeted 5.00, spent 0.00 by the end of 2022 (a ceiling line, but spending none is still no-spending)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 决算数 7.50 > 预算数 6.00" },
    ],
    absent: [
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: spending below them is never behind schedule" },
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 9.30 = 购置 0.00 + 运行 9.30" },
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 预算数 20.50 = 5.00 + 9.50 + 6.00" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0.00) and spent nothing" },
    ],
  },
};
