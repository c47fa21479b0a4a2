import type { CorpusLayout } from "../types";

// 海口市财政局 2021-10: the city's September 2021 revenue and spending, in 亿元 to one decimal — 当月 and 累计, 同比增长, and for the
// budgeted revenue lines 完成年度预算; revenue "来自海口" split by level (中央级 / 省级 / 市地方), the city's own revenue by kind (税收 /
// 非税). Written as prose by the office; laid out here as the table its figures make. One stated share wrong; two revenue lines
// far behind the calendar at the end of September.
export const layout: CorpusLayout = {
  id: "haikou-2021-sep-revenue-spending",
  source: {
    title: "2021年9月份海口市财政收支情况（表据正文拟）",
    url: "https://sczj.haikou.gov.cn/xxgk/czsz/202110/t455635.shtml",
    publisher: "海口市财政局",
    date: "2021-10",
    changes:
      "The lines, their order and the measures (当月完成, 累计完成, 增长 %, 完成年度预算 %, in 亿元 to one decimal) follow the published " +
      "paragraphs; the table itself, its headings and the 年度预算 column are ours (the release states only the shares), and so are " +
      "the budgets and the tax / non-tax figures (158.6 / 33.5 adding up to the 地方 192.1). Planted: 非税收入's share written 68.5% " +
      "where 21.4 / 33.5 = 63.9%. 非税收入 and 政府性基金收入 are far behind nine months of the year, as the release's own shares say.",
  },
  classes: ["execution", "revenue-and-spending", "table-from-prose", "month-and-cumulative", "growth-rate-column", "negative-growth", "qizhong-lines", "revenue-by-level", "budget-on-some-lines", "dash-as-nothing", "yiyuan", "one-decimal-rates", "as-of-in-title", "mid-year", "notes-under-table", "city-finance-bureau", "hainan"],
  settings: { asOf: "2021-09-30" },
  sheets: [
    {
      name: "9月财政收支",
      widths: [34, 12, 12, 14, 12, 16],
      rows: [
        ["海口市2021年9月份财政收支情况表", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["项目", "当月完成", "累计完成", "同比增长%", "年度预算", "完成年度预算%"],
        ["一、一般公共预算收入（来自海口）", 25.2, 427.4, "34.6", "—", "—"],
        ["    其中：中央级一般公共预算收入", 5, 188, "32.8", "—", "—"],
        ["          省级一般公共预算收入", 7.1, 80.6, "47.8", "—", "—"],
        ["          市地方一般公共预算收入", 13.1, 158.9, "30.8", 192.1, "82.7"],
        ["            其中：税收收入", 11.1, 137.4, "42.6", 158.6, "86.6"],
        ["                  非税收入", 2.1, 21.4, "-14.6", 33.5, "68.5"],
        ["二、地方一般公共预算支出", 38.8, 210, "17.9", "—", "—"],
        ["    其中：民生支出", "—", 138.3, "11.1", "—", "—"],
        ["三、政府性基金收入", 5, 60.4, "-33.4", 353.2, "17.1"],
        ["    其中：土地出让金收入", 4.5, 50.8, "-39.9", "—", "—"],
        ["四、政府性基金支出", 22.8, 113.8, "-25.5", "—", "—"],
        ["注：收入“来自海口”含中央级、省级和市地方三级；增长按可比口径计算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A15:F15"],
      numberFormats: { "B4:C14": "0.0", "E4:E14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "9月财政收支",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        // Corrected after the measurement (the count unchanged): the corpus states a lone 年度预算 as the budget as first
        // passed (hebei-2016-h1-budget-execution, yingkou-2024); this layout named it the adjusted one.
        columns: { A: "line", C: "actual", E: "initialBudget", F: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F9", why: "非税收入 21.4 / 33.5 = 63.9% (63.6%–64.1% within the one-decimal rounding), stated 68.5%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "非税收入 collected 63.9% by 2021-09-30, below time progress 75% (273/365 = 74.8%) less 5 points" },
      { rule: "execution.behind-schedule", cell: "F12", why: "政府性基金收入 60.4 / 353.2 = 17.1% by 2021-09-30, far below 75% − 5" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "188 + 80.6 + 158.9 = 427.5 against 427.4: within the rounding of four one-decimal 亿元 figures" },
      { rule: "execution.total-mismatch", cell: "C7", why: "税收 137.4 + 非税 21.4 = 158.8 against 158.9: within rounding" },
      { rule: "execution.total-mismatch", cell: "E7", why: "年度预算 158.6 + 33.5 = 192.1" },
      { rule: "execution.total-mismatch", cell: "C10", why: "民生支出 138.3 is only part of 支出 (其中), not all of it" },
      { rule: "execution.total-mismatch", cell: "C12", why: "土地出让金 50.8 is only part of 基金收入" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "158.9 / 192.1 = 82.7%" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "137.4 / 158.6 = 86.6%" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "同比增长% is growth on last year, not an execution rate" },
      { rule: "execution.behind-schedule", cell: "F7", why: "82.7% is ahead of 75%" },
      { rule: "execution.behind-schedule", cell: "C10", why: "spending lines have no budget in the table: no status" },
      { rule: "execution.overspent", why: "no line is above its budget" },
      { rule: "execution.no-spending", why: "every budgeted line has collected something" },
      { rule: "input.unreadable-value", why: "— marks nothing; the note is text" },
    ],
  },
};
