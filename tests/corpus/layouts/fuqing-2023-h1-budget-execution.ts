import type { CorpusLayout } from "../types";

// 福清市财政局 2023-11: the report to the city congress's standing committee on the first half of 2023 — each budget's revenue and spending, 完成预算的 %,
// growth on last year (一般公共预算总收入 110.78亿元 61.5%, 政府性基金收入 21.3%, 国有资本经营预算支出 0). Laid out as the 执行情况表 such reports carry:
// 项目 | 年初预算数 | 1—6月执行数 | 完成年初预算% | 同比增长%, numbered lines with their 其中, in 万元.
export const layout: CorpusLayout = {
  id: "fuqing-2023-h1-budget-execution",
  source: {
    title: "关于福清市2023年上半年预算执行情况的报告（预算执行情况表据正文拟）",
    url: "http://www.fuqing.gov.cn/xjwz/zwgk/zfxxgkzdgz/yjsgk/yszx/202311/t20231115_4717881.htm",
    publisher: "福清市人民政府（福清市财政局）",
    date: "2023-11-15",
    changes:
      "As published: the lines, the half-year figures (110.78, 75.25, 71.61, 58.76, 17.87, 66.25亿元, 38万元, 0), the shares of the budget (61.5%, 60.8%, " +
      "57.3%, 53.7%, 21.3%, 97.5%, 2.5%, 0%) and the growth rates. Ours: the table form, the figures written in 万元, and the budgets (set so that the " +
      "report's shares hold). Cut: 市本级 revenue and 市本级 fund spending, the social insurance funds. Planted: 市本级 spending's share typed 55.7% " +
      "where 587,600 / 1,094,200 = 53.7%.",
  },
  classes: [
    "execution", "mid-year", "four-budgets", "revenue-lines", "qizhong-lines", "initial-budget", "growth-column", "percent-format",
    "whole-wanyuan", "wanyuan-caption", "no-spending-line", "notes-under-table", "table-from-prose", "county-city-finance", "fujian",
  ],
  settings: { asOf: "2023-06-30", district: "福州市福清市" },
  sheets: [
    {
      name: "执行情况",
      widths: [34, 14, 14, 16, 12],
      rows: [
        ["福清市2023年1—6月财政预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "1—6月执行数", "完成年初预算%", "同比增长%"],
        ["一、全市一般公共预算总收入", 1801300, 1107800, 0.615, 0.174],
        ["    其中：地方一般公共预算收入", 1237700, 752500, 0.608, 0.115],
        ["二、全市一般公共预算支出", 1249700, 716100, 0.573, 0.099],
        ["    其中：市本级", 1094200, 587600, 0.557, 0.125],
        ["三、政府性基金收入", 839000, 178700, 0.213, -0.514],
        ["四、政府性基金支出", 679500, 662500, 0.975, 0.505],
        ["五、国有资本经营预算收入", 1520, 38, 0.025, -0.879],
        ["六、国有资本经营预算支出", 30, 0, 0, -1],
        ["注：一般公共预算支出含上级补助收入、上年结转和债券安排的支出；政府性基金收入下降主要是土地出让收入减少；国有资本经营预算按照与收入相平衡的原则安排支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "#,##0", "D4:E11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "市本级 spending 587,600 / 1,094,200 = 53.70%, shown as 55.7%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "政府性基金收入 178,700 / 839,000 = 21.3% at 2023-06-30 against about 50% of the year gone: some 28 points behind" },
      { rule: "execution.behind-schedule", cell: "D10", why: "国有资本经营预算收入 38 / 1,520 = 2.5% against about 50%: some 47 points behind" },
      { rule: "execution.no-spending", cell: "C11", why: "国有资本经营预算支出: 30 budgeted, 0 spent by 2023-06-30" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,107,800 / 1,801,300 = 61.50%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "752,500 / 1,237,700 = 60.80%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "662,500 / 679,500 = 97.50%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "市本级 spending at 53.70% (as its figures give it) is above the half-year's 50%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "a line that spent nothing is no-spending, not also behind schedule" },
      { rule: "execution.total-mismatch", cell: "C4", why: "地方一般公共预算收入 is a single 其中 share of the 总收入, less than it: nothing to add up" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中：市本级 is one share of the city's spending, the towns' share not listed" },
      { rule: "execution.overspent", why: "every line is under its 年初预算数" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "同比增长% is growth on the first half of 2022, no share of the budget" },
      { rule: "execution.total-mismatch", cell: "A12", why: "the note is no line" },
    ],
  },
};
