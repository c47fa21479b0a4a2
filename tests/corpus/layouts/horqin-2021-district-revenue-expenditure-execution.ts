import type { CorpusLayout } from "../types";

// 通辽市科尔沁区财政局 2022-01-08: the report to the 区人代会 on the 2021 budget — 收入完成总计 510,687万元 (一般公共预算收入 171,697, 剔除上划
// 市级 71,238, 上级补助 330,173, 新增债券 15,900, 再融资债券 53,550, 调入 10,000, 上年结余 605) and 支出总计 510,677 (一般公共预算支出 450,513,
// 债务还本 56,862, 上解 3,302), 年末结余 10. Laid out as two stacked tables, each total at its foot, the 减 line typed negative.
export const layout: CorpusLayout = {
  id: "horqin-2021-district-revenue-expenditure-execution",
  source: {
    title: "关于科尔沁区2021年预算执行情况和2022年预算草案的报告（全区收支执行表据报告拟）",
    url: "https://gcs66.com/document_detail/104873.html",
    publisher: "科尔沁区财政局",
    date: "2022-01-08",
    changes:
      "As published: every line and figure of the 2021 收入 and 支出 sentences (the report's figures add up: 171,697 − 71,238 + 330,173 + " +
      "15,900 + 53,550 + 10,000 + 605 = 510,687; 450,513 + 56,862 + 3,302 = 510,677) and the 年末结余 10, set as a note. Ours: the table form " +
      "(the report gives the lines in prose). Planted: 再融资债券收入 typed 53,505 (the report's 53,550), so the income lines add up to 510,642 " +
      "against the 收入总计 510,687.",
  },
  classes: [
    "execution", "balance-table", "two-tables-one-sheet", "total-at-foot", "less-line-negative", "sources-and-uses", "whole-wanyuan-large",
    "thousands-separators", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-finance-report", "past-year", "neimenggu",
  ],
  sheets: [
    {
      name: "收支执行",
      widths: [30, 16],
      rows: [
        ["科尔沁区2021年全区财政收支执行情况表", null],
        [null, "单位：万元"],
        ["收入项目", "执行数"],
        ["一般公共预算收入", 171697],
        ["减：上划市级收入", -71238],
        ["上级补助收入", 330173],
        ["新增债券收入", 15900],
        ["再融资债券收入", 53505],
        ["政府性基金调入", 10000],
        ["一般公共预算上年结余", 605],
        ["收入总计", 510687],
        ["支出项目", "执行数"],
        ["一般公共预算支出", 450513],
        ["一般债务还本支出", 56862],
        ["上解支出", 3302],
        ["支出总计", 510677],
        ["注：收支相抵，年末结余10万元，结转下年使用。", null],
      ],
      merges: ["A1:B1", "A17:B17"],
      numberFormats: { "B4:B16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "actual" }, year: 2021 },
      { sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 12, lastRow: 16, columns: { A: "line", B: "actual" }, year: 2021 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        sheet: "收支执行",
        cell: "B11",
        why: "收入总计 510,687; the lines as typed 171,697 − 71,238 + 330,173 + 15,900 + 53,505 + 10,000 + 605 = 510,642: 45万元 apart (再融资债券收入 is 53,550 in the report)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "B16", why: "450,513 + 56,862 + 3,302 = 510,677: the spending side adds up" },
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "B5", why: "减：上划市级收入 is typed negative and added as typed; it is no line of its own to be summed positive" },
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "A17", why: "收入总计 − 支出总计 = 10 is the 年末结余 of the note, not a slip of either table" },
      { rule: "execution.overspent", sheet: "收支执行", why: "no budget column: nothing is measured against one" },
      { rule: "input.unreadable-value", sheet: "收支执行", cell: "A17", why: "the note under the tables is no data" },
    ],
  },
};
