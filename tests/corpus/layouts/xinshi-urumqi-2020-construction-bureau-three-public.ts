import type { CorpusLayout } from "../types";

// 新疆 乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）建设局 2021-09-20: 2020年度部门决算公开说明 — 第四部分 lists the nine 决算报表
// (附表), the seventh being 《一般公共预算财政拨款“三公”经费支出决算表》. Laid out as that table in the vertical form the 说明 describes it in:
// 公开07表, 部门 and unit line, 项目 | 预算数 | 决算数, a 栏次 row, 合计 first, the car line split 其中.
export const layout: CorpusLayout = {
  id: "xinshi-urumqi-2020-construction-bureau-three-public",
  source: {
    title: "乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）建设局2020年度部门决算公开说明（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://uhdz.gov.cn/zfxxgk/fdzdgknr/czxx/yjsgk/gxqxsqhzdwyjgs/gxqxsqjsj/content_12669",
    publisher: "乌鲁木齐高新区（新市区）财政局",
    date: "2021-09-20",
    changes:
      "As published: the bureau's name, the 说明's outline and the name of its 表7. The stored copy does not show the 附表: the table's figures, the 栏次 row, " +
      "the note and the vertical arrangement are ours. Planted: 公务接待费 spent 4.18 of a 4.00 budget; the 决算 合计 typed 25.14 where its lines add up to 26.14.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "column-number-row", "form-code-line", "department-line", "zero-budget-line", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "past-year", "table-from-notice", "district-department", "xinjiang"],
  settings: { district: "新市区" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [32, 14, 14],
      rows: [
        ["乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）建设局2020年度一般公共预算财政拨款“三公”经费支出决算表", null, null],
        [null, null, "公开07表"],
        ["部门：乌鲁木齐高新技术产业开发区（乌鲁木齐市新市区）建设局", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 28.6, 25.14],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 24.6, 21.96],
        ["  其中：公务用车购置费", 0, 0],
        ["        公务用车运行费", 24.6, 21.96],
        ["3.公务接待费", 4, 4.18],
        ["注：2020年度国内公务接待12批次、96人次；公务用车保有量6辆。本表反映部门本年度一般公共预算财政拨款“三公”经费支出预决算情况。", null, null],
      ],
      merges: ["A1:C1", "A3:B3", "A12:C12"],
      numberFormats: { "B6:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算 合计 25.14 where 0 + 21.96 + 4.18 = 26.14 (1.00 off)" },
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 spent 4.18 of a 4.00 budget (0.18 over; a ceiling line may be overspent)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "0 + 24.60 + 4.00 = 28.60" },
      { rule: "execution.total-mismatch", cell: "C8", why: "购置 0 + 运行 21.96 = 21.96; budgets 0 + 24.60 = 24.60" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; 2020 is over" },
      { rule: "execution.no-spending", cell: "C7", why: "因公出国（境）费 budget 0: nothing budgeted" },
      { rule: "execution.no-spending", cell: "C9", why: "公务用车购置费 budget 0: nothing budgeted" },
      { rule: "execution.overspent", cell: "C6", why: "a total row gets no spending status of its own (its lines do)" },
      { rule: "input.unreadable-value", why: "the 栏次 row (1, 2), 公开07表 and the 部门 line are no data" },
    ],
  },
};
