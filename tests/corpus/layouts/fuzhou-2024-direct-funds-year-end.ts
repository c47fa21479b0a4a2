import type { CorpusLayout } from "../types";

// 福州市财政局 2025-03-12: the city's 2024 central direct funds at the year's end, in 亿元 — by county and 市本级, money,
// spending, 支出进度 and the gap to the province's average (88.4%) in points. Published after the year: time progress is
// 100%, so counties far below it are behind schedule.
export const layout: CorpusLayout = {
  id: "fuzhou-2024-direct-funds-year-end",
  source: {
    title: "福州市2024年直达资金预算执行情况（表据正文拟）",
    url: "https://www.fuzhou.gov.cn/zgfzzt/czzj/czzjzdjc/202503/t20250312_4988019.htm",
    publisher: "福州市财政局",
    date: "2025-03-12",
    changes:
      "The page reports in prose: 截至2024年12月31日 全市中央直达资金规模72.30亿元, 支出66.99亿元, 支出进度92.7%, 高出全省平均水平4.3个百分点; " +
      "市本级34.25亿元, 支出32.73亿元, 支付进度95.6%, 全省平均88.4%; and that the bureau reports county progress monthly. Laid out as the " +
      "monthly county table behind it (序号 | 地区 | 直达资金总额 | 已支出 | 支出进度 | 与全省平均进度比较（百分点）, 亿元); the 全市 and 市本级 " +
      "budgets are the page's, the county figures ours (so the city's spending is 67.81, 93.8%). Planted: 晋安区's 支出进度 written 98.3% where " +
      "3.16 / 3.28 = 96.3%. 连江县, 永泰县 and 高新区 are far behind the year's end.",
  },
  classes: [
    "execution", "direct-funds", "by-county", "yiyuan-unit", "year-end", "published-after-year-end", "rates-as-numbers",
    "points-gap-column", "province-average-caption", "total-at-foot", "notes-under-table", "fujian",
  ],
  settings: { asOf: "2024-12-31" },
  sheets: [
    {
      name: "直达资金",
      widths: [6, 12, 18, 14, 12, 22],
      rows: [
        ["福州市2024年中央直达资金支出进度表（截至2024年12月31日）", null, null, null, null, null],
        ["全省平均支出进度：88.4%", null, null, null, null, "单位：亿元"],
        ["序号", "地区", "直达资金总额", "已支出", "支出进度", "与全省平均进度比较（百分点）"],
        [1, "市本级", 34.25, 32.73, 0.956, 7.2],
        [2, "鼓楼区", 3.12, 3.01, 0.965, 8.1],
        [3, "台江区", 2.05, 1.98, 0.966, 8.2],
        [4, "仓山区", 3.46, 3.31, 0.957, 7.3],
        [5, "晋安区", 3.28, 3.16, 0.983, 9.9],
        [6, "马尾区", 1.42, 1.37, 0.965, 8.1],
        [7, "长乐区", 3.85, 3.7, 0.961, 7.7],
        [8, "福清市", 5.96, 5.72, 0.96, 7.6],
        [9, "闽侯县", 4.12, 3.95, 0.959, 7.5],
        [10, "连江县", 3.34, 2.72, 0.814, -7.0],
        [11, "罗源县", 1.68, 1.61, 0.958, 7.4],
        [12, "闽清县", 1.92, 1.83, 0.953, 6.9],
        [13, "永泰县", 2.15, 1.62, 0.753, -13.1],
        [14, "高新区", 1.7, 1.1, 0.647, -23.7],
        ["全市合计", null, 72.3, 67.81, 0.938, 5.4],
        ["注：支出进度＝已支出÷直达资金总额；全市合计含市本级。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:E2", "A18:B18", "A19:F19"],
      numberFormats: { "C4:D18": "#,##0.00", "E4:E18": "0.0%", "F4:F18": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "直达资金",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E8", why: "晋安区: 3.16 / 3.28 = 96.34%, shown 96.3% at one decimal; written 98.3%" },
      { rule: "execution.behind-schedule", cell: "E13", why: "连江县: 2.72 / 3.34 = 81.4% with the year over (time progress 100%): more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "E16", why: "永泰县: 1.62 / 2.15 = 75.3% with the year over" },
      { rule: "execution.behind-schedule", cell: "E17", why: "高新区: 1.10 / 1.70 = 64.7% with the year over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C18", why: "34.25 + 3.12 + 2.05 + 3.46 + 3.28 + 1.42 + 3.85 + 5.96 + 4.12 + 3.34 + 1.68 + 1.92 + 2.15 + 1.70 = 72.30" },
      { rule: "execution.total-mismatch", cell: "D18", why: "the spending adds up to 67.81, as written" },
      { rule: "execution.rate-mismatch", cell: "E18", why: "67.81 / 72.30 = 93.79%, shown 93.8%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "32.73 / 34.25 = 95.56%, shown 95.6%" },
      { rule: "execution.rate-mismatch", cell: "F13", why: "与全省平均进度比较 is a gap in points (81.4 − 88.4 = −7.0), not a rate" },
      { rule: "execution.behind-schedule", cell: "E15", why: "闽清县 95.3%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "E4", why: "市本级 95.6%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "E18", why: "全市合计 carries no status of its own: its counties do" },
      { rule: "execution.overspent", why: "no area spent more than its money" },
      { rule: "execution.no-spending", why: "every area has spent" },
    ],
  },
};
