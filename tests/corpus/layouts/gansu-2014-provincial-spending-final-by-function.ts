import type { CorpusLayout } from "../types";

// 甘肃省政府 report to the 省人大常委会 (2015-07-30) on the 2014 省级财政决算草案: 省级支出 590.1亿元 against a budget changed to 686亿元
// (86%), growth 24.8%, with 教育, 社会保障和就业, 医疗卫生与计划生育, 农林水, 交通运输 spending and their growth. Laid out as the 决算草案's
// table by function: 项目 | 变动后预算数 | 决算数 | 完成预算% | 比上年增长%, 合计 first, in 亿元, the report's further sums in a note.
export const layout: CorpusLayout = {
  id: "gansu-2014-provincial-spending-final-by-function",
  source: {
    title: "关于2014年省级财政决算草案和2015年上半年全省财政预算执行情况的报告（2014年省级一般公共预算支出决算表据报道拟）",
    url: "http://m.zulacollective.com/news/201507/31/94039.html",
    publisher: "甘肃省人民政府（新闻报道转载）",
    date: "2015-07-30",
    changes:
      "The page is a news report; the table is ours (表据报道拟). Kept as reported: 省级支出 590.1 against 686 (86.0%, growth 24.8%), and the five named " +
      "lines' 决算 and growth (教育 56.5 / 10%, 社会保障和就业 68.7 / 16.7%, 医疗卫生与计划生育 18.3 / 40%, 农林水 64.8 / 28.1%, 交通运输 199.1 / " +
      "45.6%). Ours: each line's 变动后预算数, the 其他支出 remainder line (182.7 of 267.3, growth 11.2%) and the stated rates. Planted: 农林水's " +
      "rate typed 94.7 where 64.8 / 66.5 = 97.4%; 其他支出 at 68.4% of its budget by the year's end.",
  },
  classes: [
    "execution", "final-accounts", "adjusted-budget", "by-function", "remainder-line", "growth-column", "total-row-first", "rate-as-number",
    "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "past-year-at-year-end", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "gansu",
  ],
  settings: { asOf: "2014-12-31", district: "甘肃省" },
  sheets: [
    {
      name: "省级支出决算",
      widths: [26, 14, 12, 12, 14],
      rows: [
        ["2014年省级一般公共预算支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "变动后预算数", "决算数", "完成预算%", "比上年增长%"],
        ["省级支出合计", 686.0, 590.1, 86.0, 24.8],
        ["教育支出", 58.0, 56.5, 97.4, 10.0],
        ["社会保障和就业支出", 70.2, 68.7, 97.9, 16.7],
        ["医疗卫生与计划生育支出", 19.0, 18.3, 96.3, 40.0],
        ["农林水支出", 66.5, 64.8, 94.7, 28.1],
        ["交通运输支出", 205.0, 199.1, 97.1, 45.6],
        ["其他支出", 267.3, 182.7, 68.4, 11.2],
        ["注：变动后预算数为省人大批准的支出预算493.1亿元加中央新增补助、上年结转等；省级支出加上解中央、补助市县、债券还本等，总支出为2151.4亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "B4:C10": "0.0", "D4:E10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "省级支出决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "农林水支出 64.8 / 66.5 = 97.4%, typed 94.7" },
      { rule: "execution.behind-schedule", cell: "D10", why: "其他支出 182.7 / 267.3 = 68.4% of a past year's budget, measured at the year's end (100%): 31.6 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "58.0 + 70.2 + 19.0 + 66.5 + 205.0 + 267.3 = 686.0" },
      { rule: "execution.total-mismatch", cell: "C4", why: "56.5 + 68.7 + 18.3 + 64.8 + 199.1 + 182.7 = 590.1" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "590.1 / 686.0 = 86.02%, shown 86.0" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "交通运输支出 199.1 / 205.0 = 97.12%, shown 97.1" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "D7", why: "医疗卫生与计划生育支出 96.3% is 3.7 points short of 100%: within 5" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "比上年增长% is growth over 2013, not the share of budget; 40.0 is no slip" },
      { rule: "execution.total-mismatch", cell: "A11", why: "the note's 493.1 and 2151.4 are text, not rows" },
    ],
  },
};
