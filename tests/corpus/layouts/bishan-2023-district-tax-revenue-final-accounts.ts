import type { CorpusLayout } from "../types";

// 璧山区 2024-08-12: the 2023 区本级 final account report (决算草案报告), which gives the year-start 本级收入 (47.13亿元), what came in
// (税收 22.65, 非税 23.95) and each main tax's 决算 with its growth (增值税 8.18 +4093.7% …). Laid out as the report's 本级收入决算 table by
// tax: 项目 | 年初预算数 | 调整预算数 | 决算数 | 决算数为调整预算的% | 比上年增长%, in 亿元, the 合计 first and 税收收入 over its taxes.
export const layout: CorpusLayout = {
  id: "bishan-2023-district-tax-revenue-final-accounts",
  source: {
    title: "重庆市璧山区2023年区本级决算草案报告（本级收入决算表据正文拟）",
    url: "https://www.bishan.gov.cn/zwgk_241/fdzdgknr/ysjs/qzfbmyjsqk/bsqjsbg/202408/t20240812_13489186.html",
    publisher: "重庆市璧山区财政局",
    date: "2024-08-12",
    changes:
      "As published: the year-start 本级收入 47.13, the 决算 of 税收收入 22.65 and 非税收入 23.95, and each named tax's 决算 and growth " +
      "(增值税 8.18 / 4093.7%, 企业所得税 2.88 / 10.8%, 个人所得税 0.64 / −15.4%, 城维税 1.88 / 22.9%, 房产税 1.76 / 11.9%, 印花税 0.61 / −21.8%, " +
      "城镇土地使用税 2.86 / −4.5%, 土地增值税 1.00 / −11.8%). The stored copy is prose: the table, the remaining taxes (环境保护税, 耕地占用税, 契税, " +
      "其他), each line's year-start and adjusted budget and the rates are ours. Planted: 企业所得税's rate typed 108.26% (2.88 / 2.80 = 102.86%); " +
      "土地增值税 collected 1.00 of an adjusted 1.30 (76.92%) in a year that has ended.",
  },
  classes: ["execution", "revenue-lines", "final-account", "initial-and-adjusted-budget", "rate-column", "growth-column", "total-row-first", "section-subtotals", "yiyuan-caption", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "璧山区", asOf: "2024-07-26" },
  sheets: [
    {
      name: "本级收入决算",
      widths: [28, 12, 12, 12, 16, 12],
      rows: [
        ["重庆市璧山区2023年区本级一般公共预算本级收入决算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "决算数为调整预算的%", "比上年增长%"],
        ["本级收入合计", 47.13, 46.2, 46.6, 1.0087, 0.242],
        ["一、税收收入", 24, 22.5, 22.65, 1.0067, 0.552],
        ["    增值税", 8.5, 8.1, 8.18, 1.0099, 40.937],
        ["    企业所得税", 3, 2.8, 2.88, 1.0826, 0.108],
        ["    个人所得税", 0.8, 0.66, 0.64, 0.9697, -0.154],
        ["    城市维护建设税", 2, 1.85, 1.88, 1.0162, 0.229],
        ["    房产税", 1.8, 1.75, 1.76, 1.0057, 0.119],
        ["    印花税", 0.7, 0.62, 0.61, 0.9839, -0.218],
        ["    城镇土地使用税", 3, 2.85, 2.86, 1.0035, -0.045],
        ["    土地增值税", 1.5, 1.3, 1, 0.7692, -0.118],
        ["    环境保护税", 0.06, 0.05, 0.05, 1, 0],
        ["    耕地占用税", 0.44, 0.4, 0.41, 1.025, -0.369],
        ["    契税", 2.1, 2, 2.26, 1.13, -0.154],
        ["    其他税收收入", 0.1, 0.12, 0.12, 1, 0.091],
        ["二、非税收入", 23.13, 23.7, 23.95, 1.0105, 0.016],
        ["注：本表为区本级收入；上级转移支付、镇街上解、债务（转贷）、调入资金及上年结转等转移性收入另列。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A19:F19"],
      numberFormats: { "B4:D18": "0.00", "E4:E18": "0.00%", "F4:F18": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "本级收入决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E7", why: "企业所得税 rate stated 108.26%; 2.88 / 2.80 = 102.86%" },
      { rule: "execution.behind-schedule", cell: "D13", why: "土地增值税 collected 1.00 of an adjusted 1.30 = 76.92%, against a time progress of 100% for the ended year 2023: 23.08 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "税收收入 22.65 = 8.18 + 2.88 + 0.64 + 1.88 + 1.76 + 0.61 + 2.86 + 1.00 + 0.05 + 0.41 + 2.26 + 0.12" },
      { rule: "execution.total-mismatch", cell: "C5", why: "8.10 + 2.80 + 0.66 + 1.85 + 1.75 + 0.62 + 2.85 + 1.30 + 0.05 + 0.40 + 2.00 + 0.12 = 22.50" },
      { rule: "execution.total-mismatch", cell: "B5", why: "8.50 + 3.00 + 0.80 + 2.00 + 1.80 + 0.70 + 3.00 + 1.50 + 0.06 + 0.44 + 2.10 + 0.10 = 24.00" },
      { rule: "execution.total-mismatch", cell: "D4", why: "46.60 = 22.65 + 23.95 (the 合计 adds the two sections, never the taxes again); 47.13 = 24.00 + 23.13; 46.20 = 22.50 + 23.70" },
      { rule: "execution.rate-mismatch", cell: "F6", why: "比上年增长% (4093.7%) is growth on last year, never the execution rate" },
      { rule: "execution.behind-schedule", cell: "D8", why: "个人所得税 0.64 / 0.66 = 96.97%: within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "印花税 0.61 / 0.62 = 98.39%" },
      { rule: "execution.overspent", cell: "D16", why: "契税 2.26 above its budget 2.00 is revenue collected beyond plan, not overspending" },
      { rule: "execution.rate-mismatch", cell: "E16", why: "2.26 / 2.00 = 113.00%, as stated" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "46.60 / 46.20 = 100.87%, as stated" },
    ],
  },
};
