import type { CorpusLayout } from "../types";

// A district's 2022年1-6月 central direct funds (中央直达资金): the total on the first row, three
// 其中 kinds under it whose two-decimal 亿元 figures add up to the total only within rounding, a
// 支出进度 column as text with one decimal, a remark.
export const layout: CorpusLayout = {
  id: "district-2022-h1-direct-funds-yiyuan",
  source: {
    title: "（区财政）2022年1-6月中央直达资金支出情况（标题据正文拟）",
    url: "https://m.829897.com/html/cznd/2022/AQAPQLKJ_0713/476944.html",
    publisher: "not named in the stored copy (a district's report, 2022-07-13)",
    date: "2022-07-13",
    changes:
      "The page states the figures in text (1-6月，全区共收到中央直达资金10.53亿元，支出9.4亿元，支出进度89.3%。其中支持基层落实减税降费和" +
      "重点民生等专项转移支付9.31亿元，已支出95%，县级基本财力保障机制奖补资金0.15亿元已全部支出，共同财政事权转移支付（含卫生、社保、" +
      "农业等）资金1.08亿元，已全部分配至预算单位). Laid out as the table such a report annexes (项目 | 收到资金 | 已支出 | 支出进度 | 备注, " +
      "单位：亿元); the three kinds and the remark are the page's wording, the table's wording and every figure ours. Kept from " +
      "the page: its parts add up to 0.01亿元 more than its total (9.31 + 0.15 + 1.08 = 10.54 against 10.53), here 8.65 against " +
      "8.64. Planted: 共同财政事权 0.81 / 2.03 = 39.9% stated as 40.9%, and far behind the 50% time progress.",
  },
  classes: ["execution", "yiyuan", "total-row-first", "qizhong-lines", "parts-within-rounding", "rates-as-text", "as-of-in-title", "remark-column"],
  sheets: [
    {
      name: "直达资金",
      widths: [46, 12, 12, 12, 24],
      rows: [
        ["2022年1-6月中央直达资金支出情况表", null, null, null, null],
        ["截至2022年6月30日", null, null, null, "单位：亿元"],
        ["项目", "收到资金", "已支出", "支出进度", "备注"],
        ["中央直达资金", 8.64, 7.18, "83.1%", null],
        ["其中：支持基层落实减税降费和重点民生等专项转移支付", 6.27, 6.02, "96.0%", null],
        ["县级基本财力保障机制奖补资金", 0.35, 0.35, "100.0%", "已全部支出"],
        ["共同财政事权转移支付（含卫生、社保、农业等）", 2.03, 0.81, "40.9%", "已全部分配至预算单位"],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "直达资金",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "共同财政事权转移支付: 0.81 / 2.03 = 39.90%; stated 40.9%" },
      {
        rule: "execution.behind-schedule",
        cell: "D7",
        why: "共同财政事权转移支付: 39.9% as of 2022-06-30, when time progress is 6/12 = 50%: 10.1 points behind (tolerance 5)",
      },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "B4",
        why: "6.27 + 0.35 + 2.03 = 8.65 against 8.64: 0.01亿元, within the rounding of four figures shown to 0.01亿元 (±0.005 each)",
      },
      { rule: "execution.total-mismatch", cell: "C4", why: "6.02 + 0.35 + 0.81 = 7.18, as stated" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "7.18 / 8.64 = 83.10%, shown 83.1%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "6.02 / 6.27 = 96.01%, shown 96.0%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "0.35 / 0.35 = 100.0%" },
      { rule: "execution.behind-schedule", why: "the total (83.1%) and the other two kinds (96.0%, 100.0%) are ahead of the 50% time progress" },
      { rule: "execution.overspent", why: "no kind spends more than it received" },
      { rule: "input.unreadable-value", why: "备注 is a remark, not a number" },
    ],
  },
};
