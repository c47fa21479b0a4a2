import type { CorpusLayout } from "../types";

// 天津市和平区财政局 2025-01-08: 2024年预算执行情况 in prose — 一般公共预算收入 47.98亿元, 完成调整预算101%, 增长13.4%, 其中 税收
// 37.53 / 非税 10.45; 一般公共预算支出 70.79亿元, 完成调整预算100%. As a table in 亿元: revenue with its two parts, spending by
// function, against the adjusted budget, at the year's end.
export const layout: CorpusLayout = {
  id: "heping-tj-2024-general-budget-execution",
  source: {
    title: "关于和平区2024年预算执行情况和2025年预算草案的报告（一、2024预算执行情况（一）1.一般公共预算；表据正文拟）",
    url: "https://www.tjhp.gov.cn/zw/zfxxgk/fdzdgknr/czyjs/zfys/zfys2025/202501/t20250121_6840514.html",
    publisher: "天津市和平区财政局",
    date: "2025-01-21",
    changes:
      "Published: 收入 47.98亿元 (完成调整预算101%, 增长13.4%) with 税收收入 37.53 and 非税收入 10.45; 支出 70.79亿元 (完成调整预算100%). " +
      "The adjusted budgets (47.50 revenue, 71.14 spending), the parts' budgets, the spending by function, the other growth rates, the " +
      "table's title and note are ours, chosen so that the published rates hold (47.98 / 47.50 = 101.0%; 70.79 / 71.14 = 99.5%, shown 100%). " +
      "Planted: 城乡社区支出 6.35 against its 6.10 budget; 科学技术支出 77.6% at the year's end.",
  },
  classes: ["execution", "report-as-prose", "table-from-prose", "adjusted-budget", "year-end", "published-after-year-end", "qizhong-lines", "complement-parts", "functions-as-lines", "whole-percent-rate", "rates-as-text", "growth-rate-column", "yiyuan", "yiyuan-caption", "notes-under-table", "district-finance", "tianjin"],
  sheets: [
    {
      name: "一般公共预算",
      widths: [26, 14, 12, 16, 14],
      rows: [
        ["和平区2024年一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一般公共预算收入", 47.5, 47.98, "101%", "13.4%"],
        ["其中：税收收入", 37.2, 37.53, "100.9%", "9.6%"],
        ["　　　非税收入", 10.3, 10.45, "101.5%", "32.1%"],
        ["一般公共预算支出", 71.14, 70.79, "100%", "3.1%"],
        ["一般公共服务支出", 8.15, 8.02, "98.4%", "-4.2%"],
        ["公共安全支出", 5.6, 5.58, "99.6%", "2.0%"],
        ["教育支出", 15.2, 15.05, "99.0%", "1.8%"],
        ["科学技术支出", 0.85, 0.66, "77.6%", "-21.4%"],
        ["文化旅游体育与传媒支出", 1.92, 1.9, "99.0%", "5.6%"],
        ["社会保障和就业支出", 12.4, 12.38, "99.8%", "4.7%"],
        ["卫生健康支出", 6.85, 6.84, "99.9%", "3.3%"],
        ["城乡社区支出", 6.1, 6.35, "104.1%", "18.9%"],
        ["其他支出", 14.07, 14.01, "99.6%", "1.2%"],
        ["注：以上为执行数，待市区体制结算后据实确定预算稳定调节基金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:C16": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C15", why: "城乡社区支出 6.35 against its 6.10 adjusted budget: 0.25亿元 over (104.1%)" },
      { rule: "execution.behind-schedule", cell: "D11", why: "科学技术支出 0.66 / 0.85 = 77.65% at 2024's end (time progress 100%): 22.4 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "70.79 / 71.14 = 99.51%, shown as 100% at whole percent" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "47.98 / 47.50 = 101.01%, shown 101%" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the nine functions add up to 70.79 and their budgets to 71.14" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 37.53 + 非税收入 10.45 = 47.98; budgets 37.20 + 10.30 = 47.50" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", cell: "D8", why: "一般公共服务支出 98.4%: 1.6 points under the year's end, within the tolerance" },
      { rule: "execution.overspent", cell: "C7", why: "the total spending 70.79 is under its 71.14 budget" },
      { rule: "input.unreadable-value", why: "the rates and growth rates are percent text; the note is a note" },
    ],
  },
};
