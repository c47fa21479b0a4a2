import type { CorpusLayout } from "../types";

// 上海市财政局 2020-01: the 2019 预算执行 report to the 市人大 — the city-wide 一般公共预算 revenue (7,165.1亿元, 96% of the budget, +0.8%) and
// what brings it to the year's 收入总量 (中央 returns and grants, carry-over and transfers in, general bonds). Laid out as the report's 收入
// 总量 table: 项目 | 金额, the 收入总量 at the foot, the revenue's share of budget, its growth and the spending figure as a note.
export const layout: CorpusLayout = {
  id: "shanghai-2019-general-budget-revenue-total",
  source: {
    title: "关于上海市2019年预算执行情况和2020年预算草案的报告（一般公共预算收入总量表据报告拟）",
    url: "https://shanghai.gov.cn/nw12338/20200813/0001-12338_1423631.html",
    publisher: "上海市财政局（解放日报刊载）",
    date: "2020-01-29",
    changes:
      "As published: 全市一般公共预算收入 7,165.1亿元 (96% of the budget, +0.8%), 中央财政税收返还和补助收入 899.8, 上年结转收入、调入资金、" +
      "动用预算稳定调节基金等 885, 地方政府一般债务收入 461.7, 收入总量 9,411.6亿元, and 支出 8,179.3亿元. The report's prose is all the stored " +
      "copy holds: the table is ours, one line a source. Planted: the bond line typed 416.7 (461.7), so the lines (9,366.6) miss the 收入总量.",
  },
  classes: [
    "composition", "revenue-sources", "total-at-foot", "balance-table", "one-decimal-yiyuan",
    "transposed-digits", "yiyuan-caption", "notes-under-table", "table-from-prose", "municipal-government-report", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "收入总量",
      widths: [46, 14],
      rows: [
        ["上海市2019年全市一般公共预算收入总量表（表据报告拟）", null],
        [null, "单位：亿元"],
        ["项目", "金额"],
        ["全市一般公共预算收入", 7165.1],
        ["中央财政税收返还和补助收入", 899.8],
        ["上年结转收入、调入资金、动用预算稳定调节基金等", 885.0],
        ["地方政府一般债务收入", 416.7],
        ["收入总量", 9411.6],
        ["注：全市一般公共预算收入为预算的96%，比2018年增长0.8%；全市一般公共预算支出8179.3亿元。", null],
      ],
      merges: ["A1:B1", "A9:B9"],
      numberFormats: { "B4:B8": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入总量",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B8", why: "7,165.1 + 899.8 + 885.0 + 416.7 = 9,366.6, the 收入总量 says 9,411.6 (45.0 apart: the bond line reads 461.7 in the report)" },
    ],
    absent: [
      { rule: "composition.line-rounded", why: "one-decimal 亿元 figures as the report gives them" },
      { rule: "execution.rate-mismatch", why: "the 96% share of budget is in the note, with no budget figure in the table" },
      { rule: "execution.behind-schedule", why: "a composition of revenue, no spending line" },
      { rule: "composition.total-mismatch", cell: "B9", why: "the spending figure is a note under the table" },
      { rule: "register.ineligible-location", why: "no place column" },
    ],
  },
};
