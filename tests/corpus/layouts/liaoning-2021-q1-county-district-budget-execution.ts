import type { CorpusLayout } from "../types";

// 辽宁省财政厅 2021-04 (via 中新网): 1-3月 县区财政收支快报 — 100 county-level areas, the 41 counties and the 59 districts,
// revenue with 税收 / 非税 and spending, in 亿元 with 同比增加 and 增长%. The release is prose; laid out as its table.
export const layout: CorpusLayout = {
  id: "liaoning-2021-q1-county-district-budget-execution",
  source: {
    title: "1-3月辽宁省100个县（市）区一般公共预算收入比上年同期增长20.6%（县区一般公共预算收支完成情况表据正文拟）",
    url: "http://www.zbxww.org/finance/dfjj/14993.html",
    publisher: "辽宁省财政厅（中国新闻网报道）",
    date: "2021-04-19",
    changes:
      "As published: the figures in prose (100 areas 503.7 / 634.5亿元; 41 counties 151 with 税收 95.1 and 非税 55.9, spending 306.5 with 民生 238.4; 59 districts 352.7 with 299.5 / 53.2, spending 328). " +
      "Kept: those figures, their 增加 and 增长%. Ours: the layout (section rows 一、二、, 其中 lines). " +
      "Planted: the counties' 非税收入 written 59.9 for 55.9, so 税收 + 非税 no longer make the 151.0 above them.",
  },
  classes: ["execution", "in-year", "revenue-and-spending", "qizhong-lines", "some-parts-only", "section-label-rows", "no-budget-column", "growth-column", "one-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "province-fund", "liaoning"],
  sheets: [
    {
      name: "县区收支",
      widths: [36, 14, 16, 12],
      rows: [
        ["2021年1-3月全省县区一般公共预算收支完成情况", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "1-3月完成", "比上年同期增加", "增长%"],
        ["全省县区一般公共预算收入", 503.7, 85.8, 20.6],
        ["全省县区一般公共预算支出", 634.5, 107.8, 20.5],
        ["一、41个县（含县级市）", null, null, null],
        ["  一般公共预算收入", 151.0, 21.0, 16.2],
        ["    其中：税收收入", 95.1, null, 19.9],
        ["          非税收入", 59.9, null, 10.4],
        ["  一般公共预算支出", 306.5, 32.6, 11.9],
        ["    其中：民生支出", 238.4, null, 10.1],
        ["二、59个区", null, null, null],
        ["  一般公共预算收入", 352.7, 64.8, 22.5],
        ["    其中：税收收入", 299.5, null, 15.0],
        ["          非税收入", 53.2, null, 93.7],
        ["  一般公共预算支出", 328.0, 75.2, 29.8],
        ["注：数据来源于县区财政收支快报；民生支出含教育、社会保障和就业、卫生健康等13类支出。", null, null, null],
      ],
      merges: ["A1:D1", "A17:D17"],
      numberFormats: { "B4:C16": "0.0", "D4:D16": "0.0" },
    },
  ],
  settings: { district: "辽宁省", asOf: "2021-03-31" },
  expect: {
    tables: [
      { sheet: "县区收支", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 16, columns: { A: "line", B: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "the counties' 一般公共预算收入 151.0 ≠ 税收收入 95.1 + 非税收入 59.9 = 155.0 (the two are all of it)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B10", why: "民生支出 238.4 is only part of the 306.5: some parts only, not summed" },
      { rule: "execution.total-mismatch", cell: "B13", why: "the districts' 352.7 = 299.5 + 53.2" },
      { rule: "execution.rate-mismatch", why: "增长% is growth on last year, no execution rate" },
      { rule: "execution.behind-schedule", why: "no budget stands in the table" },
      { rule: "execution.overspent", why: "no budget stands in the table" },
    ],
  },
};
