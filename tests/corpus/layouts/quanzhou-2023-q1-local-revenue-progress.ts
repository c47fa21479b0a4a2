import type { CorpusLayout } from "../types";

// 泉州 2023-04-25 (泉州晚报): 一季度 一般公共预算总收入 312.74亿元, 地方一般公共预算收入 193.29亿元 完成年度预算的34.7%、超序时进度9.7个百分点,
// 所有县（市、区）全面增收. Laid out as the quarter's revenue progress table by 县（市、区）: 地区 | 年度预算 | 1-3月完成 | 完成年度预算% | 同比增长%,
// 全市合计 first, one-decimal shares, a note giving 序时进度 25%. 合计's budget typed 557.07 for 557.70; 安溪县's share typed 30.2% for 32.0%;
// 洛江区 at 18.2% against a quarter gone.
export const layout: CorpusLayout = {
  id: "quanzhou-2023-q1-local-revenue-progress",
  source: {
    title: "泉州市财政收入实现一季度“开门红”（地方一般公共预算收入完成情况表据报道拟）",
    url: "http://m.hangkong.rexun.cn/gz/2023/0425/11705.html",
    publisher: "泉州晚报社·泉州通客户端（转载）",
    date: "2023-04-25",
    changes:
      "The report gives the city's totals only (地方一般公共预算收入 193.29亿元, 34.7% of the year's budget, 序时进度 25%; all counties growing). The " +
      "table by 县（市、区）, its headings and every county's figures are ours, adding up to the published 193.29; the budget total ours (557.70). " +
      "Planted: 全市合计's 年度预算 typed 557.07 where the counties add up to 557.70; 安溪县 12.23 / 38.20 = 32.0%, typed 30.2%; 洛江区 2.26 / 12.40 = " +
      "18.2%, below 25% by 6.8 points (its revenue also down 6.3%, contrary to the report, so the line is ours).",
  },
  classes: [
    "execution", "revenue-lines", "mid-year", "quarter-in-title", "allocation-by-county", "counties-as-lines", "total-row-first", "growth-column",
    "negative-growth", "one-decimal-rates", "rates-as-text", "two-decimal-yiyuan", "yiyuan-caption", "initial-budget-only", "notes-under-table",
    "table-from-prose", "news-report", "city-level", "fujian",
  ],
  settings: { asOf: "2023-03-31", district: "泉州市" },
  sheets: [
    {
      name: "一季度收入",
      widths: [12, 12, 12, 16, 12],
      rows: [
        ["2023年一季度泉州市地方一般公共预算收入完成情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["地区", "年度预算", "1-3月完成", "完成年度预算%", "同比增长%"],
        ["全市合计", 557.07, 193.29, "34.7%", "17.7%"],
        ["市本级", 96.5, 33.62, "34.8%", "9.8%"],
        ["鲤城区", 24.8, 8.91, "35.9%", "12.4%"],
        ["丰泽区", 38.6, 13.75, "35.6%", "15.2%"],
        ["洛江区", 12.4, 2.26, "18.2%", "-6.3%"],
        ["泉港区", 30.2, 10.52, "34.8%", "21.6%"],
        ["石狮市", 46.3, 16.48, "35.6%", "18.9%"],
        ["晋江市", 150, 53.99, "36.0%", "19.7%"],
        ["南安市", 58.6, 20.04, "34.2%", "16.1%"],
        ["惠安县", 42.1, 14.71, "34.9%", "20.3%"],
        ["安溪县", 38.2, 12.23, "30.2%", "14.8%"],
        ["永春县", 10.5, 3.58, "34.1%", "11.2%"],
        ["德化县", 9.5, 3.2, "33.7%", "13.5%"],
        ["注：序时进度为25%；同比增长按可比口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:C16": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一季度收入",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "B4",
        why: "全市合计 年度预算 557.07; the lines 96.50 + 24.80 + 38.60 + 12.40 + 30.20 + 46.30 + 150.00 + 58.60 + 42.10 + 38.20 + 10.50 + 9.50 = 557.70",
      },
      { rule: "execution.rate-mismatch", cell: "D14", why: "安溪县 12.23 / 38.20 = 32.0%, typed 30.2%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "洛江区 2.26 / 12.40 = 18.2%; as of 2023-03-31 time progress is 3/12 = 25%: 6.8 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "193.29 = the twelve lines' 1-3月 figures" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "193.29 / 557.07 = 34.70% and / 557.70 = 34.66%: both 34.7%" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "同比增长% is growth on last year, no execution rate (-6.3% included)" },
      { rule: "execution.behind-schedule", cell: "D14", why: "安溪县 at 32.0% is ahead of 25%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a 合计 row gets no status of its own (and 34.7% is ahead)" },
      { rule: "execution.overspent", why: "no line has collected above its year's budget" },
    ],
  },
};
