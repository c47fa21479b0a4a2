import type { CorpusLayout } from "../types";

// 北京市教委、财政局、统计局、发改委、科委 (2018-12): 2017年北京市教育经费执行情况, 二、各级教育生均一般公共预算教育事业费支出增长情况 — five
// levels of school, each with 2017's per-student spending, last year's and the growth. Laid out as the annual bulletin's table: 项目 |
// 2016年 | 2017年 | 比上年增长（%）, 单位：元. A year's outcome beside last year's, no budget: nothing to measure, nothing to add.
export const layout: CorpusLayout = {
  id: "beijing-2017-education-per-student-spending",
  source: {
    title: "2017年北京市教育经费执行情况（二、各级教育生均一般公共预算教育事业费支出增长情况；表据公告拟）",
    url: "https://ysxiao.cn/c/201812/23979.html",
    publisher: "北京市教育委员会、北京市财政局、北京市统计局、北京市发展和改革委员会、北京市科学技术委员会（page as stored by a schooling site）",
    date: "2018-12",
    changes:
      "Kept as published, in prose: the five levels with their 2017 and 2016 per-student spending and growth (普通小学 30,016.78 / 25,793.55, " +
      "16.37%; 普通初中 57,636.12 / 45,516.37, 26.63%; 普通高中 61,409.06 / 50,802.57, 20.88%; 中等职业学校 53,256.01 / 38,661.50, 37.75%; " +
      "普通高等学校 63,805.40 / 55,687.68, 14.58%). The table form and the note are ours. Nothing planted: the layout is clean, its point the " +
      "false alarms a reader taking 2016 as a budget or the growth as a rate would raise.",
  },
  classes: [
    "execution", "clean", "year-on-year", "growth-column", "no-budget", "per-student-figures", "no-total-row", "two-decimal-yuan",
    "yuan-caption", "notes-under-table", "table-from-prose", "city-bulletin", "beijing",
  ],
  settings: { asOf: "2017-12-31" },
  sheets: [
    {
      name: "生均教育事业费",
      widths: [24, 14, 14, 16],
      rows: [
        ["2017年北京市各级教育生均一般公共预算教育事业费支出增长情况", null, null, null],
        [null, null, null, "单位：元"],
        ["项目", "2016年", "2017年", "比上年增长（%）"],
        ["普通小学", 25793.55, 30016.78, 16.37],
        ["普通初中", 45516.37, 57636.12, 26.63],
        ["普通高中", 50802.57, 61409.06, 20.88],
        ["中等职业学校", 38661.5, 53256.01, 37.75],
        ["普通高等学校", 55687.68, 63805.4, 14.58],
        ["注：生均一般公共预算教育事业费支出为一般公共预算教育事业费支出除以在校学生数。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "B4:C8": "#,##0.00", "D4:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "生均教育事业费", kind: "execution", unit: "元", headerRow: 3, lastRow: 8, columns: { A: "line", C: "actual" }, year: 2017 },
    ],
    findings: [],
    absent: [
      { rule: "execution.overspent", why: "2016年 is last year's outcome, a comparison, not a budget: 30,016.78 above 25,793.55 is growth, not overspending" },
      { rule: "execution.rate-mismatch", why: "比上年增长（%） is growth on last year, never an execution rate (16.37 ≠ 30,016.78 / 25,793.55 = 116.37%)" },
      { rule: "execution.total-mismatch", why: "per-student figures of five levels: no total row, nothing adds up" },
      { rule: "execution.behind-schedule", why: "no budget and no rate to measure against time" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table" },
    ],
  },
};
