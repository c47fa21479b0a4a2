import type { CorpusLayout } from "../types";

// 青岛市财政局 2026-02-10: 2026年市级“三公”经费预算 as a 说明 page (totals, each line's change on 2025, the car line split
// into 运行维护费 | 购置费, the 租车费 set apart). Built as the office's usual table: 项目 | 2025年预算数 | 2026年预算数 | 增减额 | 增减率,
// 合计 first, the car line over its two 其中 parts. The 2026 运行维护费 typed 12,709.36 where its line needs 12,790.36.
export const layout: CorpusLayout = {
  id: "qingdao-2026-municipal-three-public-budget",
  source: {
    title: "2026年青岛市市级“三公”经费预算情况说明（“三公”经费预算表据说明拟）",
    url: "http://www.navlal.com/zwgk/xxgk/czj/flxx/yjs/202602/t20260210_10508563.shtml",
    publisher: "青岛市财政局",
    date: "2026-02-10",
    changes:
      "The page states the figures in prose (合计, each line with its change on 2025 and its reason, 公务用车 with 其中 运行维护费 and 购置费, " +
      "and a separate 一个月及以上的租车费) and an 注释 defining each line. The table is built from that prose in the layout the city's " +
      "三公 tables use (合计 first, numbered lines, 其中 parts under the car line); all figures are ours. The 注释 is shortened to a note " +
      "under the table, the 租车费 sentence kept as a note line. Planted: 2026 公务用车运行维护费 typed 12,709.36 (its line 13,650.80 " +
      "needs 12,790.36 beside 购置费 860.44). The 增减额 column was computed from the true figure and is left as published.",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column",
    "change-rate-column", "negative-differences", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-from-prose", "city-level", "shandong",
  ],
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14, 14, 12, 10],
      rows: [
        ["2026年市级“三公”经费财政拨款预算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2025年预算数", "2026年预算数", "增减额", "增减率"],
        ["合计", 14930.7, 15881.95, 951.25, "6.37%"],
        ["1.因公出国（境）费用", 1480, 1012.5, -467.5, "-31.59%"],
        ["2.公务用车购置及运行维护费", 11860.4, 13650.8, 1790.4, "15.10%"],
        ["  其中：公务用车运行维护费", 10720.25, 12709.36, 2070.11, "19.31%"],
        ["        公务用车购置费", 1140.15, 860.44, -279.71, "-24.53%"],
        ["3.公务接待费", 1590.3, 1218.65, -371.65, "-23.37%"],
        ["注：1.另安排一个月及以上的租车费1,432.60万元，比2025年增加28.40万元，不在上表“三公”经费内。", null, null, null, null],
        ["    2.公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过桥过路费、保险费等支出；公务用车购置费含车辆购置税、牌照费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10", "A11:E11"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2025年预算数", C: "initialBudget" },
        year: 2026,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C6",
        why: "2026 公务用车购置及运行维护费 13,650.80; its 其中 运行维护费 12,709.36 + 购置费 860.44 = 13,569.80 (81.00 less)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2026 合计 1,012.50 + 13,650.80 + 1,218.65 = 15,881.95: it adds the car line as typed, so the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "2025: 1,480.00 + 11,860.40 + 1,590.30 = 14,930.70" },
      { rule: "execution.total-mismatch", cell: "B6", why: "2025 car line 10,720.25 + 1,140.15 = 11,860.40" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a difference column, not a budget" },
      { rule: "execution.rate-mismatch", why: "增减率 is growth on last year's budget, not an execution rate" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.overspent", why: "the 2026 budget beside 2025's is a budget, not spending" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the note rows under the table are text, not lines" },
    ],
  },
};
