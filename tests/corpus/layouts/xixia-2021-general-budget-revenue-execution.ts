import type { CorpusLayout } from "../types";

// 银川市西夏区财政局 2021-11, 区五届人大一次会议文件: 表一 2021年西夏区一般公共预算收入执行情况表（财政预计数） — each tax and
// non-tax line with last year's 完成数, this year's 预算数 and 完成数, then 完成预算% and growth on last year; 税收收入小计 and
// 非税收入小计 under the total, thousands separators, 单位：万元.
export const layout: CorpusLayout = {
  id: "xixia-2021-general-budget-revenue-execution",
  source: {
    title: "关于西夏区2021年财政预算执行情况和2022年财政预算（草案）相关表格 — 表一：2021年西夏区一般公共预算收入执行情况表（财政预计数）",
    url: "https://keke.chddh.cn/archives/r647ynl3w7r9momepw0g.html",
    publisher: "银川市西夏区财政局（document stored on a mirror）",
    date: "2021-11",
    changes:
      "As published: the title, （财政预计数）, 表一, 单位：万元, the two header rows (2020年 | 2021年 | 2021年 over 完成数 | 预算数 | 完成数) and " +
      "the order of the lines (the total, 税收收入小计, 增值税, 企业所得税, 个人所得税, 房产税, 印花税 …). The stored text loses the headings " +
      "of the two rate columns and the total's label: 完成预算%, 比上年增长% and 一般公共预算收入 are ours, and so are the lines after 印花税 " +
      "and every figure (published total 49,171 / 51,385 / 51,385). Planted: 税收收入小计 完成数 32,886 where its lines add up to 32,786; " +
      "印花税's rate 97.42% where 2,455 / 2,600 = 94.42%.",
  },
  classes: ["execution", "revenue-execution", "two-header-rows", "prior-year-column", "growth-column", "total-row-first", "subtotals", "rates-as-numbers", "thousands-separators", "revenue-above-budget", "wanyuan-caption", "ningxia"],
  sheets: [
    {
      name: "表一",
      widths: [30, 14, 14, 14, 12, 12],
      rows: [
        ["2021年西夏区一般公共预算收入执行情况表", null, null, null, null, null],
        ["（财政预计数）", null, null, null, null, null],
        ["表一", null, null, null, null, "单位：万元"],
        ["项目", "2020年", "2021年", "2021年", "完成预算%", "比上年增长%"],
        [null, "完成数", "预算数", "完成数", null, null],
        ["一般公共预算收入", 49161, 51305, 51891, 1.0114, 0.0555],
        ["税收收入小计", 27631, 33305, 32886, 0.9874, 0.1902],
        ["增值税", 13950, 18800, 17620, 0.9372, 0.2631],
        ["企业所得税", 560, 600, 845, 1.4083, 0.5089],
        ["个人所得税", 620, 650, 648, 0.9969, 0.0452],
        ["资源税", 120, 150, 132, 0.88, 0.1],
        ["城市维护建设税", 1210, 1350, 1296, 0.96, 0.0711],
        ["房产税", 2780, 2800, 3520, 1.2571, 0.2662],
        ["印花税", 2330, 2600, 2455, 0.9742, 0.0536],
        ["城镇土地使用税", 3150, 3300, 3410, 1.0333, 0.0825],
        ["土地增值税", 1420, 1500, 1380, 0.92, -0.0282],
        ["车船税", 310, 330, 342, 1.0364, 0.1032],
        ["耕地占用税", 890, 900, 760, 0.8444, -0.1461],
        ["契税", 270, 300, 356, 1.1867, 0.3185],
        ["环境保护税", 21, 25, 22, 0.88, 0.0476],
        ["非税收入小计", 21530, 18000, 19005, 1.0558, -0.1173],
        ["专项收入", 4860, 4300, 4420, 1.0279, -0.0905],
        ["行政事业性收费收入", 2150, 2000, 2240, 1.12, 0.0419],
        ["罚没收入", 1640, 1200, 1380, 1.15, -0.1585],
        ["国有资源（资产）有偿使用收入", 11830, 9800, 10150, 1.0357, -0.142],
        ["其他收入", 1050, 700, 815, 1.1643, -0.2238],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A5", "E4:E5", "F4:F5"],
      numberFormats: { "B6:D26": "#,##0", "E6:F26": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表一",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "税收收入小计 完成数 32,886 where its thirteen lines give 17,620 + 845 + 648 + 132 + 1,296 + 3,520 + 2,455 + 3,410 + 1,380 + 342 + 760 + 356 + 22 = 32,786 (100万元 too much)" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "印花税 2,455 / 2,600 = 94.42%, stated 97.42%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D6", why: "一般公共预算收入 51,891 = 税收收入小计 32,886 + 非税收入小计 19,005 as stated; the slip is the 小计's" },
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 51,305 = 33,305 + 18,000; adding the lines again beside their 小计 would double it" },
      { rule: "execution.total-mismatch", cell: "D21", why: "非税收入小计 19,005 = 4,420 + 2,240 + 1,380 + 10,150 + 815" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "51,891 / 51,305 = 101.14%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "32,886 / 33,305 = 98.74%, from the row's own figures" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "比上年增长% is growth on 2020's 完成数 (845 / 560 − 1 = 50.89%), not an execution rate" },
      { rule: "execution.overspent", cell: "D9", why: "企业所得税 845 collected against 600 budgeted is revenue above its budget, not spending" },
      { rule: "execution.overspent", cell: "D13", why: "房产税 3,520 against 2,800: revenue above its budget, not spending" },
      { rule: "execution.no-spending", why: "every line collected something" },
    ],
  },
};
