import type { CorpusLayout } from "../types";

// 浙江省交通运输厅 2019: the department's 预算执行 by unit at the year's end (the report names the units above the 91% target and
// those below 80%). Built from the prose as a grid 序号 | 单位 | 预算数 | 支出数 | 执行率 with the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "zhejiang-transport-2019-unit-budget-execution",
  source: {
    title: "2019年省级交通运输部门预算支出执行情况（分单位执行表据正文拟）",
    url: "http://m.jt868.com/show-54-22-15683-1.html",
    publisher: "浙江省交通运输厅",
    date: "2020",
    changes:
      "Built from the prose (table from prose): the page names the units and says which reached 91% and which stayed under 80%; the " +
      "grid, the unit caption and every figure are ours (seven units). Planted: 省交通宣传服务中心's rate typed 71.65% (398.60 / 520.00 = " +
      "76.65%); the 合计 支出数 typed 32,195.60 against lines of 32,159.60. Year-end: four units under 95% are behind the 100% time progress.",
  },
  classes: ["execution", "execution-by-unit", "units-as-lines", "year-end", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "percent-format-rates", "notes-under-table", "table-from-prose", "news-report", "provincial-department", "zhejiang"],
  settings: { asOf: "2019-12-31" },
  sheets: [
    {
      name: "执行情况",
      widths: [8, 28, 14, 14, 12],
      rows: [
        ["2019年省交通运输厅厅属各单位预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位", "预算数", "支出数", "执行率"],
        [1, "省港航管理中心", 12850.0, 12563.4, 0.9777],
        [2, "省公路与运输管理中心", 9420.0, 9176.3, 0.9741],
        [3, "省交通运输厅幼儿园", 386.0, 377.5, 0.978],
        [4, "浙江交通技师学院", 5210.0, 4795.2, 0.9204],
        [5, "省交通运输厅（本级）", 3640.0, 3345.9, 0.9192],
        [6, "省交通宣传服务中心", 520.0, 398.6, 0.7165],
        [7, "省交通信息中心", 1980.0, 1502.7, 0.7589],
        ["合计", null, 34006.0, 32195.6, 0.9457],
        ["注：支出数含上年结余资金支出；执行率考核目标为91%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:B11", "A12:E12"],
      numberFormats: { "C4:D11": "#,##0.00", "E4:E11": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "执行情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "执行情况", cell: "E9", why: "398.60 / 520.00 = 76.65%, stated 71.65%" },
      { rule: "execution.total-mismatch", sheet: "执行情况", cell: "D11", why: "合计 支出数 32,195.60 ≠ 12,563.40 + 9,176.30 + 377.50 + 4,795.20 + 3,345.90 + 398.60 + 1,502.70 = 32,159.60" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E7", why: "92.04% against 100% time progress at 2019-12-31 (7.96 points behind)" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E8", why: "91.92% against 100% (8.08 points behind)" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E9", why: "76.65% against 100%" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E10", why: "75.89% against 100%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "执行情况", cell: "C11", why: "预算数 34,006.00 = the seven units' budgets" },
      { rule: "execution.rate-mismatch", sheet: "执行情况", cell: "E11", why: "94.57% agrees with 32,159.60 / 34,006.00, the 合计 as its lines add up: the slip is reported once, at D11" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E4", why: "97.77% is within 5 points of 100%" },
      { rule: "execution.behind-schedule", sheet: "执行情况", cell: "E11", why: "a total row gets no spending status of its own" },
      { rule: "execution.overspent", sheet: "执行情况", why: "no unit spent above its budget" },
      { rule: "input.unreadable-value", sheet: "执行情况", cell: "A12", why: "the note under the table is text" },
    ],
  },
};
