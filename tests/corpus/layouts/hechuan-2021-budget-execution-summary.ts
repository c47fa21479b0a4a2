import type { CorpusLayout } from "../types";

// 重庆市合川区财政局 2022-01-12, 2021年预算执行情况: the district's revenue and spending against budget in 万元, each with 为预算的 %
// and 增长 %, the general budget with 其中 税收收入 and its complement 非税收入, and the fund budget beside it.
export const layout: CorpusLayout = {
  id: "hechuan-2021-budget-execution-summary",
  source: {
    title: "关于重庆市合川区2021年预算执行情况和2022年预算草案的报告（一、2021年预算执行情况（一）全区预算执行情况；表据正文拟）",
    url: "http://www.hc.gov.cn/xxgk/bm/qjys_296043/202201/t20220127_10348693.html",
    publisher: "重庆市合川区财政局",
    date: "2022-01-12",
    changes:
      "The report gives the figures in prose (全区财政收入完成…万元，为预算的99.1%，增长17.5%…全区财政支出完成…万元，为预算的91.4%，下降15.9%…" +
      "一般公共预算收入完成…，为预算的99.4%…其中：税收收入完成…，为预算的93.2%，下降6.4%). Laid out as the table it reads as: 项目 | 预算数 | 执行数 | " +
      "为预算% | 增长%, in 万元 as the report writes them, rates and growth as text. The 非税收入 and 政府性基金 rows, which the stored excerpt does " +
      "not reach, are ours in the report's order; every figure is ours. Planted: 政府性基金预算支出 stated 93.1% where 761,620 / 836,000 = 91.1%; " +
      "全区财政支出 stated 91.4% (the published rate) where our 1,510,280 / 1,648,000 = 91.6%.",
  },
  classes: ["execution", "revenue-and-spending", "district-report", "qizhong-lines", "complement-lines", "rates-as-text", "one-decimal-rates", "growth-rate-column", "negative-growth", "revenue-above-budget", "prose-as-table", "wanyuan-caption", "chongqing"],
  sheets: [
    {
      name: "执行情况",
      widths: [34, 14, 14, 12, 12],
      rows: [
        ["合川区2021年预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "执行数", "为预算%", "增长%"],
        ["一、全区财政收入", 1251800, 1238260, "98.9%", "16.8%"],
        ["其中：一般公共预算收入", 671500, 664920, "99.0%", "55.2%"],
        ["其中：税收收入", 262000, 244830, "93.4%", "-5.9%"],
        ["非税收入", 409500, 420090, "102.6%", "131.7%"],
        ["政府性基金预算收入", 580300, 573340, "98.8%", "-11.2%"],
        ["二、全区财政支出", 1648000, 1510280, "91.4%", "-15.4%"],
        ["其中：一般公共预算支出", 812000, 748660, "92.2%", "-4.8%"],
        ["政府性基金预算支出", 836000, 761620, "93.1%", "-24.1%"],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D11", why: "政府性基金预算支出: 761,620 / 836,000 = 91.10%, stated 93.1%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "全区财政支出: 1,510,280 / 1,648,000 = 91.64%, stated 91.4%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,238,260 / 1,251,800 = 98.92%, shown 98.9%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "664,920 / 671,500 = 99.02%, shown 99.0%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "420,090 / 409,500 = 102.59%, shown 102.6%" },
      { rule: "execution.overspent", cell: "C7", why: "非税收入 above its budget is revenue collected beyond plan, not spending" },
      { rule: "execution.total-mismatch", cell: "C5", why: "税收收入 + 非税收入 = 244,830 + 420,090 = 664,920 = 一般公共预算收入; budgets 262,000 + 409,500 = 671,500, as stated" },
      { rule: "execution.total-mismatch", cell: "C4", why: "一般公共预算收入 + 政府性基金预算收入 = 664,920 + 573,340 = 1,238,260, as stated (budgets 671,500 + 580,300 = 1,251,800)" },
      { rule: "execution.total-mismatch", cell: "C9", why: "748,660 + 761,620 = 1,510,280, as stated (budgets 812,000 + 836,000 = 1,648,000)" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "增长% (-5.9%) is growth on last year, not an execution rate" },
      { rule: "input.unreadable-value", cell: "E6", why: "a negative growth written -5.9% is a number, not unreadable text" },
    ],
  },
};
