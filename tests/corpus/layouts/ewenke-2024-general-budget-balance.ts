import type { CorpusLayout } from "../types";

// 鄂温克族自治旗财政局 2025-03-14: the report on the banner's 2024 budget execution — 一般公共预算收入124,062万元, plus 上级补助收入,
// 债券转贷收入, 调入预算稳定调节基金, 调入资金, 上年结转 213,410万元, 收入总量337,472万元; 支出291,045万元 plus 上解上级, 一般债务还本,
// 安排预算稳定调节基金, 地区间土地统筹指标交易 … Laid out as the 收支平衡表 the report's figures make: two 项目 | 金额 tables on one sheet.
export const layout: CorpusLayout = {
  id: "ewenke-2024-general-budget-balance",
  source: {
    title: "关于鄂温克族自治旗2024年预算执行情况和2025年预算草案的报告（一般公共预算收支平衡表据正文拟）",
    url: "https://www.ewenke.gov.cn/OpennessContent/show/498579.html",
    publisher: "鄂温克族自治旗财政局",
    date: "2025-03-14",
    changes:
      "Kept as the report states them: 一般公共预算收入 124,062万元, the other income 213,410万元 named as 上级补助收入、地方政府债券转贷收入、调入预算稳定" +
      "调节基金、调入资金、上年结转, 收入总量 337,472万元; 一般公共预算支出 291,045万元 and the kinds of spending added to it (上解上级、一般债务还本、" +
      "安排预算稳定调节基金、地区间土地统筹指标交易). The split of the 213,410 among its kinds, the spending side's other lines and 结转下年支出 are ours " +
      "(the stored text breaks off before the 支出总量), chosen so each side closes at 337,472. Planted: 调入资金 written 9,780 where 9,870 closes " +
      "the revenue side, so its lines add up to 337,382 against the stated 收入总量 337,472.",
  },
  classes: [
    "composition", "balance-table", "two-tables-one-sheet", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "table-from-prose",
    "report-as-prose", "banner-budget", "neimenggu",
  ],
  settings: { district: "鄂温克族自治旗" },
  sheets: [
    {
      name: "收支平衡表",
      widths: [32, 14],
      rows: [
        ["鄂温克族自治旗2024年一般公共预算收支平衡表", null],
        [null, "单位：万元"],
        ["收入项目", "金额"],
        ["一般公共预算收入", 124062],
        ["上级补助收入", 168520],
        ["地方政府债券转贷收入", 21300],
        ["调入预算稳定调节基金", 6200],
        ["调入资金", 9780],
        ["上年结转", 7520],
        ["收入总量", 337472],
        [null, null],
        ["支出项目", "金额"],
        ["一般公共预算支出", 291045],
        ["上解上级支出", 4860],
        ["一般债务还本支出", 15730],
        ["安排预算稳定调节基金", 8400],
        ["地区间土地统筹指标交易支出", 3100],
        ["结转下年支出", 14337],
        ["支出总量", 337472],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B4:B19": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支平衡表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "amount" }, year: 2024 },
      { sheet: "收支平衡表", kind: "composition", unit: "万元", headerRow: 12, lastRow: 19, columns: { A: "line", B: "amount" }, year: 2024 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B10",
        why: "收入总量 337,472 where 124,062 + 168,520 + 21,300 + 6,200 + 9,780 + 7,520 = 337,382: 90万元 more than its lines",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B19", why: "支出总量 337,472 = 291,045 + 4,860 + 15,730 + 8,400 + 3,100 + 14,337" },
      { rule: "composition.total-mismatch", cell: "B13", why: "一般公共预算支出 is a line of the spending side, no total over the revenue side's lines" },
      { rule: "input.unreadable-value", why: "the blank row between the two tables is not data" },
    ],
  },
};
