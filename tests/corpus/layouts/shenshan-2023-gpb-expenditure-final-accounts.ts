import type { CorpusLayout } from "../types";

// 深汕特别合作区 (广东) 2023 决算草案: 一般公共预算支出 by function in 亿元, each line's 决算数 beside 年初预算 with 完成年初预算的% and
// 比2022年决算 growth, written as prose in the report (一般公共服务支出7.14亿元，完成年初预算的68%，比2022年决算下降50% …); set out as
// the table it describes, 支出合计 at the foot.
export const layout: CorpusLayout = {
  id: "shenshan-2023-gpb-expenditure-final-accounts",
  source: {
    title: "关于深汕特别合作区2023年决算草案的报告（一、一般公共预算收支决算情况（二）支出决算情况；表据报告拟）",
    url: "https://82258.cc/ssjgcontent/post_11552248.html",
    publisher: "深汕特别合作区",
    date: "2024",
    changes:
      "As published: the function lines in the report's order (一般公共服务, 公共安全, 教育, 社会保障和就业 …), 亿元 to two decimals, " +
      "whole-percent shares of 年初预算 and growth on 2022's 决算 (negative for a fall). The table is ours, built from the report's " +
      "sentences; the lines after 社会保障和就业 and every 年初预算 figure are ours (the report gives only the shares), as are the " +
      "actuals after the first four. Planted: 教育 above its 年初预算 (8.90 → 10.55); 节能环保 at 72% with the year over; 交通运输's " +
      "share written 89% where 2.73 / 2.80 is 97.5%.",
  },
  classes: ["execution", "final-accounts", "by-function", "table-from-prose", "initial-budget-only", "rates-as-text", "whole-percent-rates", "growth-rate-column", "negative-growth", "yiyuan", "yiyuan-caption", "total-at-foot", "year-end", "special-cooperation-zone", "guangdong"],
  settings: { asOf: "2024-06-30" },
  sheets: [
    {
      name: "支出决算",
      widths: [28, 16, 14, 20, 18],
      rows: [
        ["深汕特别合作区2023年一般公共预算支出决算情况", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "2023年年初预算数", "2023年决算数", "决算数为年初预算的%", "比2022年决算增长%"],
        ["一般公共服务支出", 7.4, 7.14, "96%", "-50%"],
        ["公共安全支出", 1.95, 1.91, "98%", "60%"],
        ["教育支出", 8.9, 10.55, "119%", "7%"],
        ["社会保障和就业支出", 0.98, 0.95, "97%", "14%"],
        ["卫生健康支出", 1.58, 1.52, "96%", "-12%"],
        ["节能环保支出", 1.2, 0.86, "72%", "5%"],
        ["城乡社区支出", 22.3, 21.37, "96%", "-8%"],
        ["农林水支出", 2.25, 2.18, "97%", "3%"],
        ["交通运输支出", 2.8, 2.73, "89%", "-21%"],
        ["住房保障支出", 0.9, 0.88, "98%", "2%"],
        ["其他支出", 1.7, 1.64, "96%", "-4%"],
        ["一般公共预算支出合计", 51.96, 51.73, "100%", "-3%"],
        ["注：决算数含上级补助收入、上年结转结余和债券安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A16:E16"],
      numberFormats: { "B4:C15": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C6", why: "教育: 10.55 spent against a 年初预算 of 8.90 with no later budget stated (118.54%): 1.65亿元 over" },
      { rule: "execution.behind-schedule", cell: "D9", why: "节能环保: 0.86 / 1.20 = 71.67% with the year over (time progress 100%): 28.3 points behind" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "交通运输: 2.73 / 2.80 = 97.50%, written 89%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B15", why: "7.40 + 1.95 + 8.90 + 0.98 + 1.58 + 1.20 + 22.30 + 2.25 + 2.80 + 0.90 + 1.70 = 51.96" },
      { rule: "execution.total-mismatch", cell: "C15", why: "7.14 + 1.91 + 10.55 + 0.95 + 1.52 + 0.86 + 21.37 + 2.18 + 2.73 + 0.88 + 1.64 = 51.73" },
      { rule: "execution.rate-mismatch", cell: "D15", why: "51.73 / 51.96 = 99.56%, shown 100%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "10.55 / 8.90 = 118.54%, shown 119%" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "7.14 / 7.40 = 96.49%, shown 96%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "交通运输's figures give 97.50%, within 5 points; only its written share is wrong" },
      { rule: "execution.behind-schedule", cell: "D10", why: "城乡社区 21.37 / 22.30 = 95.83%: within 5 points" },
      { rule: "execution.overspent", cell: "C15", why: "51.73 is below its 51.96" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比2022年决算增长% is growth, not an execution rate" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
