import type { CorpusLayout } from "../types";

// A Guangdong prefecture-level city's finance bureau (its name and the year are not in the stored copy; 公共财政预算 wording of 2011–2014): by the
// 快报, July's revenue 170,024万元 and spending 372,527万元; 1-7月 revenue 1,392,476万元 (+249,885, +21.87%) — 市本级 541,412 (+72,266, +15.40%),
// 7个县（区） 851,064 (+177,619, +26.37%) — and spending 1,655,028万元 (+218,447, +15.21%). Set out as the monthly execution table such a
// bureau publishes (表据正文拟): 项目 | 年初预算数 | 7月完成数 | 1-7月累计完成数 | 完成年初预算% | 同比增减额 | 同比增长%.
export const layout: CorpusLayout = {
  id: "guangdong-city-july-public-budget-execution",
  source: {
    title: "7月份全市地方公共财政预算收支情况（1-7月收支执行表据正文拟）",
    url: "http://jiafan.net/zdlyxxgk/czyjshsgjf/czyjs/content/post_2812373.html",
    publisher: "广东省某地级以上市财政局（页面未署市名）",
    changes:
      "As published: every 7月 and 1-7月 figure, the 市本级 / 县（区） split of revenue and the growth figures. The year-start budgets are ours " +
      "(table from prose), and so the rates; the page gives no year, so the as-of date is set to the end of July of 2014 (time progress counts " +
      "months only). Planted: 市本级 revenue's rate typed 52.8 where 541,412 / 930,000 = 58.2%; spending at 49.4% of its budget, 8.93 points " +
      "behind the 58.33% of seven months.",
  },
  classes: ["execution", "monthly-execution-report", "revenue-and-spending", "initial-budget", "month-and-cumulative-columns", "qizhong-lines", "indented-sibling-under-qizhong", "growth-columns", "rate-as-number", "dash-cells", "whole-wanyuan-large", "wanyuan-caption", "notes-under-table", "no-year-in-source", "table-from-prose", "city-level", "guangdong"],
  settings: { asOf: "2014-07-31" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 16, 16, 14, 12],
      rows: [
        ["1-7月全市地方公共财政预算收支执行情况表（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "7月完成数", "1-7月累计完成数", "完成年初预算%", "同比增减额", "同比增长%"],
        ["一、地方公共财政预算收入", 2400000, 170024, 1392476, 58.0, 249885, 21.87],
        ["其中：市本级", 930000, "—", 541412, 52.8, 72266, 15.4],
        ["      县（区）", 1470000, "—", 851064, 57.9, 177619, 26.37],
        ["二、地方公共财政预算支出", 3350000, 372527, 1655028, 49.4, 218447, 15.21],
        ["注：县（区）为7个县（区）合计；序时进度按7个月计为58.33%；增长按同口径计算。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A8:G8"],
      numberFormats: { "B4:D7": "#,##0", "F4:F7": "#,##0", "E4:E7": "0.0", "G4:G7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", D: "actual", E: "rate" },
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "市本级 541,412 / 930,000 = 58.22%, stated 52.8" },
      { rule: "execution.behind-schedule", cell: "D7", why: "spending 1,655,028 / 3,350,000 = 49.40%; time progress as of July is 7/12 = 58.33%: 8.93 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,392,476 / 2,400,000 = 58.02%, rounds to 58.0" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "851,064 / 1,470,000 = 57.90%, rounds to 57.9" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "1,655,028 / 3,350,000 = 49.40%, rounds to 49.4" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "同比增长% is growth on last year, no execution rate" },
      { rule: "execution.behind-schedule", cell: "D4", why: "revenue at 58.02%: 0.31 points behind 58.33%, within 5" },
      { rule: "execution.behind-schedule", cell: "D6", why: "县（区） revenue at 57.90%: 0.44 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "D5", why: "市本级 revenue at 58.22% (its typed 52.8 is the slip, not its pace)" },
      { rule: "execution.total-mismatch", cell: "D4", why: "541,412 + 851,064 = 1,392,476" },
      { rule: "execution.total-mismatch", cell: "B4", why: "930,000 + 1,470,000 = 2,400,000" },
      { rule: "execution.total-mismatch", cell: "F4", why: "72,266 + 177,619 = 249,885 (a change column, no amount)" },
      { rule: "execution.overspent", why: "nothing is above its year-start budget" },
      { rule: "input.unreadable-value", cell: "C5", why: "— : no monthly figure for the split" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no line" },
    ],
  },
};
