import type { CorpusLayout } from "../types";

// 中新天津生态城 2025-09-09: the 2024 government final accounts — 一般公共预算收入 38.7亿元 (99.4% of budget; 税收 30.3, 非税 8.4),
// 一般公共预算支出 64.1亿元 (108.2% of the adjusted budget), 政府性基金预算收入 12.46亿元 (64.7%). Laid out as the summary table such a
// report carries: 项目 | 调整预算数 | 决算数 | 完成预算% | 比上年增长%, the two revenue kinds under 其中.
export const layout: CorpusLayout = {
  id: "tianjin-eco-city-2024-fiscal-final-accounts",
  source: {
    title: "中新天津生态城2024年政府决算（财政收支决算情况表据正文拟）",
    url: "http://tjbh.gov.cn/stc/contents/10970/294742.html",
    publisher: "中新天津生态城（滨海新区政府网站）",
    date: "2025-09-09",
    changes:
      "As published: every outcome and share — 收入 38.7亿元 (99.4%, +5.4%), 税收收入 30.3 (−6.1%), 非税收入 8.4 (+87.6%), 支出 64.1 (108.2% of the " +
      "adjusted budget, +32.7%), 政府性基金预算收入 12.46 (64.7%, 0.38亿元 less than 2023). Ours: the table form (the report gives them in sentences), " +
      "the budgets (derived from the shares) and the split of the revenue budget between 税收 and 非税. Nothing planted: the spending above its " +
      "adjusted budget and the fund revenue short of its budget are the report's own outcome.",
  },
  classes: [
    "execution", "final-accounts", "budget-outcome-report", "qizhong-rows", "revenue-and-spending-lines", "adjusted-budget", "growth-column",
    "two-decimal-yiyuan", "yiyuan-caption", "past-year-at-year-end", "revenue-beyond-plan", "overspent-line", "notes-under-table",
    "table-from-prose", "development-zone-finance", "tianjin",
  ],
  settings: { district: "滨海新区" },
  sheets: [
    {
      name: "决算情况",
      widths: [28, 12, 12, 12, 12],
      rows: [
        ["中新天津生态城2024年财政收支决算情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "决算数", "完成预算%", "比上年增长%"],
        ["一、一般公共预算收入", 38.93, 38.7, 0.994, 0.054],
        ["    其中：税收收入", 31.5, 30.3, 0.962, -0.061],
        ["          非税收入", 7.43, 8.4, 1.131, 0.876],
        ["二、一般公共预算支出", 59.24, 64.1, 1.082, 0.327],
        ["三、政府性基金预算收入", 19.26, 12.46, 0.647, -0.03],
        ["注：一般公共预算收入加上级转移支付7.1亿元、上年结余0.82亿元、调入资金1.8亿元、一般债务收入16.1亿元，减债务还本支出0.2亿元，一般公共预算总收入64.3亿元；收支相抵结余0.24亿元，全部为结转项目资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "#,##0.00", "D4:E8": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "决算情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "一般公共预算支出 64.10 above its adjusted budget 59.24 (108.2%): 4.86亿元 over" },
      { rule: "execution.behind-schedule", cell: "D8", why: "政府性基金预算收入 12.46 / 19.26 = 64.7%: a 2024 revenue line measured at the year's end (100%), 35.3 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "收入 budget 38.93 = 税收 31.50 + 非税 7.43" },
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 38.70 = 30.30 + 8.40" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "38.70 / 38.93 = 99.41%, shown 99.4%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "64.10 / 59.24 = 108.20%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "8.40 / 7.43 = 113.06%, shown 113.1%" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 above its budget is revenue collected beyond plan, not overspending" },
      { rule: "execution.behind-schedule", cell: "D5", why: "税收收入 96.2%: 3.8 points short, within five" },
      { rule: "execution.total-mismatch", cell: "C7", why: "一、二、三 are three accounts, no total of one another; 支出 is no part of 收入" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on 2023, no share of the budget" },
      { rule: "execution.total-mismatch", cell: "A9", why: "the note's 64.3亿元 adds transfers, carry-overs and debt, prose under the table" },
    ],
  },
};
