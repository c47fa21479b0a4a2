import type { CorpusLayout } from "../types";

// 大众日报 2023-08-26: 111 省直部门 and 685 units publish their 2022 final accounts; 省财政厅 publishes the 省级 “三公”经费 决算 total.
// The report gives no figures: the 省级 三公 table (预算数 | 决算数 | 增减额 | 增减幅度, 合计 first, the car line over its 其中 parts) is ours.
export const layout: CorpusLayout = {
  id: "shandong-2022-provincial-three-public-final-accounts",
  source: {
    title: "山东111个省级部门向社会公开决算信息（省级2022年度“三公”经费财政拨款决算表据报道拟）",
    url: "http://www.kepu.dzxwnews.com/zixun/2023/0826/14541.html",
    publisher: "山东省财政厅（大众日报报道）",
    date: "2023-08-26",
    changes:
      "From the report: 111 省直部门 and 685 所属单位 published their 2022 决算 and 三公 决算 on 2023-08-25, 省财政厅 the 省级 三公 total. The " +
      "table is ours: title, caption, columns, every figure and the note. Planted: the 合计 预算数 typed 13,950.00 where its lines give 13,590.00; " +
      "公务用车购置费 2,305.20 spent against a 2,140.00 budget. Left as they are: 公务接待费 at 79% of its budget (a ceiling, no delay), the 增减 " +
      "columns (comparisons).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong", "total-row-first",
    "budget-and-actual-columns", "difference-column", "percent-change-column", "negative-differences", "two-decimal-wanyuan", "wanyuan-caption",
    "year-in-title", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 16, 12],
      rows: [
        ["山东省省级2022年度“三公”经费财政拨款决算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减额", "增减幅度"],
        ["合计", 13950, 12177.3, -1412.7, "-10.4%"],
        ["1.因公出国（境）费", 1250, 1086.4, -163.6, "-13.1%"],
        ["2.公务用车购置及运行维护费", 9860, 9128.6, -731.4, "-7.4%"],
        ["  其中：公务用车购置费", 2140, 2305.2, 165.2, "7.7%"],
        ["        公务用车运行维护费", 7720, 6823.4, -896.6, "-11.6%"],
        ["3.公务接待费", 2480, 1962.3, -517.7, "-20.9%"],
        ["注：“三公”经费决算数为省级部门及所属单位使用一般公共预算财政拨款安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 预算数 13,950.00 against 1,250.00 + 9,860.00 + 2,480.00 = 13,590.00" },
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费: 2,305.20 spent against a 2,140.00 budget" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "1,086.40 + 9,128.60 + 1,962.30 = 12,177.30, as stated" },
      { rule: "execution.total-mismatch", cell: "C6", why: "2,305.20 + 6,823.40 = 9,128.60 and 2,140.00 + 7,720.00 = 9,860.00" },
      { rule: "execution.overspent", cell: "C6", why: "the car line as a whole, 9,128.60, is within its 9,860.00" },
      { rule: "execution.behind-schedule", cell: "C9", why: "三公 lines are ceilings: 79.1% spent of 公务接待费 is no delay" },
      { rule: "execution.overspent", cell: "C4", why: "a total row has no status of its own" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
