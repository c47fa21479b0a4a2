import type { CorpusLayout } from "../types";

// 宿城区财政局 2023: a budget-execution report table — revenue and spending in one list, 其中 lines
// under each, a rate against the adjusted budget and a growth rate beside it, amounts in 亿元.
export const layout: CorpusLayout = {
  id: "sucheng-2022-budget-execution",
  source: {
    title: "关于宿城区2022年预算执行情况和2023年预算草案的报告",
    url: "http://www.bjanh.com/scq/czyjsbg/202304/d6a5543b85084815a6b7cd8ec41a70b6.shtml",
    publisher: "宿城区财政局",
    date: "2023",
    changes:
      "The report states the year in text (全区一般公共预算收入40.5亿元，同口径增长11.9%，税收占比94% …; 支出58.07亿元). Laid out as the " +
      "收支执行情况表 such reports annex (项目/调整预算数/执行数/为调整预算%/比上年增长%); the wording is ours; the revenue, " +
      "its growth and the spending total are the report's, the rest ours. Planted: 社会保障和就业支出 shows 98.60 where " +
      "9.12 / 9.30 = 98.06.",
  },
  classes: ["execution", "revenue-and-spending", "growth-rate-column", "qizhong-lines", "yiyuan", "rate-as-percent-number"],
  settings: { asOf: "2022-12-31" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 12, 10, 14, 14],
      rows: [
        ["宿城区2022年一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["一、一般公共预算收入", 39.8, 40.5, 101.76, 11.9],
        ["其中：税收收入", 37.2, 38.07, 102.34, 12.6],
        ["二、一般公共预算支出", 60.8, 58.07, 95.51, 5.3],
        ["其中：教育支出", 12.4, 11.86, 95.65, 4.1],
        ["社会保障和就业支出", 9.3, 9.12, 98.6, 6.8],
        ["农林水支出", 6.2, 5.98, 96.45, -2.3],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C9": "0.00", "D4:D9": "0.00", "E4:E9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "社会保障和就业支出: 9.12 / 9.30 = 98.06%; stated 98.60" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget (40.50 of 39.80) is collected, not spent" },
      { rule: "execution.overspent", cell: "C5", why: "税收收入 above budget likewise" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% (11.9) is growth over last year, not execution" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 其中 lines (教育, 社保, 农林水) are some of the spending, not all of it" },
      { rule: "execution.behind-schedule", why: "all spending lines are within 5 points of 100% at the year's end (95.51% the lowest)" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "58.07 / 60.80 = 95.51%" },
    ],
  },
};
