import type { CorpusLayout } from "../types";

// 哈密市财政局 2025-03-05: 2025年哈密市政府预算公开, 第四部分 转移支付安排情况说明 — 一、一般公共预算对下转移支付情况说明. The stored copy
// opens with the contents and the budget report; the transfer table is laid out as the 对下转移支付预算分地区表 such a city prints:
// 地区 | 合计 | 一般性转移支付 | 专项转移支付, 合计 row first, 伊州区、巴里坤哈萨克自治县、伊吾县 under it.
export const layout: CorpusLayout = {
  id: "hami-2025-general-budget-transfers-to-counties",
  source: {
    title: "2025年哈密市政府预算公开（第四部分 一、一般公共预算对下转移支付情况说明；分地区表据目录拟）",
    url: "https://www.hami.gov.cn/hami/c120048/202504/89bacfe4b995499b9d821f1c688c5949.shtml",
    publisher: "哈密市财政局",
    date: "2025-03-05",
    changes:
      "The stored copy shows the contents (第四部分转移支付安排情况说明 …) and the start of the budget report, not the transfer tables. The table " +
      "(2025年哈密市一般公共预算对下转移支付预算分地区表: 地区 | 合计 | 一般性转移支付 | 专项转移支付, 单位：万元, 合计 first, the city's two " +
      "counties and one district, a note) is ours, as is every figure. Planted: 巴里坤哈萨克自治县's 合计 typed 97,282.24 where 92,615.80 + " +
      "5,206.44 = 97,822.24 (digits swapped, 540.00 short); the 合计 row's 253,286.56 is that column as typed, so across it is not " +
      "240,426.42 + 13,400.14 = 253,826.56.",
  },
  classes: [
    "composition", "by-county", "transfer-payments", "row-total-column", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption",
    "transposed-digits", "autonomous-county-names", "notes-under-table", "table-not-in-stored-copy", "city-budget", "xinjiang",
  ],
  settings: { district: "哈密市" },
  sheets: [
    {
      name: "对下转移支付分地区表",
      widths: [24, 14, 16, 14],
      rows: [
        ["2025年哈密市一般公共预算对下转移支付预算分地区表", null, null, null],
        [null, null, null, "单位：万元"],
        ["地区", "合计", "一般性转移支付", "专项转移支付"],
        ["合计", 253286.56, 240426.42, 13400.14],
        ["伊州区", 90738.95, 86420.35, 4318.6],
        ["巴里坤哈萨克自治县", 97282.24, 92615.8, 5206.44],
        ["伊吾县", 65265.37, 61390.27, 3875.1],
        ["注：本表为市对县（区）一般公共预算转移支付预算数，不含上级提前下达后直接转拨县（区）的资金。", null, null, null],
      ],
      merges: ["A1:D1", "A8:D8"],
      numberFormats: { "B4:D7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "对下转移支付分地区表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "amount", C: "amount:一般性转移支付", D: "amount:专项转移支付" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "对下转移支付分地区表",
        cell: "B6",
        why: "巴里坤哈萨克自治县: 合计 97,282.24, its parts 92,615.80 + 5,206.44 = 97,822.24 (540.00 apart)",
      },
      {
        rule: "composition.total-mismatch",
        sheet: "对下转移支付分地区表",
        cell: "B4",
        why: "合计 row: 253,286.56 (= 90,738.95 + 97,282.24 + 65,265.37 as typed), but its parts across are 240,426.42 + 13,400.14 = 253,826.56 (the line's slip carried into the foot)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "对下转移支付分地区表", cell: "C4", why: "86,420.35 + 92,615.80 + 61,390.27 = 240,426.42" },
      { rule: "composition.total-mismatch", sheet: "对下转移支付分地区表", cell: "D4", why: "4,318.60 + 5,206.44 + 3,875.10 = 13,400.14" },
      { rule: "composition.total-mismatch", sheet: "对下转移支付分地区表", cell: "B5", why: "伊州区 86,420.35 + 4,318.60 = 90,738.95; 伊吾县 61,390.27 + 3,875.10 = 65,265.37" },
      { rule: "register.ineligible-location", why: "伊州区、巴里坤、伊吾 are 哈密市's own" },
      { rule: "input.unreadable-value", sheet: "对下转移支付分地区表", cell: "A8", why: "the note under the table" },
    ],
  },
};
