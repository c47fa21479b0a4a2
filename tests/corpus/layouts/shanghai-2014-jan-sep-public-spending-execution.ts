import type { CorpusLayout } from "../types";

// 上海市财政局 2014-10-20, 1-9月上海地方公共财政收支情况: 全市地方公共财政支出 1-9月 3,079.9亿元, 比上年同期增加276.4亿元、增长9.9%, in a short
// prose release; set out as the monthly 支出情况表 (项目 | 预算数 | 1-9月完成数 | 完成预算% | 比上年同期增长%), total first.
export const layout: CorpusLayout = {
  id: "shanghai-2014-jan-sep-public-spending-execution",
  source: {
    title: "1-9月上海地方公共财政收支情况（地方公共财政支出情况表据正文拟）",
    url: "http://district.ce.cn/newarea/roll/201410/20/t20141020_3738426.shtml",
    publisher: "上海市财政局（中国经济网转载）",
    date: "2014-10-20",
    changes:
      "The release gives the spending total 3,079.9亿元 and its growth (9.9%, 276.4亿元 more), not the budget or the lines. The table's lines " +
      "(functions), the 预算数 column and every line figure are ours; the total keeps 3,079.9 and 9.9. Planted: 节能环保 at 61.6% against a time " +
      "progress of 9/12 = 75% (13.4 points behind); 交通运输's rate typed 79.6 where 287.1 / 380.0 = 75.55%.",
  },
  classes: [
    "execution", "in-year", "total-row-first", "qizhong-lines", "rates-as-numbers", "one-decimal-rates", "growth-column",
    "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "press-release", "municipal-budget", "shanghai",
  ],
  settings: { district: "上海市", asOf: "2014-09-30" },
  sheets: [
    {
      name: "支出情况表",
      widths: [24, 12, 14, 14, 16],
      rows: [
        ["2014年1-9月上海市地方公共财政支出情况表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "预算数", "1-9月完成数", "完成预算%", "比上年同期增长%"],
        ["地方公共财政支出", 4230.0, 3079.9, 72.8, 9.9],
        ["其中：教育", 720.0, 538.4, 74.8, 8.6],
        ["科学技术", 260.0, 188.5, 72.5, 12.3],
        ["社会保障和就业", 600.0, 462.6, 77.1, 10.4],
        ["医疗卫生与计划生育", 300.0, 228.9, 76.3, 9.1],
        ["节能环保", 150.0, 92.4, 61.6, -4.2],
        ["城乡社区事务", 900.0, 631.8, 70.2, 11.5],
        ["农林水事务", 280.0, 201.3, 71.9, 7.8],
        ["交通运输", 380.0, 287.1, 79.6, 6.5],
        ["其他各项支出", 640.0, 448.9, 70.1, 12.9],
        ["注：1-9月份，全市地方公共财政支出比上年同期增加276.4亿元，增长9.9%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A14:E14"],
      numberFormats: { "B4:C13": "0.0", "D4:E13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出情况表",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D9", why: "节能环保 92.4 / 150.0 = 61.6%, against a time progress of 9/12 = 75% as of 2014-09: 13.4 points behind" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "交通运输: 287.1 / 380.0 = 75.55% → 75.6, typed 79.6" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "538.4 + 188.5 + 462.6 + 228.9 + 92.4 + 631.8 + 201.3 + 287.1 + 448.9 = 3,079.9" },
      { rule: "execution.total-mismatch", cell: "B4", why: "720 + 260 + 600 + 300 + 150 + 900 + 280 + 380 + 640 = 4,230.0" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "3,079.9 / 4,230.0 = 72.81% → 72.8" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "538.4 / 720.0 = 74.78% → 74.8" },
      { rule: "execution.behind-schedule", cell: "D10", why: "城乡社区事务 70.2% is 4.8 points below 75%: within 5" },
      { rule: "execution.behind-schedule", cell: "D13", why: "其他各项支出 448.9 / 640.0 = 70.14%: 4.86 points below 75%, within 5" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status of its own" },
      { rule: "execution.no-spending", why: "every line has spent" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "比上年同期增长% is growth, not a rate of the budget (−4.2 is a fall)" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table" },
    ],
  },
};
