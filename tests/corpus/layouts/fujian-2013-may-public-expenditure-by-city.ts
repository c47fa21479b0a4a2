import type { CorpusLayout } from "../types";

// 东南网 / 福建日报 2013-06-26: 福建's 公共财政支出 for January–May 2013 — 983.68亿元, 40.6% of the 年初预算, 市县 851.11亿元 — laid out as the
// province's execution table by area: 地区 | 年初预算 | 1-5月累计支出 | 完成年初预算% | 比上年同期增长%, 全省合计 first, 省本级, then 市县小计 over
// the nine 设区市 and 平潭.
export const layout: CorpusLayout = {
  id: "fujian-2013-may-public-expenditure-by-city",
  source: {
    title: "今年1-5月福建公共财政支出983亿（执行情况表据报道拟）",
    url: "https://folksfolks.com/money/2013-06/26/content_11751148.htm",
    publisher: "东南网（福建日报驻福州记者 杨文；福建省财政厅发布）",
    date: "2013-06-26",
    changes:
      "The page is a news report; the table is ours (表据报道拟). As published: 全省 983.68亿元 in 1-5月, up 15.5%, 40.6% of the 年初预算; 市县 851.11亿元, " +
      "up 21.4%; 厦门 15.4%, 龙岩 12.8%, 漳州 10.6% growth. Each area's budget and spending, 省本级's (the difference), 平潭's and the other growth figures " +
      "are ours. Planted: 南平市 60.18 of 182.70 (32.9%) against May's 41.67%; 莆田市's share typed 43.9 where 58.64 / 146.90 = 39.9%.",
  },
  classes: [
    "execution", "by-area", "total-row-first", "subtotal-row", "province-level-line", "initial-budget", "rate-as-number", "growth-column",
    "as-of-in-title", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "fujian",
  ],
  settings: { asOf: "2013-05-31", district: "福建省" },
  sheets: [
    {
      name: "1-5月支出",
      widths: [18, 12, 16, 16, 18],
      rows: [
        ["2013年1-5月全省公共财政支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["地区", "年初预算", "1-5月累计支出", "完成年初预算%", "比上年同期增长%"],
        ["全省合计", 2422.9, 983.68, 40.6, 15.5],
        ["省本级", 272.5, 132.57, 48.6, -4.7],
        ["市县小计", 2150.4, 851.11, 39.6, 21.4],
        ["福州市", 420.5, 162.48, 38.6, 18.2],
        ["厦门市", 318.2, 128.36, 40.3, 15.4],
        ["漳州市", 206.8, 84.15, 40.7, 10.6],
        ["泉州市", 362.4, 148.27, 40.9, 22.8],
        ["三明市", 150.6, 62.31, 41.4, 24.1],
        ["莆田市", 146.9, 58.64, 43.9, 26.3],
        ["南平市", 182.7, 60.18, 32.9, 19.7],
        ["龙岩市", 161.3, 66.92, 41.5, 12.8],
        ["宁德市", 148.6, 59.3, 39.9, 25.5],
        ["平潭综合实验区", 52.4, 20.5, 39.1, 48.2],
        ["注：与民生相关的支出累计完成702.44亿元，占财政支出比重71.4%；省政府确定的21项为民办实事项目累计下达资金68.55亿元，完成年度任务46.3%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:C16": "#,##0.00", "D4:E16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-5月支出",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D13", why: "南平市 60.18 / 182.70 = 32.9%, against May's time progress of 5/12 = 41.67%: 8.7 points behind" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "莆田市 58.64 / 146.90 = 39.9%, not the 43.9 stated" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D7", why: "福州市 38.6% is 3.0 points behind 41.67%: within the 5-point tolerance" },
      { rule: "execution.total-mismatch", cell: "C6", why: "市县小计 851.11 = 162.48 + 128.36 + 84.15 + 148.27 + 62.31 + 58.64 + 60.18 + 66.92 + 59.30 + 20.50" },
      { rule: "execution.total-mismatch", cell: "B6", why: "the ten areas' budgets add up to 2,150.40" },
      { rule: "execution.total-mismatch", cell: "C4", why: "全省 983.68 = 省本级 132.57 + 市县小计 851.11 (the cities are not added again)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "272.50 + 2,150.40 = 2,422.90" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "983.68 / 2,422.90 = 40.6%, as stated" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年同期增长% is growth, not the rate (−4.7 is no share)" },
      { rule: "execution.overspent", why: "every area has spent well under its 年初预算" },
      { rule: "execution.total-mismatch", cell: "A17", why: "the note's 702.44 and 68.55 are other cuts of the spending, not lines" },
    ],
  },
};
