import type { CorpusLayout } from "../types";

// 上海市徐汇区财政局 2020-12-23, report to the 区人大常委会: 2020's 区级一般公共预算 — revenue 198.03亿元 (100% of the adjusted budget, up 2%),
// spending 310.85亿元 (100%), 其中 区级支出 304.64 (100%) and 上级专项补助支出 6.21, 一般债务还本支出 11.07. Laid out as the execution table:
// 项目 | 调整预算数 | 执行数 | 为调整预算% | 比上年增长%, in 亿元, the 其中 lines under the spending.
export const layout: CorpusLayout = {
  id: "xuhui-2020-general-budget-execution",
  source: {
    title: "上海市徐汇区2020年预算执行情况和2021年预算草案的报告（一、2020年预算执行情况；执行表据正文拟）",
    url: "http://rd.xh.sh.cn/rdweb_rdcwhhk/rdweb_16-37/2020-12-24/8766.html",
    publisher: "上海市徐汇区财政局（区人大常委会会刊）",
    date: "2020-12-24",
    changes:
      "As published: revenue 198.03 (100%, +2%), spending 310.85 (100%), 其中 区级支出 304.64 (100%) and 上级专项补助支出 6.21, 一般债务还本支出 11.07, " +
      "and the revenue total 442.15 in the note. Ours: the table form, the adjusted budgets, the spending's growth. " +
      "Planted: 上级专项补助支出 written 100% where 6.21 / 6.50 = 95.5%.",
  },
  classes: ["execution", "revenue-and-spending", "qizhong-lines", "growth-rate-column", "rates-as-text", "whole-percent-rates", "two-decimal-yiyuan", "yiyuan", "year-in-title", "notes-under-table", "table-from-prose", "report-to-congress", "district-budget", "shanghai"],
  settings: { district: "徐汇区", asOf: "2020-12-31" },
  sheets: [
    {
      name: "执行情况",
      widths: [30, 12, 12, 14, 14],
      rows: [
        ["上海市徐汇区2020年区级一般公共预算执行情况表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["一、区级一般公共预算收入", 198.03, 198.03, "100%", "2%"],
        ["二、区级一般公共预算支出", 311.14, 310.85, "100%", "-3.1%"],
        ["　其中：区级支出", 304.64, 304.64, "100%", "-2.8%"],
        ["　　　　上级专项补助支出", 6.50, 6.21, "100%", "-12.4%"],
        ["三、一般债务还本支出", 11.07, 11.07, "100%", "—"],
        ["注：加上市区财力结算净收入26亿元、一般债务转贷收入14亿元、调入预算稳定调节基金113.39亿元和调入资金90.73亿元，一般公共预算收入总量为442.15亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A9:E9"],
      numberFormats: { "B4:C8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "上级专项补助支出 written 100%; 6.21 / 6.50 = 95.54%, 96% at whole precision" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "spending 310.85 / 311.14 = 99.91%, 100% at whole precision" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on last year, never the rate" },
      { rule: "execution.total-mismatch", why: "the two 其中 lines add up to the spending: 304.64 + 6.21 = 310.85, 304.64 + 6.50 = 311.14" },
      { rule: "execution.behind-schedule", cell: "D7", why: "95.5% at the year's end is 4.5 points short of 100%: within the 5-point tolerance" },
      { rule: "execution.no-spending", why: "every line has spent or collected" },
      { rule: "input.unreadable-value", why: "the dash in the growth column is nothing; the note is text" },
    ],
  },
};
