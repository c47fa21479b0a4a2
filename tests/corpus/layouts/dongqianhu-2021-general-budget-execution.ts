import type { CorpusLayout } from "../types";

// 宁波东钱湖旅游度假区管委会: the 2021 一般公共预算 outturn in the budget report — revenue with its 其中 税收 | 非税,
// spending, each 年初预算 | 调整预算 | 执行数 | 完成调整预算% | 比上年增长%; a past year, measured at its end.
export const layout: CorpusLayout = {
  id: "dongqianhu-2021-general-budget-execution",
  source: {
    title: "关于宁波东钱湖旅游度假区2021年预算执行情况及2022年预算草案的报告（执行情况表据报告拟）",
    url: "https://gcs66.com/document_detail/107342.html",
    publisher: "宁波东钱湖旅游度假区管理委员会 (report mirrored on gcs66.com)",
    date: "2022",
    changes:
      "The report gives the outturn in prose (收入 14.71亿元, 完成调整预算 83.6%; 税收 98.9%; 非税 29.8%; 支出 16.67亿元, 80.4%); the table " +
      "(项目 | 年初预算数 | 调整预算数 | 执行数 | 完成调整预算% | 比上年增长%) is built from it, title suffixed （执行情况表据报告拟）, with our own " +
      "figures in 万元. Planted: the revenue's 执行数 typed 174,800 where its 其中 税收 136,900 + 非税 37,400 = 174,300; spending at 80.4% of " +
      "its adjusted budget in a closed year (more than 5 points below 100%).",
  },
  classes: ["execution", "budget-report", "revenue-and-spending", "qizhong-lines", "complement-parts", "initial-and-adjusted-budget", "growth-column", "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "district-report", "zhejiang"],
  // Corrected after the seventy-eighth holdout's measurement (counted failed): the writer set the fund's area to 东钱湖旅游度假区, a
  // functional area no administrative list names (its name opens with no city), which the engine refuses with one clear
  // error, as it should (xincheng-2025); the area lies in 宁波市鄞州区 (东钱湖镇 is its town).
  settings: { district: "宁波市鄞州区" },
  sheets: [
    {
      name: "预算执行",
      widths: [26, 12, 12, 12, 16, 14],
      rows: [
        ["东钱湖旅游度假区2021年一般公共预算收支执行情况表（执行情况表据报告拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一、一般公共预算收入", 175000, 176000, 174800, 0.99, "18.5%"],
        ["    其中：税收收入", 136000, 137100, 136900, 0.999, "20.3%"],
        ["          非税收入", 39000, 38900, 37400, 0.961, "8.7%"],
        ["二、一般公共预算支出", 198000, 207400, 166700, 0.804, "-10.3%"],
        ["注：支出执行率偏低，主要是部分项目未达到支付条件，资金结转下年使用。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:F8"],
      numberFormats: { "B4:D7": "#,##0", "E4:E7": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D4", why: "收入 执行数 174,800 against its 其中 税收 136,900 + 非税 37,400 = 174,300 (500 over)" },
      { rule: "execution.behind-schedule", cell: "E7", why: "支出 166,700 / 207,400 = 80.4% in a closed year (time progress 100%): 19.6 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初: 136,000 + 39,000 = 175,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "调整: 137,100 + 38,900 = 176,000" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "with its lines' 174,300, 174,300 / 176,000 = 99.03% agrees with 99.0%: the slip is reported once, at D4" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "37,400 / 38,900 = 96.14% → 96.1%" },
      { rule: "execution.behind-schedule", cell: "E6", why: "非税 96.1% is within 5 points of 100%" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "比上年增长% is growth on 2020, not the execution rate" },
      { rule: "execution.overspent", why: "no line is above its adjusted budget" },
    ],
  },
};
