import type { CorpusLayout } from "../types";

// 荣昌区交通运输委员会 2026-02-27: 2026年单位预算情况说明 — 收入合计 5955.76万元 (一般公共预算拨款 5838.92, 政府性基金预算拨款 26.84, 国有资本
// 经营预算收入 0, 财政专户管理资金收入 0, 事业收入 0, 其他收入 90), 较去年减少 30084.94 (一般公共预算 −30177.48, 政府性基金 +2.54). Laid out as
// the 收入预算增减对比表 such explanations carry: 项目 | 2025年预算数 | 2026年预算数 | 增减额 | 增减%, 收入合计 at the foot.
export const layout: CorpusLayout = {
  id: "rongchang-transport-commission-2026-revenue-budget-change",
  source: {
    title: "重庆市荣昌区交通运输委员会2026年单位预算情况说明（收入预算增减对比表，表据正文拟）",
    url: "http://www.rongchang.gov.cn/bm/qjtj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202602/t20260227_15459763.html",
    publisher: "重庆市荣昌区交通运输委员会",
    date: "2026-02-27",
    changes:
      "The stored page states the 2026 income by source and its change from 2025 in prose, no table. The comparison table (项目 | 2025年预算数 | " +
      "2026年预算数 | 增减额 | 增减%, 收入合计 at the foot, 单位：万元) is laid out from it; the 2025 figures are the page's 2026 figures less its " +
      "changes (36,016.40 + 24.30 = 36,040.70; 其他收入 0 in 2025, so its change is the 90.00 the prose leaves out). Planted: the 2026 收入合计 " +
      "typed 5,955.67 where the page's sources add up to 5,955.76 (digits swapped); the 增减额 foot keeps the page's −30,084.94.",
  },
  classes: [
    "execution", "budget-only", "unit-budget", "income-by-source", "prior-year-budget-column", "change-columns", "percent-as-text",
    "dash-as-nothing", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose",
    "transposed-digits", "district-department", "chongqing",
  ],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "收入预算增减对比表",
      widths: [24, 14, 14, 14, 10],
      rows: [
        ["重庆市荣昌区交通运输委员会2026年收入预算增减对比表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2025年预算数", "2026年预算数", "增减额", "增减%"],
        ["一般公共预算拨款", 36016.4, 5838.92, -30177.48, "-83.79%"],
        ["政府性基金预算拨款", 24.3, 26.84, 2.54, "10.45%"],
        ["国有资本经营预算收入", 0, 0, 0, "—"],
        ["财政专户管理资金收入", 0, 0, 0, "—"],
        ["事业收入", 0, 0, 0, "—"],
        ["其他收入", 0, 90, 90, "—"],
        ["收入合计", 36040.7, 5955.67, -30084.94, "-83.47%"],
        ["注：收入减少主要是一般公共预算经费拨款减少（上年含交通基础设施建设项目资金）。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "B4:D10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入预算增减对比表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", C: "initialBudget" },
        year: 2026,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C10",
        why: "2026 收入合计 typed 5,955.67; its lines 5,838.92 + 26.84 + 0 + 0 + 0 + 90.00 = 5,955.76 (0.09 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B10", why: "2025: 36,016.40 + 24.30 + 0 + 0 + 0 + 0 = 36,040.70" },
      { rule: "execution.total-mismatch", cell: "D10", why: "增减额 −30,177.48 + 2.54 + 0 + 0 + 0 + 90.00 = −30,084.94" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "增减% compares two years' budgets: −30,177.48 / 36,016.40 = −83.79%, no execution rate" },
      { rule: "execution.overspent", why: "no spending column: the 2026 budget against the 2025 one is no spending" },
      { rule: "execution.no-spending", why: "a budget for the year ahead: nothing is spent yet" },
      { rule: "input.unreadable-value", cell: "E6", why: "— is nothing: no change rate over a zero base" },
    ],
  },
};
