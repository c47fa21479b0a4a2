import type { CorpusLayout } from "../types";

// 罗山县 (信阳, 河南) financial report for 1-5月: 地方一般公共预算收入 against its year's budget, split by collecting office (税务部门 |
// 财政部门), and 一般公共预算支出, each with its share of the budget and its change on last year. Built from the page's prose as the
// usual 收支完成情况表: 项目 | 年度预算数 | 1-5月累计完成 | 为年度预算% | 同比增减%.
export const layout: CorpusLayout = {
  id: "luoshan-jan-may-fiscal-revenue-expenditure",
  source: {
    title: "罗山县1-5月财政收支情况（收支完成情况表据正文拟）",
    url: "http://luoshan.gov.cn/department_news.php?cid=43&id=36940",
    publisher: "罗山县财政局",
    changes:
      "The page is prose: revenue 34,096万元 (32.3% of the year's budget, −10.2%), 税务部门 21,334 (28.9%), 财政部门 12,762 (40.4%), spending " +
      "195,043 (44.74%, +6.3%), with the county's places in the city. We built the table from it (the 全市位次 moved to a note); the " +
      "stored copy gives no year, so the as-of date is set to 2020-05-31 (a May date: time progress 5/12 = 41.67%) and the workbook names " +
      "no year. The budgets and the revenue figures are ours; the growth rates as published. Planted: 财政部门 at 34.0% of its budget, 7.67 " +
      "points behind 41.67%; the spending share typed 47.44% for 44.74%.",
  },
  classes: [
    "execution", "revenue-and-spending", "revenue-by-collector", "qizhong-parts", "rate-column", "growth-column", "percent-text",
    "one-decimal-rate", "wanyuan-caption", "notes-under-table", "table-from-prose", "no-year-in-workbook", "county-fund", "henan",
  ],
  settings: { district: "罗山县", asOf: "2020-05-31" },
  sheets: [
    {
      name: "收支完成情况",
      widths: [26, 14, 16, 14, 12],
      rows: [
        ["罗山县1-5月财政收支完成情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年度预算数", "1-5月累计完成", "为年度预算%", "同比增减%"],
        ["地方一般公共预算收入", 105400, 43954, "41.7%", "-10.2%"],
        ["  其中：税务部门", 73800, 33210, "45.0%", "-9.9%"],
        ["        财政部门", 31600, 10744, "34.0%", "-10.7%"],
        ["一般公共预算支出", 435950, 195043, "47.44%", "6.3%"],
        ["注：1-5月，地方一般公共预算收入增幅位居全市第9位，一般公共预算支出位居全市第4位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支完成情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "195,043 / 435,950 = 44.74%, typed 47.44%" },
      {
        rule: "execution.behind-schedule",
        cell: "D6",
        why: "财政部门 10,744 / 31,600 = 34.0%, time progress 5/12 = 41.67%: 7.67 points behind (more than 5)",
      },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D4", why: "43,954 / 105,400 = 41.70%, on time progress 41.67%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税务部门 33,210 / 73,800 = 45.0%, ahead of 41.67%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "spending 44.74%, ahead of 41.67% (only its stated rate is wrong)" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "43,954 / 105,400 = 41.702%, shown 41.7%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "33,210 / 73,800 = 45.00%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增减% is growth on last year, never the rate" },
      { rule: "execution.total-mismatch", cell: "C4", why: "43,954 = 33,210 + 10,744; budgets 105,400 = 73,800 + 31,600" },
      { rule: "execution.overspent", why: "every line below its budget" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no row of figures" },
    ],
  },
};
