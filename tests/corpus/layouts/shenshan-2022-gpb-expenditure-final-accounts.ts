import type { CorpusLayout } from "../types";

// 深汕特别合作区 (广东): the report on the 2022 决算 — 一般公共预算支出 by 功能科目, each with its 决算 as a share of the 调整预算数 and its growth on
// 2021 — laid out as the report's table: 项目 | 调整预算数 | 决算数 | 完成调整预算% | 比2021年决算增长%, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shenshan-2022-gpb-expenditure-final-accounts",
  source: {
    title: "深汕特别合作区2022年决算（一、一般公共预算收支决算情况（二）支出决算情况；表据报告拟）",
    url: "https://82258.cc/ssxzccontent/post_10843682.html",
    publisher: "深汕特别合作区",
    changes:
      "The page is the report's prose; the table is ours (表据报告拟). As published: the 功能科目 named (一般公共服务, 公共安全, 教育, 社会保障和就业, 卫生健康…), " +
      "each stated as 完成调整预算数 % and growth on 2021, in 亿元. The figures are ours (the published ones run far above their budgets with upper-level money). " +
      "Planted: 教育支出 9.83 above its 调整预算 9.60; 卫生健康支出's share typed 93.7 where 1.44 / 1.48 = 97.3%; 交通运输支出 2.95 of 3.40 (86.8%), behind " +
      "a past year's 100% by more than 5 points.",
  },
  classes: [
    "execution", "final-accounts", "functional-categories", "adjusted-budget", "rate-as-number", "growth-column", "two-decimal-yiyuan",
    "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "special-zone", "guangdong",
  ],
  settings: { asOf: "2023-08-31" },
  sheets: [
    {
      name: "支出决算",
      widths: [26, 14, 12, 16, 18],
      rows: [
        ["深汕特别合作区2022年一般公共预算支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "决算数", "完成调整预算%", "比2021年决算增长%"],
        ["一般公共服务支出", 14.6, 14.24, 97.5, 1.3],
        ["公共安全支出", 1.12, 1.09, 97.3, 12.4],
        ["教育支出", 9.6, 9.83, 102.4, 35.2],
        ["社会保障和就业支出", 0.85, 0.83, 97.6, 8.6],
        ["卫生健康支出", 1.48, 1.44, 93.7, 20.5],
        ["城乡社区支出", 52.4, 51.96, 99.2, 6.1],
        ["农林水支出", 2.1, 2.05, 97.6, -3.2],
        ["交通运输支出", 3.4, 2.95, 86.8, 15],
        ["一般公共预算支出合计", 85.55, 84.39, 98.6, 9.8],
        ["注：决算数含使用上级补助收入和上年结转资金安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "#,##0.00", "D4:E12": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C6", why: "教育支出 9.83 against an 调整预算数 of 9.60: 0.23亿元 over (102.4%)" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "卫生健康支出 1.44 / 1.48 = 97.3%, not the 93.7 stated" },
      { rule: "execution.behind-schedule", cell: "D11", why: "交通运输支出 2.95 / 3.40 = 86.8%, at 2022's end (100%, 截至2022-12-31) more than 5 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E10", why: "比2021年决算增长% is growth on last year, never the rate (−3.2 is no share of the budget)" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "84.39 / 85.55 = 98.6%, as stated" },
      { rule: "execution.total-mismatch", cell: "B12", why: "14.60 + 1.12 + 9.60 + 0.85 + 1.48 + 52.40 + 2.10 + 3.40 = 85.55" },
      { rule: "execution.total-mismatch", cell: "C12", why: "14.24 + 1.09 + 9.83 + 0.83 + 1.44 + 51.96 + 2.05 + 2.95 = 84.39" },
      { rule: "execution.behind-schedule", cell: "D4", why: "一般公共服务支出 97.5%: within 5 points of 100%" },
      { rule: "execution.overspent", cell: "C12", why: "the 合计 gets no status of its own; 84.39 is under 85.55 anyway" },
    ],
  },
};
