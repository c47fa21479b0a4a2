import type { CorpusLayout } from "../types";

// 天津日报 2024-03-18: 天津市财政局's report on the 2023 budget to the 市人大 — 全市 一般公共预算收入 2,027.3亿元, 完成预算 105.5%,
// 增长 9.8%, 税收收入 1,578.9亿元 (+17.2%); 一般公共预算支出 3,280.4亿元, 完成调整预算 93.4%, 增长 20.2%. Laid out as the 全市
// 收支执行表 in 亿元: 预算数 | 完成数 | 完成预算% | 比上年增长%, 税收收入 | 非税收入 under the revenue.
export const layout: CorpusLayout = {
  id: "tianjin-2023-municipal-general-budget-execution",
  source: {
    title: "关于天津市2023年预算执行情况和2024年预算草案的报告（全市一般公共预算收支执行情况表据报告拟）",
    url: "http://epaper.tianjinwe.com/tjrb/html/2024-03/18/content_143082_509051.htm",
    publisher: "天津市财政局（天津日报）",
    date: "2024-03-18",
    changes:
      "As published: 收入 2,027.3 (105.5%, +9.8%), 税收收入 1,578.9 (+17.2%), 支出 3,280.4 (93.4% of the adjusted budget, +20.2%). Ours: the " +
      "table, the budgets (收入 1,921.6 split 1,500.0 | 421.6; 支出 3,512.2 chosen so 93.4% holds), 非税收入 and its growth, the note. Planted: " +
      "非税收入 typed 438.4 (its rate 104.0% as typed) where the revenue less its taxes is 448.4, so 1,578.9 + 438.4 misses the 2,027.3 by 10.0. " +
      "The published 93.4% of spending is itself a past year's line more than 5 points under 100%.",
  },
  classes: ["execution", "revenue-and-spending", "revenue-above-budget", "qizhong-lines", "complement-qizhong", "growth-column", "rates-as-text", "one-decimal-rates", "yiyuan-caption", "year-in-title", "past-year", "notes-under-table", "table-from-prose", "report-to-congress", "province-level", "tianjin"],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "全市收支",
      widths: [30, 12, 12, 12, 12],
      rows: [
        ["天津市2023年全市一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "完成数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 1921.6, 2027.3, "105.5%", "9.8%"],
        ["  其中：税收收入", 1500.0, 1578.9, "105.3%", "17.2%"],
        ["        非税收入", 421.6, 438.4, "104.0%", "-12.6%"],
        ["一般公共预算支出", 3512.2, 3280.4, "93.4%", "20.2%"],
        ["注：支出预算数为经市人大常委会批准的调整预算数。收入增幅较高，主要是中小微企业缓税入库、留抵退税逐步平稳等政策性因素影响。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "全市收支", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 2,027.3 where 税收 1,578.9 + 非税 438.4 = 2,017.3 (10.0亿元 apart); budgets 1,500.0 + 421.6 = 1,921.6 agree" },
      { rule: "execution.behind-schedule", cell: "D7", why: "2023 is past, measured at its end (100%): 支出 3,280.4 / 3,512.2 = 93.4%, 6.6 points under, more than 5" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget (105.5%) is collected beyond plan, not overspending" },
      { rule: "execution.overspent", cell: "C5", why: "税收收入 105.3%: revenue collected beyond plan" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 104.0%: revenue collected beyond plan" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "2,027.3 / 1,921.6 = 105.50%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "1,578.9 / 1,500.0 = 105.26% rounds to 105.3%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "438.4 / 421.6 = 103.98% rounds to 104.0%: the slip is the figure, reported once at the revenue line" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "比上年增长% is growth on last year, never the rate; -12.6% is a fall, a figure" },
      { rule: "execution.total-mismatch", cell: "B4", why: "budgets 1,500.0 + 421.6 = 1,921.6" },
    ],
  },
};
