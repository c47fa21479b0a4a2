import type { CorpusLayout } from "../types";

// 上海市财政局 2017-01 (市十四届人大五次会议): the report on 2016's budget execution — 营改增 carried to every trade in 2016, taxes
// under 一般公共预算. Laid out as the report's annex table of 市本级一般公共预算收入: 项目 | 预算数 | 执行数 | 为预算% | 比上年增长%, 一、税收收入 over
// its taxes indented, 二、非税收入, the 合计 at the foot, 单位：亿元.
export const layout: CorpusLayout = {
  id: "shanghai-2016-municipal-general-revenue-execution",
  source: {
    title: "关于上海市2016年预算执行情况和2017年预算草案的报告（市本级一般公共预算收入执行情况表据报告拟）",
    url: "https://shanghai.gov.cn/nw12338/20200813/0001-12338_1192583.html",
    publisher: "上海市财政局（解放日报刊载）",
    date: "2017-01-23",
    changes:
      "As published: the report's title, its year, the 营改增 reform carried to all goods and services in 2016 (so 营业税 ran out in the year). " +
      "The stored copy gives the report's prose only: the table (its lines, every figure, the growth column) is ours, laid out as such " +
      "reports' annex tables are. Planted: 个人所得税's share typed 108.6% where 352.4 / 330.0 = 106.8%; 营业税 collected 121.6 of its 180.0 " +
      "budget (67.6%), far behind the year.",
  },
  classes: [
    "execution", "revenue", "budget-execution-report", "rate-column", "growth-column", "tax-lines-indented", "section-rows-with-figures",
    "total-at-foot", "one-decimal-yiyuan", "percent-format", "transposed-digits", "yiyuan-caption", "notes-under-table", "table-from-prose",
    "municipal-government-report", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "收入执行",
      widths: [34, 12, 12, 12, 14],
      rows: [
        ["上海市2016年市本级一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "为预算%", "比上年增长%"],
        ["一、税收收入", 2350.0, 2463.2, 1.048, 0.061],
        ["    增值税", 820.0, 905.3, 1.104, 0.412],
        ["    营业税", 180.0, 121.6, 0.676, -0.625],
        ["    企业所得税", 560.0, 583.9, 1.043, 0.052],
        ["    个人所得税", 330.0, 352.4, 1.086, 0.117],
        ["    城市维护建设税", 95.0, 96.2, 1.013, 0.021],
        ["    契税", 130.0, 151.7, 1.167, 0.284],
        ["    土地增值税", 150.0, 168.5, 1.123, 0.193],
        ["    其他税收收入", 85.0, 83.6, 0.984, -0.018],
        ["二、非税收入", 210.0, 204.8, 0.975, -0.036],
        ["市本级一般公共预算收入合计", 2560.0, 2668.0, 1.042, 0.053],
        ["注：2016年5月1日起全面推开营改增试点，营业税收入相应减少、增值税收入相应增加。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
      numberFormats: { "B4:C14": "#,##0.0", "D4:E14": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "个人所得税 352.4 / 330.0 = 106.8%, typed 108.6%" },
      { rule: "execution.behind-schedule", cell: "C6", why: "营业税 121.6 / 180.0 = 67.6% collected by 2016-12-31, against 100% of the year: 32.4 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 2,463.2 = 905.3 + 121.6 + 583.9 + 352.4 + 96.2 + 151.7 + 168.5 + 83.6; budget 2,350.0 likewise" },
      { rule: "execution.total-mismatch", cell: "C14", why: "合计 2,668.0 = 2,463.2 + 204.8; 2,560.0 = 2,350.0 + 210.0" },
      { rule: "execution.overspent", why: "revenue above its budget (增值税 905.3 of 820.0) is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", cell: "C12", why: "其他税收收入 98.4% and 非税收入 97.5%: within 5 points of the year" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "905.3 / 820.0 = 110.40%, shown 110.4%" },
      { rule: "execution.rate-mismatch", cell: "D14", why: "2,668.0 / 2,560.0 = 104.22%, shown 104.2%" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "比上年增长% is growth on last year, no execution rate" },
    ],
  },
};
