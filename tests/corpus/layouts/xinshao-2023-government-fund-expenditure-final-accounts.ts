import type { CorpusLayout } from "../types";

// 新邵县 (湖南 邵阳) 2023年政府决算公开, 三、政府决算表 11 政府性基金预算支出决算表: spending of the government funds by function
// class — 预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的% | 决算数为上年决算数的%, the 支出合计 at the foot, 万元.
export const layout: CorpusLayout = {
  id: "xinshao-2023-government-fund-expenditure-final-accounts",
  source: {
    title: "2023年新邵县政府决算公开（三、政府决算表 11、政府性基金预算支出决算表）",
    url: "https://admin.shaoyang.gov.cn/xinshao/zfjsgkr/202411/c824324aa6e74333a89182ab713bdf39.shtml",
    publisher: "新邵县财政局",
    date: "2024-11-27",
    changes:
      "The stored page shows the contents (the 28 tables, 11、政府性基金预算支出决算表 among them) and the report, not the table body. The " +
      "headings (项目 | 预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的% | 决算数为上年决算数的%), the function classes of the fund budget, " +
      "支出合计 at the foot and 单位：万元 follow the template county government final accounts use; every figure is ours. Planted: " +
      "其他支出 6,320 spent against an adjusted 6,150; 支出合计 决算数 written 72,418 where the lines add up to 72,148.",
  },
  classes: ["execution", "final-accounts", "government-fund-budget", "by-function", "initial-and-adjusted-budget", "ratio-to-last-year", "rates-as-text", "zero-initial-budget", "total-at-foot", "wanyuan-caption", "county-government", "hunan"],
  sheets: [
    {
      name: "政府性基金支出",
      widths: [28, 12, 12, 12, 14, 14],
      rows: [
        ["2023年新邵县政府性基金预算支出决算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "决算数为上年决算数的%"],
        ["文化旅游体育与传媒支出", 150, 96, 92, "95.8%", "81.4%"],
        ["社会保障和就业支出", 1200, 1480, 1468, "99.2%", "104.6%"],
        ["节能环保支出", 300, 420, 415, "98.8%", "132.2%"],
        ["城乡社区支出", 38500, 52640, 51930, "98.7%", "87.3%"],
        ["农林水支出", 2100, 2860, 2835, "99.1%", "110.5%"],
        ["交通运输支出", 0, 3200, 3200, "100.0%", null],
        ["其他支出", 4500, 6150, 6320, "102.8%", "118.9%"],
        ["债务付息支出", 5600, 5840, 5840, "100.0%", "112.3%"],
        ["债务发行费用支出", 60, 48, 48, "100.0%", "96.0%"],
        ["支出合计", 52410, 72734, 72418, "99.6%", "95.1%"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:D13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政府性基金支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D10", why: "其他支出 6,320 spent against an adjusted budget of 6,150: 170万元 over (102.8%)" },
      {
        rule: "execution.total-mismatch",
        cell: "D13",
        why: "支出合计 72,418 where 92 + 1,468 + 415 + 51,930 + 2,835 + 3,200 + 6,320 + 5,840 + 48 = 72,148: 270万元 more",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B13", why: "预算数 150 + 1,200 + 300 + 38,500 + 2,100 + 0 + 4,500 + 5,600 + 60 = 52,410" },
      { rule: "execution.total-mismatch", cell: "C13", why: "调整预算数 96 + 1,480 + 420 + 52,640 + 2,860 + 3,200 + 6,150 + 5,840 + 48 = 72,734" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "72,418 / 72,734 = 99.57% → 99.6%, as stated for the figure written (the total itself is reported)" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "51,930 / 52,640 = 98.65% → 98.7%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "6,320 / 6,150 = 102.76% → 102.8%" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "决算数为上年决算数的% compares with last year's accounts, which the table does not give" },
      { rule: "execution.overspent", cell: "D9", why: "交通运输支出 3,200 against an adjusted 3,200 (0 in the initial budget, added in the year)" },
      { rule: "execution.no-spending", why: "every line with a budget spent" },
      { rule: "execution.behind-schedule", why: "final accounts of a finished year state no time progress" },
    ],
  },
};
