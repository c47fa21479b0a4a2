import type { CorpusLayout } from "../types";

// 广西人大网 2022-08-01: 2022年上半年全区预算执行情况的报告 — revenue 857.99亿元 (税收收入 449.72亿元, hit by 留抵退税), spending against
// the year-start budget. Laid out as the half-year execution table behind the report: 年初预算数 | 1-6月完成数 | 完成年初预算% | 同比增长%.
export const layout: CorpusLayout = {
  id: "guangxi-2022-h1-region-budget-revenue-spending",
  source: {
    title: "2022年上半年全区预算执行情况的报告（一般公共预算收支执行表据正文拟）",
    url: "https://gxrd.gov.cn/html/art174885.html",
    publisher: "广西壮族自治区财政厅（广西人大网）",
    date: "2022-08-01",
    changes:
      "As published: revenue 857.99亿元 and 税收收入 449.72亿元 for the first half of 2022, measured against the year-start budget. " +
      "Ours: the table, the budgets, 非税收入 and every spending line, the rates and growth figures. " +
      "Planted: 卫生健康's rate typed 58.6% (352.10 / 620.00 = 56.8%); 税收收入 (36.3%) and 农林水 (40.0%) far behind the half year (50%).",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "section-total-above-lines", "revenue-behind-schedule", "growth-column", "two-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "table-from-prose", "province-budget", "guangxi"],
  sheets: [
    {
      name: "收支执行",
      widths: [26, 14, 14, 16, 12],
      rows: [
        ["2022年上半年全区一般公共预算收支执行情况表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "年初预算数", "1-6月完成数", "完成年初预算%", "同比增长%"],
        ["一般公共预算收入", 1850, 857.99, "46.4%", "-16.6%"],
        ["  其中：税收收入", 1240, 449.72, "36.3%", "-30.3%"],
        ["        非税收入", 610, 408.27, "66.9%", "18.3%"],
        ["一般公共预算支出", 6100, 3080.5, "50.5%", "3.2%"],
        ["  其中：教育支出", 1100, 560.4, "50.9%", "4.1%"],
        ["        社会保障和就业支出", 900, 498.7, "55.4%", "6.8%"],
        ["        卫生健康支出", 620, 352.1, "58.6%", "9.5%"],
        ["        农林水支出", 780, 312, "40.0%", "-5.2%"],
        ["        城乡社区支出", 450, 230.5, "51.2%", "-2.7%"],
        ["        交通运输支出", 380, 190.6, "50.2%", "1.9%"],
        ["注：一般公共预算收入含留抵退税冲减收入；同比增长按自然口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:E14"],
      numberFormats: { "B4:C13": "0.00" },
    },
  ],
  settings: { asOf: "2022-06-30", district: "广西壮族自治区" },
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "卫生健康 58.6%; 352.10 / 620.00 = 56.79% → 56.8%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入 449.72 / 1240 = 36.3%, time progress 6/12 = 50%: 13.7 points behind (revenue's pace is watched too)" },
      { rule: "execution.behind-schedule", cell: "D11", why: "农林水 312 / 780 = 40.0%, time progress 50%: 10 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D4", why: "一般公共预算收入 46.4% is 3.6 points under 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "D12", why: "城乡社区 230.50 / 450 = 51.2%, ahead of 50%" },
      { rule: "execution.total-mismatch", cell: "C7", why: "支出's 其中 lines are only some of it (2,144.30 of 3,080.50), not summed" },
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 857.99 = 税收 449.72 + 非税 408.27; budgets 1,850 = 1,240 + 610" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% is growth on last year, never the rate" },
      { rule: "execution.overspent", why: "no line spends above its budget" },
    ],
  },
};
