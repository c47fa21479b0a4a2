import type { CorpusLayout } from "../types";

// 周至县财政局 2024-01: the 2023 budget outcome reported to the county congress — 一般公共预算支出 537,347万元, 占调整预算数 539,267万元的
// 99.6%, growth 5.6%, 一般公共服务支出 39,238万元 down 17.2%. Laid out as the 执行情况表 such a report carries: 项目 | 调整预算数 | 执行数 |
// 完成调整预算% | 比上年增长%, by function, 合计 last.
export const layout: CorpusLayout = {
  id: "zhouzhi-2023-general-expenditure-execution-by-function",
  source: {
    title: "周至县2023年财政预算执行情况和2024年财政预算草案的报告（一般公共预算支出执行情况表据正文拟）",
    url: "https://www.zhouzhi.gov.cn/xxgk/fdzdgknr/czxx/xczyjs/1763099724496809986.html",
    publisher: "周至县财政局",
    date: "2024-01",
    changes:
      "As published: the 2023 一般公共预算支出 537,347万元 against an adjusted budget of 539,267万元 (99.6%), growth 5.6% on 508,794万元, and " +
      "一般公共服务支出 39,238万元 (down 17.2%). The stored report lists the functions in prose only: the table form, every other function's " +
      "budget, outcome and growth are ours (set so that the published totals hold). Planted: 卫生健康支出's rate typed 98.9% where " +
      "62,250 / 62,330 = 99.9%; 城乡社区支出 at 87.8%, more than five points short of a past year's end.",
  },
  classes: [
    "execution", "budget-outcome-report", "adjusted-budget", "growth-column", "total-at-foot", "by-function", "whole-wanyuan",
    "wanyuan-caption", "past-year-at-year-end", "notes-under-table", "table-from-prose", "county-finance", "shaanxi",
  ],
  settings: { district: "西安市周至县" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 16, 14],
      rows: [
        ["周至县2023年一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一般公共服务支出", 39410, 39238, 0.996, -0.172],
        ["公共安全支出", 16050, 15980, 0.996, 0.034],
        ["教育支出", 98480, 98420, 0.999, 0.041],
        ["科学技术支出", 3100, 3035, 0.979, 0.122],
        ["文化旅游体育与传媒支出", 6360, 6310, 0.992, -0.025],
        ["社会保障和就业支出", 121400, 121360, 1.0, 0.087],
        ["卫生健康支出", 62330, 62250, 0.989, 0.063],
        ["节能环保支出", 14750, 14690, 0.996, 0.152],
        ["城乡社区支出", 9800, 8600, 0.878, -0.211],
        ["农林水支出", 118600, 118560, 1.0, 0.094],
        ["其他各项支出", 48987, 48904, 0.998, 0.058],
        ["一般公共预算支出合计", 539267, 537347, 0.996, 0.056],
        ["注：民生支出463,744万元，占一般公共预算支出的86.3%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:E16"],
      numberFormats: { "B4:C15": "#,##0", "D4:E15": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "卫生健康支出 62,250 / 62,330 = 99.87%, shown as 98.9%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "城乡社区支出 8,600 / 9,800 = 87.8%, a 2023 line measured at the year's end (100%): 12.2 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 3,035 / 3,100 = 97.9%: 2.1 points under 100%, within five" },
      { rule: "execution.behind-schedule", cell: "D15", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "B15", why: "调整预算数 539,267 = the eleven lines' sum" },
      { rule: "execution.total-mismatch", cell: "C15", why: "执行数 537,347 = the eleven lines' sum" },
      { rule: "execution.rate-mismatch", cell: "D15", why: "537,347 / 539,267 = 99.64%, shown 99.6%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "社会保障和就业支出 121,360 / 121,400 = 99.97%, shown 100.0% at one decimal" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth over 2022, no share of the budget" },
      { rule: "execution.overspent", why: "no line spent above its adjusted budget" },
      { rule: "execution.total-mismatch", cell: "A16", why: "the note's 463,744万元 of 民生支出 is prose under the table, a share across functions" },
    ],
  },
};
