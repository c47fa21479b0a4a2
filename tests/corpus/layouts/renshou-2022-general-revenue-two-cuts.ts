import type { CorpusLayout } from "../types";

// 仁寿县财政局 2023-01-16: the 2022 general-budget revenue against the adjusted budget, broken down twice — by kind
// (税收收入 | 非税收入) and by area (县本级 | 天府新区) — with 为调整预算% and 同比增长% beside the figures.
export const layout: CorpusLayout = {
  id: "renshou-2022-general-revenue-two-cuts",
  source: {
    title: "仁寿县2022年财政预算执行情况和2023年预算草案的报告（一般公共预算收入执行情况表据报告拟）",
    url: "http://sunysa.com/info/4801/137599.htm",
    publisher: "仁寿县财政局",
    date: "2023-01-16",
    changes:
      "The report gives the revenue in prose (调整预算 500000万元, 完成 502682万元, 为调整预算的100.5%; 税收收入 97.2%; 县本级 and 天府新区 " +
      "each with its own revenue). The table is built from it: 项目 | 调整预算数 | 完成数 | 为调整预算% | 同比增长%, the whole first, then " +
      "（一）按收入构成分 and （二）按区域分 as label rows; figures are ours. Planted: 税收收入's share typed 97.8 (243180 / 250000 = 97.27%); " +
      "天府新区's revenue typed 194710, so the two areas add to 425990 against the whole's 425460 (its own share 102.5 is of the typed figure).",
  },
  classes: ["execution", "revenue-lines", "two-breakdowns", "label-rows", "total-row-first", "adjusted-budget", "rate-column", "rates-as-numbers", "growth-column", "revenue-beyond-plan", "past-year", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "report-to-congress", "county-level", "sichuan"],
  settings: { district: "仁寿县", asOf: "2023-01-16" },
  sheets: [
    {
      name: "收入执行",
      widths: [22, 14, 14, 14, 12],
      rows: [
        ["仁寿县2022年一般公共预算收入执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "完成数", "为调整预算%", "同比增长%"],
        ["一般公共预算收入", 420000, 425460, 101.3, 10.6],
        ["（一）按收入构成分", null, null, null, null],
        ["税收收入", 250000, 243180, 97.8, 8.9],
        ["非税收入", 170000, 182280, 107.2, 13.1],
        ["（二）按区域分", null, null, null, null],
        ["县本级", 230000, 231290, 100.6, 3.4],
        ["天府新区（仁寿）", 190000, 194710, 102.5, 21.4],
        ["注：调整预算经县第十九届人大常委会第十二次会议批准；增长按同口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "D4:E10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "税收收入 243180 / 250000 = 97.27%, typed 97.8" },
      { rule: "execution.total-mismatch", cell: "C4", why: "by area: 县本级 231290 + 天府新区 194710 = 425990 against the whole's 425460 (by kind 243180 + 182280 = 425460 agrees)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "budgets: 250000 + 170000 = 230000 + 190000 = 420000, each cut on its own; never both cuts added (840000)" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "194710 / 190000 = 102.48%, 102.5 as typed" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% is growth on last year, not a rate" },
      { rule: "execution.overspent", why: "revenue above its budget is collected beyond plan, not overspending" },
      { rule: "execution.behind-schedule", cell: "C6", why: "税收收入 at 97.27% of a finished year is 2.73 points short: within the 5-point tolerance" },
    ],
  },
};
