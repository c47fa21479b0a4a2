import type { CorpusLayout } from "../types";

// 三明市 (福建) 2018 first half: the finance bureau's report on the city's and the city level's spending against the province's
// approved estimates (预计数), each share set beside time progress (序时进度) and the points above or below it.
export const layout: CorpusLayout = {
  id: "sanming-2018-h1-fiscal-expenditure-progress",
  source: {
    title: "2018年上半年三明市财政收支情况",
    url: "http://cz.sm.gov.cn/xxgk/tjxx/201807/t20180724_1180501.htm",
    publisher: "三明市财政局",
    date: "2018-07-24",
    changes:
      "The page is prose; the table is ours (表据正文拟). As published: 全市 一般公共预算支出 1,580,349万元 = 60.68% of the province's approved " +
      "estimate, 10.68 points ahead of time progress; 政府性基金支出 260,641万元 = 31.83%, 18.17 points behind; 国有资本经营预算支出 5,200万元; " +
      "市本级 一般公共预算支出 255,325万元. The estimates (预计数) are ours, chosen so the published shares hold, as are the 市本级 fund and " +
      "state-capital lines. Planted: 市本级 一般公共预算支出 states 65.42% where 255,325 / 402,600 = 63.42%. The 政府性基金 line's lag (31.83% " +
      "against 50%) is the page's own.",
  },
  classes: ["execution", "time-progress-column", "category-rows", "built-from-prose", "wanyuan-caption", "percent-text", "fujian"],
  sheets: [
    {
      name: "收支进度",
      widths: [30, 18, 16, 14, 12, 18],
      rows: [
        ["2018年上半年三明市财政支出进度情况表（表据正文拟）", null, null, null, null, null],
        ["截至2018年6月底", null, null, null, null, "单位：万元"],
        ["项目", "省级核定支出预计数", "1-6月完成数", "占预计数%", "序时进度", "比序时进度（±百分点）"],
        ["一、全市", null, null, null, null, null],
        ["一般公共预算支出", 2604400, 1580349, "60.68%", "50.00%", 10.68],
        ["政府性基金支出", 818800, 260641, "31.83%", "50.00%", -18.17],
        ["国有资本经营预算支出", 9800, 5200, "53.06%", "50.00%", 3.06],
        ["二、市本级", null, null, null, null, null],
        ["一般公共预算支出", 402600, 255325, "65.42%", "50.00%", 13.42],
        ["政府性基金支出", 186500, 97860, "52.47%", "50.00%", 2.47],
        ["国有资本经营预算支出", 3200, 1450, "45.31%", "50.00%", -4.69],
        ["注：预计数取自《福建省财政厅关于2018年1-5月市县（区）财政收支考核情况的通报》（闽财预〔2018〕30号）；全市数含市本级。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:F12"],
      numberFormats: { "B5:C11": "#,##0", "F5:F11": "0.00" },
    },
  ],
  settings: { asOf: "2018-06-30" },
  expect: {
    tables: [
      {
        sheet: "收支进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate", E: "progress" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "市本级 一般公共预算支出 states 65.42%; 255,325 / 402,600 = 63.42%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "全市 政府性基金支出 31.83% against time progress 6/12 = 50%: 18.17 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D11", why: "市本级 国有资本经营 45.31% is 4.69 points behind 50%, within the 5-point tolerance" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "1,580,349 / 2,604,400 = 60.68%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "260,641 / 818,800 = 31.83%" },
      { rule: "execution.total-mismatch", why: "no total row: 全市 includes 市本级 and is not their sum; the section rows carry no figures" },
      { rule: "execution.overspent", why: "every line is below its estimate" },
      { rule: "execution.no-spending", why: "every line has spent something" },
      { rule: "input.unreadable-value", why: "the note under the table is prose" },
    ],
  },
};
