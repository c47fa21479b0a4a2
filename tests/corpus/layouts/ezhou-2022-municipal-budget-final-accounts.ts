import type { CorpusLayout } from "../types";

// 鄂州市 2023-09-15: 关于2022年市级财政决算的报告 — the report states the year's outcome in prose (全市地方一般公共预算收入…为调整预算的97.9%,
// 其中税收收入…、非税收入…). Laid out as the 决算 table such a report annexes: 项目 | 调整预算数 | 决算数 | 为调整预算% | 比上年增长%, in 亿元,
// 其中 lines under the revenue, the fund budget's revenue and spending below (表据正文拟).
export const layout: CorpusLayout = {
  id: "ezhou-2022-municipal-budget-final-accounts",
  source: {
    title: "鄂州市人民政府关于2022年市级财政决算的报告（收支决算表据正文拟）",
    url: "https://www.ezhou.gov.cn/gk/czzjgk/ys2023/zfyjs2023/202309/t20230928_578607.html",
    publisher: "鄂州市人民政府（鄂州市财政局）",
    date: "2023-09-15",
    changes:
      "The report is prose; its wording (全市地方一般公共预算收入, 其中税收收入 / 非税收入, 为调整预算的…%, 比2021年增长…%) gives the rows and columns of " +
      "the table, which is ours (表据正文拟), as are the figures and the 政府性基金 rows. Planted: 一般公共预算支出's rate typed 96.1% where " +
      "119.05 / 121.40 = 98.1%; 政府性基金预算收入 31.20 of 38.00 (82.1%), far behind at the year's end.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "revenue-lines", "qizhong-split", "adjusted-budget", "percent-rate", "growth-column", "yiyuan-unit", "past-year", "table-from-prose", "prefecture-fund", "hubei"],
  settings: { district: "鄂州市" },
  sheets: [
    {
      name: "收支决算",
      widths: [34, 14, 12, 14, 14],
      rows: [
        ["鄂州市2022年一般公共预算和政府性基金预算收支决算表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "决算数", "为调整预算%", "比上年增长%"],
        ["全市地方一般公共预算收入", 76.2, 74.52, 0.978, 0.069],
        ["其中：税收收入", 50.1, 48.96, 0.977, -0.148],
        ["非税收入", 26.1, 25.56, 0.979, 1.126],
        ["全市一般公共预算支出", 121.4, 119.05, 0.961, 0.032],
        ["政府性基金预算收入", 38, 31.2, 0.821, -0.241],
        ["政府性基金预算支出", 45.6, 44.1, 0.967, -0.052],
        ["注：一般公共预算支出含上级补助和政府一般债券资金安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:C9": "0.00", "D4:E9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "一般公共预算支出 119.05 / 121.40 = 98.06%, shown as 98.1%; typed 96.1%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "政府性基金预算收入 31.20 / 38.00 = 82.1% at the end of 2022 (time progress 100%): 17.9 points behind, beyond 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "74.52 / 76.20 = 97.80% → 97.8%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "48.96 / 50.10 = 97.72% → 97.7%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "25.56 / 26.10 = 97.93% → 97.9%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "44.10 / 45.60 = 96.71% → 96.7%" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "比上年增长 112.6% is a growth on last year, no execution rate" },
      { rule: "execution.total-mismatch", cell: "C4", why: "74.52 = 税收收入 48.96 + 非税收入 25.56; 76.20 = 50.10 + 26.10" },
      { rule: "execution.behind-schedule", cell: "C4", why: "97.8% at the year's end: 2.2 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "C9", why: "96.7%: 3.3 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "C7", why: "98.1%: within 5 points (only its typed rate is wrong)" },
      { rule: "input.unreadable-value", why: "the 注 line under the table is a note" },
    ],
  },
};
