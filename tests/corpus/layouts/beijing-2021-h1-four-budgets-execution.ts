import type { CorpusLayout } from "../types";

// 北京市财政局 2021-08-02 答记者问 on the first half of 2021: the four budgets' revenue and spending to the end of June with their growth.
// Built from that prose as 项目 | 2021年年度预算 | 1—6月完成 | 完成年度预算% | 同比增长%, numbered 一、…八、, 税收收入 as a 其中 line, notes under it.
export const layout: CorpusLayout = {
  id: "beijing-2021-h1-four-budgets-execution",
  source: {
    title: "北京财政就2021年上半年预算执行情况答记者问（“四本预算”上半年执行情况表据正文拟）",
    url: "http://czj.beijing.gov.cn/zmhd/zxft/202108/t20210802_2454131.html",
    publisher: "北京市财政局",
    date: "2021-08-02",
    changes:
      "The page is prose (questions and answers); no grid was found for it. Kept as published: the first-half outcomes in 亿元 and their growth " +
      "(一般公共预算收入 3254.4 +15.3%, 其中地方级税收收入 2776.6 +15.8%, 一般公共预算支出 3714.0 +0.6%, 政府性基金 1515.4 / 849.4, 国有资本经营 " +
      "11.0 / 16.5, 社会保险基金 2535.1 / 2219.5) and the reason the fund spending fell. Ours: the 年度预算 column (the page gives none), the " +
      "completion rates computed from it, the table's shape and notes. Planted: 一般公共预算支出's rate typed 53.23% where 3714.0 / 7250.0 = 51.23%; " +
      "政府性基金预算支出 at 30.55% against the half-year's 50%.",
  },
  classes: ["execution", "four-budgets", "revenue-and-spending-lines", "qizhong-share-line", "outline-numbering", "growth-column", "rates-as-text", "two-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "year-in-heading", "time-progress-by-month", "notes-under-table", "table-from-prose", "city-level", "beijing"],
  settings: { district: "北京市", asOf: "2021-06-30" },
  sheets: [
    {
      name: "上半年执行",
      widths: [30, 16, 14, 16, 12],
      rows: [
        ["北京市2021年上半年“四本预算”执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "2021年年度预算", "1—6月完成", "完成年度预算%", "同比增长%"],
        ["一、一般公共预算收入", 5648.4, 3254.4, "57.62%", "15.3%"],
        ["其中：税收收入", 4860.0, 2776.6, "57.13%", "15.8%"],
        ["二、一般公共预算支出", 7250.0, 3714.0, "53.23%", "0.6%"],
        ["三、政府性基金预算收入", 2350.0, 1515.4, "64.49%", "2.8%"],
        ["四、政府性基金预算支出", 2780.0, 849.4, "30.55%", "-51.1%"],
        ["五、国有资本经营预算收入", 23.6, 11.0, "46.61%", "34.3%"],
        ["六、国有资本经营预算支出", 34.5, 16.5, "47.83%", "5.2%"],
        ["七、社会保险基金预算收入", 4650.0, 2535.1, "54.52%", "41.4%"],
        ["八、社会保险基金预算支出", 4380.0, 2219.5, "50.67%", "16.5%"],
        ["注：1.税收收入为全市地方级税收收入。2.政府性基金预算支出下降，主要是中央财政未提前向地方下达新增政府债券额度，各地债券支出晚于往年。3.上半年时间进度为50%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "上半年执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "一般公共预算支出 3,714.0 / 7,250.0 = 51.23%, the table says 53.23%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "政府性基金预算支出 849.4 / 2,780.0 = 30.55% against 6/12 = 50% at 2021-06-30: 19.45 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "3,254.4 / 5,648.4 = 57.62%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "849.4 / 2,780.0 = 30.55%" },
      { rule: "execution.behind-schedule", cell: "C9", why: "国有资本经营预算收入 11.0 / 23.6 = 46.61%: 3.39 points under 50%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "C10", why: "国有资本经营预算支出 16.5 / 34.5 = 47.83%: within 5 points of 50%" },
      { rule: "execution.behind-schedule", cell: "C6", why: "51.23% (as its figures give it) is above the half-year's 50%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 is a single 其中 share of the revenue, less than it; no total to add up" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "同比增长% is growth on last year, no share of the budget" },
      { rule: "execution.overspent", why: "every line is under its 年度预算" },
      { rule: "execution.total-mismatch", cell: "A13", why: "the note is no line" },
    ],
  },
};
