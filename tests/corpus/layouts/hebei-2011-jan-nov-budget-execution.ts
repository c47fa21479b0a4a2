import type { CorpusLayout } from "../types";

// 河北省财政厅 (中国政府网 2011-12-12): the province's budget to the end of November 2011 in prose — 全部财政收入 with 中央级,
// 地方一般预算收入 by level (省级 / 市县级) and by kind (税收 / 非税), 政府性基金, spending against the adjusted budget with 省级.
// Set out as a 1-11月 execution table with both breakdowns of the local revenue.
export const layout: CorpusLayout = {
  id: "hebei-2011-jan-nov-budget-execution",
  source: {
    title: "河北省1-11月财政收入完成全年计划 预算执行情况良好（1-11月预算执行表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2011-12/12/content_2017836.htm",
    publisher: "河北省财政厅（中国政府网转载）",
    date: "2011-12-12",
    changes:
      "The report gives shares of budget and growth in prose (全部财政收入 占全年计划的100.9%, 中央级 98.7%, 省级 97.2%, 市县级 105.7%, 税收 106.8%, " +
      "非税 89.5%, 基金 95%, 支出 完成调整预算的90.5%, 省级支出 85.3%). The table is ours: 项目 | 预算数 | 1-11月累计 | 完成预算% | 同比增长%, " +
      "the local revenue broken down twice under （一）按级次分 and （二）按构成分; every figure is ours. Planted: 市县级收入's share typed 105.7% " +
      "where 1,256.3 / 1,210.0 = 103.8%; 省级支出 at 85.2% against 11/12 = 91.67% of the year gone.",
  },
  classes: [
    "execution", "jan-to-month", "revenue-and-spending", "qizhong-lines", "some-parts-only", "two-breakdowns-of-one-whole",
    "breakdown-label-rows", "rates-as-text", "one-decimal-rates", "growth-column", "yiyuan-unit", "one-decimal-yiyuan", "as-of-in-title",
    "notes-under-table", "table-from-prose", "news-report", "province-budget", "hebei",
  ],
  settings: { asOf: "2011-11-30", district: "河北省" },
  sheets: [
    {
      name: "1-11月",
      widths: [28, 12, 14, 14, 12],
      rows: [
        ["2011年1-11月河北省财政预算执行情况表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "预算数", "1-11月累计", "完成预算%", "同比增长%"],
        ["一、全部财政收入", 2760.0, 2783.2, "100.8%", "26.4%"],
        ["    其中：中央级收入", 1210.0, 1196.4, "98.9%", "20.3%"],
        ["二、地方一般预算收入", 1550.0, 1586.8, "102.4%", "31.2%"],
        ["  （一）按级次分", null, null, null, null],
        ["    省级收入", 340.0, 330.5, "97.2%", "29.0%"],
        ["    市县级收入", 1210.0, 1256.3, "105.7%", "31.9%"],
        ["  （二）按构成分", null, null, null, null],
        ["    税收收入", 1170.0, 1248.6, "106.7%", "25.6%"],
        ["    非税收入", 380.0, 338.2, "89.0%", "60.1%"],
        ["三、政府性基金收入", 1250.0, 1196.5, "95.7%", "23.1%"],
        ["四、地方一般预算支出", 3380.0, 3061.2, "90.6%", "28.1%"],
        ["    其中：省级支出", 615.0, 523.8, "85.2%", "16.2%"],
        ["          市县级支出", 2765.0, 2537.4, "91.8%", "31.0%"],
        ["注：支出预算数为调整预算数；全部财政收入含上划中央收入。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A17:E17"],
      numberFormats: { "B4:C16": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-11月",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2011,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "市县级收入: 1,256.3 / 1,210.0 = 103.8%, typed 105.7%" },
      {
        rule: "execution.behind-schedule",
        cell: "D15",
        why: "省级支出: 523.8 / 615.0 = 85.2%, time progress as of 2011-11-30 is 11/12 = 91.67%: 6.5 points behind (more than 5)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "按级次 330.5 + 1,256.3 = 1,586.8 and 按构成 1,248.6 + 338.2 = 1,586.8, each on its own; budgets 340 + 1,210 = 1,170 + 380 = 1,550" },
      { rule: "execution.total-mismatch", cell: "C4", why: "中央级 is only one part of 全部财政收入: not summed" },
      { rule: "execution.total-mismatch", cell: "C14", why: "523.8 + 2,537.4 = 3,061.2; 615 + 2,765 = 3,380" },
      { rule: "execution.behind-schedule", cell: "D12", why: "非税收入 89.0%, 2.67 points under 91.67%: within 5" },
      { rule: "execution.behind-schedule", cell: "D14", why: "地方一般预算支出 90.6%, within 5 points" },
      { rule: "execution.overspent", cell: "C11", why: "revenue above its budget (税收 106.7%) is collected beyond plan, not overspent" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% is growth on last year, never the rate" },
      { rule: "input.unreadable-value", cell: "A7", why: "（一）按级次分 is a breakdown label, no line" },
    ],
  },
};
