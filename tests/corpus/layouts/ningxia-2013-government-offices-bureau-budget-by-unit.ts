import type { CorpusLayout } from "../types";

// 宁夏回族自治区人民政府机关事务管理局 2013 部门预算: its 收支总预算 by budget unit (本级, 泾河源山庄管理处, 机关幼儿园) beside 2012's, with
// the change as 金额 | 幅度 under one merged heading, 合计 first — the figures the budget's explanation gives in its text, set out as the
// unit table they come from.
export const layout: CorpusLayout = {
  id: "ningxia-2013-government-offices-bureau-budget-by-unit",
  source: {
    title: "自治区人民政府机关事务管理局2013年部门预算（部门收支预算分单位情况表据正文拟）",
    url: "http://www.budgetofchina.com/wap/show.asp?id=3650",
    publisher: "宁夏回族自治区人民政府机关事务管理局",
    date: "2013",
    changes: "As published (in the text of the budget's explanation): the bureau and its budget units — 本级, the 二级拨款单位 区泾河源山庄管理处 and 自治区政府机关幼儿园 —, the 2013 收支总预算 4,471.22万元 with 250万元 for the 山庄 and 537.31万元 for the kindergarten, and the rise on 2012 of 755.18万元 (20.32%). Ours: the table itself (the stored copy is prose), 本级's 3,683.91 as the rest, the 2012 split by unit and the changes by unit. Planted: the kindergarten typed 573.31 (digits swapped from the published 537.31), so the lines add up to 4,507.22 against the 合计 4,471.22; its 增减额 57.31 left as computed from 537.31.",
  },
  classes: ["execution", "budget-only", "units-as-rows", "previous-year-column", "change-columns", "merged-two-row-header", "total-row-first", "rates-as-text", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "provincial-department", "ningxia"],
  sheets: [
    {
      name: "分单位预算",
      widths: [34, 14, 14, 12, 10],
      rows: [
        ["自治区人民政府机关事务管理局2013年部门收支预算分单位情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["单位名称", "2013年预算数", "2012年预算数", "比上年增减", null],
        [null, null, null, "金额", "幅度"],
        ["合计", 4471.22, 3716.04, 755.18, "20.32%"],
        ["自治区人民政府机关事务管理局本级", 3683.91, 3006.04, 677.87, "22.55%"],
        ["区泾河源山庄管理处", 250.0, 230.0, 20.0, "8.70%"],
        ["自治区政府机关幼儿园", 573.31, 480.0, 57.31, "11.94%"],
        ["注：本级含所属正处级事业单位自治区政府机关服务中心；区泾河源山庄管理处为二级拨款单位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A9:E9"],
      numberFormats: {"B5:D8": "#,##0.00"},
    },
  ],
  expect: {
    tables: [
      {"sheet": "分单位预算", "kind": "execution", "unit": "万元", "headerRow": 3, "lastRow": 8, "columns": {"A": "line", "B": "initialBudget", "C": "initialBudget:2012年预算数"}, "year": 2013},
    ],
    findings: [
      {"rule": "execution.total-mismatch", "sheet": "分单位预算", "cell": "B5", "why": "2013 合计 4,471.22 where 3,683.91 + 250.00 + 573.31 = 4,507.22: 36.00 apart"},
    ],
    absent: [
      {"rule": "execution.total-mismatch", "sheet": "分单位预算", "cell": "C5", "why": "2012 合计 3,716.04 = 3,006.04 + 230.00 + 480.00"},
      {"rule": "execution.total-mismatch", "sheet": "分单位预算", "cell": "D5", "why": "比上年增减 金额 is a change, no budget: 677.87 + 20.00 + 57.31 = 755.18 in any case"},
      {"rule": "execution.total-mismatch", "sheet": "分单位预算", "cell": "D8", "why": "a change column (57.31 beside 573.31 − 480.00) is neither a budget nor a line's amount"},
      {"rule": "execution.rate-mismatch", "sheet": "分单位预算", "cell": "E5", "why": "幅度 is growth on last year, never an execution rate"},
      {"rule": "execution.overspent", "sheet": "分单位预算", "cell": "B6", "why": "2013's budget above 2012's is a rise, not spending above a budget"},
      {"rule": "execution.no-spending", "why": "a budget alone: no spending column"},
      {"rule": "execution.behind-schedule", "why": "a budget alone: nothing is measured against time"},
      {"rule": "input.unreadable-value", "sheet": "分单位预算", "cell": "A9", "why": "the note under the table is no line"},
    ],
  },
};
