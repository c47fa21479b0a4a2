import type { CorpusLayout } from "../types";

// 沙洋县财政局 2022-12: 预算执行情况和2023年预算草案的报告, table 一、2022年全县一般公共预算收支执行情况表 —
// revenue (其中 税收收入 / 非税收入, all of it) and spending (其中 a few functions, only some of it) in one list,
// 预计执行数 against 调整预算数, a rate and a growth rate beside each line.
export const layout: CorpusLayout = {
  id: "shayang-2022-county-general-budget-execution",
  source: {
    title: "关于沙洋县2022年预算执行情况和2023年预算草案的报告（第二部分 预算表格 一、2022年全县一般公共预算收支执行情况表）",
    url: "https://www.shayang.gov.cn/art/2022/12/29/art_18517_948119.html",
    publisher: "沙洋县财政局",
    date: "2022-12-18",
    changes:
      "The report states: 全县一般公共预算收入预计完成81000万元，占调整预算的100%，同比下降6.8%；全县一般公共预算支出预计完成411120万元，" +
      "占调整预算的100%，同比增长20.4%. The stored copy lists the tables but does not show table 一's body: it is laid out from the report's " +
      "wording (项目 | 调整预算数 | 预计执行数 | 占调整预算% | 上年执行数 | 同比增减%) with the published totals, rates and growths kept; the 其中 " +
      "lines and every other figure are ours. Planted: 非税收入 36,800 with 税收收入 45,200 make 82,000 against the 81,000 they are all " +
      "of; 卫生健康支出's rate written 95.2 where 45,630 / 46,000 = 99.2%.",
  },
  classes: ["execution", "revenue-and-spending", "qizhong-lines", "some-parts-only", "complement-parts", "growth-rate-column", "negative-growth", "rate-as-percent-number", "estimated-actuals", "wanyuan-caption", "hubei"],
  settings: { asOf: "2022-12-31" },
  sheets: [
    {
      name: "收支执行情况表",
      widths: [26, 14, 14, 14, 14, 12],
      rows: [
        ["2022年全县一般公共预算收支执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "预计执行数", "占调整预算%", "上年执行数", "同比增减%"],
        ["一、一般公共预算收入", 81000, 81000, 100.0, 86910, -6.8],
        ["    其中：税收收入", 44000, 45200, 102.7, 47800, -5.4],
        ["          非税收入", 37000, 36800, 99.5, 39110, -5.9],
        ["二、一般公共预算支出", 411120, 411120, 100.0, 341462, 20.4],
        ["    其中：教育支出", 63000, 62350, 99.0, 57120, 9.2],
        ["          社会保障和就业支出", 72500, 71800, 99.0, 64310, 11.6],
        ["          卫生健康支出", 46000, 45630, 95.2, 40980, 11.3],
        ["          农林水支出", 89200, 88460, 99.2, 70150, 26.1],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:C11": "#,##0", "E4:E11": "#,##0", "D4:D11": "0.0", "F4:F11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行情况表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 45,200 + 非税收入 36,800 = 82,000, all of 一般公共预算收入; stated 81,000 (1,000万元 less). The budget column agrees: 44,000 + 37,000 = 81,000" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "45,630 / 46,000 = 99.20%; stated 95.2" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "教育, 社会保障和就业, 卫生健康, 农林水 are only some of the spending (312,240 of 411,120): not summed" },
      { rule: "execution.total-mismatch", cell: "B4", why: "44,000 + 37,000 = 81,000" },
      { rule: "execution.overspent", cell: "C5", why: "税收收入 collected above its budget (102.7%) is revenue, not spending" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "同比增减% is growth on last year (81,000 / 86,910 − 1 = −6.8%), not an execution rate" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "45,200 / 44,000 = 102.73%, shown 102.7" },
      { rule: "execution.behind-schedule", why: "at the year's end every line is at 99.0% or more" },
    ],
  },
};
