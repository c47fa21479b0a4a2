import type { CorpusLayout } from "../types";

// 西藏自治区财政厅 2022-01: the report on 2021's budget execution — the region's 一般公共预算 收入总量 and 支出总量, each "为预算的 %",
// with the parts they are made of (地方收入, 中央补助, 一般债务收入, 动用预算稳定调节基金、上年结转等; 一般公共预算支出, 债务还本支出,
// 安排预算稳定调节基金等) and the growth on the year before. Laid out as two small tables, revenue then spending, each under its own title
// line: 项目 | 预算数 | 执行数 | 为预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "xizang-2021-region-general-budget-execution",
  source: {
    title: "关于西藏自治区2021年预算执行情况和2022年预算草案的报告（全区一般公共预算收支执行情况表据报告拟）",
    url: "https://the9c.com/p/N10iOKz2",
    publisher: "西藏自治区财政厅（自治区人民代表大会文件）",
    date: "2022-01",
    changes:
      "The report is prose; the tables are ours (表据报告拟): the lines, their order, 为预算的 % and the growth column as the report words them. " +
      "The figures are ours (the report: 收入总量 2,970亿元, 141.3%; 支出总量 2,425.6亿元, 115.4%; 结转下年 544.4亿元); our spending stays within " +
      "its budget. Planted: 一般公共预算支出's share typed 95.7% while 2,058.0 / 2,120.0 = 97.1%; 债务还本支出 at 88.5% of its budget at the year's " +
      "end (behind the 100% a past year is measured against).",
  },
  classes: ["execution", "revenue-and-spending", "two-tables-one-sheet", "title-line-per-table", "total-row-first", "qizhong-lines", "rates-as-text", "one-decimal-rates", "growth-column", "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "province-level", "xizang"],
  sheets: [
    {
      name: "收支执行情况",
      widths: [34, 12, 12, 12, 14],
      rows: [
        ["西藏自治区2021年全区一般公共预算收支执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["一、全区一般公共预算收入", null, null, null, null],
        ["项目", "预算数", "执行数", "为预算%", "比上年增长%"],
        ["收入总量", 2100, 2968, "141.3%", "11.5%"],
        ["其中：地方收入", 204, 213.6, "104.7%", "-3.6%"],
        ["中央补助", 1620, 2144.1, "132.4%", "8.7%"],
        ["一般债务收入", 96, 104.2, "108.5%", "—"],
        ["动用预算稳定调节基金、上年结转等", 180, 506.1, "281.2%", "—"],
        ["二、全区一般公共预算支出", null, null, null, null],
        ["项目", "预算数", "执行数", "为预算%", "比上年增长%"],
        ["支出总量", 2480, 2411, "97.2%", "0.9%"],
        ["其中：一般公共预算支出", 2120, 2058, "95.7%", "-6.8%"],
        ["债务还本支出", 47, 41.6, "88.5%", "—"],
        ["安排预算稳定调节基金等", 313, 311.4, "99.5%", "—"],
        ["注：收支相抵，结转下年557.0亿元。收入总量含中央补助、债务收入及调入资金等。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A10:E10", "A16:E16"],
      numberFormats: { "B5:C9": "#,##0.0", "B12:C15": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行情况", kind: "execution", unit: "亿元", headerRow: 4, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021 },
      { sheet: "收支执行情况", kind: "execution", unit: "亿元", headerRow: 11, lastRow: 15, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D13", why: "2,058.0 / 2,120.0 = 97.08% → 97.1%; typed 95.7%" },
      { rule: "execution.behind-schedule", cell: "C14", why: "债务还本支出: 41.6 / 47.0 = 88.5%, a past year measured at its end (100%): 11.5 points behind" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C9", why: "a revenue line above its budget (281.2%) is collected beyond plan, not overspent" },
      { rule: "execution.overspent", cell: "C5", why: "收入总量 above its budget is revenue beyond plan" },
      { rule: "execution.total-mismatch", cell: "C5", why: "2,968.0 = 213.6 + 2,144.1 + 104.2 + 506.1" },
      { rule: "execution.total-mismatch", cell: "B5", why: "2,100 = 204 + 1,620 + 96 + 180" },
      { rule: "execution.total-mismatch", cell: "C12", why: "2,411.0 = 2,058.0 + 41.6 + 311.4" },
      { rule: "execution.total-mismatch", cell: "B12", why: "2,480 = 2,120 + 47 + 313" },
      { rule: "execution.behind-schedule", cell: "C12", why: "a total row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "C15", why: "99.5% of its budget at the year's end" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "-3.6% is growth on 2020, no execution rate" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "2,144.1 / 1,620 = 132.35% → 132.4%" },
    ],
  },
};
