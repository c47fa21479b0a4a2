import type { CorpusLayout } from "../types";

// 2022年新邵县政府决算公开 (邵阳, 湖南): report, notes and 28 tables, the 27th the 财政拨款本级“三公”经费决算表. The stored page lists it but does not
// show its grid: set out as county final accounts publish it — 项目 | 预算数 | 决算数 | 决算数比预算数增减, 合计 first, the car line over its
// 其中 购置费 | 运行费.
export const layout: CorpusLayout = {
  id: "xinshao-2022-county-three-public-final-accounts",
  source: {
    title: "2022年新邵县政府决算公开（27、财政拨款本级“三公”经费决算表）",
    url: "https://admin.shaoyang.gov.cn/xinshao/zfjsgkr/202311/cdd6f5f92f6b4ac39d58fc8b58032cb9.shtml",
    publisher: "新邵县财政局",
    date: "2023-11",
    changes:
      "As published: the contents (table 27 and the note 财政拨款本级“三公”经费决算执行情况说明) and the report's date. The table's grid is not in the " +
      "stored copy: lines as the 三公 form names them, every figure ours. Planted: 公务接待费 spent 512.30 of a 500.00 budget; the 合计 决算数 " +
      "typed 1,690.82 where 0 + 1,188.52 + 512.30 = 1,700.82.",
  },
  classes: ["execution", "final-accounts", "three-public", "total-row-first", "qizhong-lines", "indented-sibling-under-qizhong", "change-column", "zero-line", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-level", "hunan"],
  settings: { district: "新邵县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 18],
      rows: [
        ["2022年新邵县财政拨款本级“三公”经费决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["合计", 1830, 1690.82, -139.18],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 1330, 1188.52, -141.48],
        ["其中：公务用车购置费", 180, 176.4, -3.6],
        ["      公务用车运行费", 1150, 1012.12, -137.88],
        ["3.公务接待费", 500, 512.3, 12.3],
        ["注：本表反映县本级一般公共预算财政拨款安排的“三公”经费；公务接待费超预算主要是承接上级检查及招商活动增加。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 512.30 of 500.00: 12.30万元 over (a ceiling line still counts overspending)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 1,690.82 where 0 + 1,188.52 + 512.30 = 1,700.82: 10.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 1,330.00 + 500.00 = 1,830.00" },
      { rule: "execution.total-mismatch", cell: "C6", why: "176.40 + 1,012.12 = 1,188.52; budget 180 + 1,150 = 1,330" },
      { rule: "execution.total-mismatch", cell: "D4", why: "决算数比预算数增减 is a change column, no amount" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and the year is closed: spending below them is economy" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "C4", why: "a 合计 row gets no spending status of its own" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row: 1,690.82 is below 1,830.00 (and a total gets no status of its own)" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no line" },
    ],
  },
};
