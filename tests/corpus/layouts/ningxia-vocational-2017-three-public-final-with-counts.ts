import type { CorpusLayout } from "../types";

// 宁夏职业技术学院（宁夏广播电视大学）2017年度部门决算, 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表: the rows form — 项目 |
// 预算数 | 决算数, a 栏次 row, 一、“三公”经费支出合计 first with 1.–3. and the car line's （1）（2） halves, then 二、相关统计数 (团组数,
// 保有量, 接待批次 …) counted under the money lines.
export const layout: CorpusLayout = {
  id: "ningxia-vocational-2017-three-public-final-with-counts",
  source: {
    title: "2017年度宁夏职业技术学院（宁夏电大）部门决算（七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://pdf.wenkuvip.com/archives/bqg98jldqrmgj2xm7pe6.html",
    publisher: "宁夏职业技术学院（宁夏广播电视大学） (PDF stored on wenkuvip.com)",
    date: "2018",
    changes:
      "As published: the college (with its second name 宁夏广播电视大学), the year, the 决算 series' eight tables and this one's name " +
      "(七、一般公共预算财政拨款“三公”经费支出决算表). The stored copy shows the 目录 and the college's 职责 only: the grid (the rows form with " +
      "its 相关统计数 block, 公开07表) and every figure and count are ours. Planted: 公务接待费 spent 5.90 against a 5.00 budget.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "rows-form", "column-number-row", "total-first", "numbered-halves",
    "statistics-block-under-table", "dash-as-nothing", "two-decimal-wanyuan", "wanyuan-caption", "table-not-in-stored-copy", "university", "ningxia",
  ],
  sheets: [
    {
      name: "公开07表",
      widths: [36, 14, 14],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null],
        [null, null, "公开07表"],
        ["部门：宁夏职业技术学院（宁夏广播电视大学）", "2017年度", "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["一、“三公”经费支出合计", 28.6, 27.95],
        ["1.因公出国（境）费", 6, 4.82],
        ["2.公务用车购置及运行费", 17.6, 17.23],
        ["  （1）公务用车购置费", 0, 0],
        ["  （2）公务用车运行费", 17.6, 17.23],
        ["3.公务接待费", 5, 5.9],
        ["二、相关统计数", "—", "—"],
        ["1.因公出国（境）团组数（个）", "—", 2],
        ["2.因公出国（境）人次数（人）", "—", 6],
        ["3.公务用车保有量（辆）", "—", 9],
        ["4.国内公务接待批次（个）", "—", 86],
        ["5.国内公务接待人次（人）", "—", 540],
        ["注：“三公”经费决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null],
      ],
      merges: ["A1:C1", "A18:C18"],
      numberFormats: { "B6:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 5.90 spent against its 5.00 budget: 0.90万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算 合计 27.95 = 4.82 + 17.23 + 5.90" },
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 合计 28.60 = 6.00 + 17.60 + 5.00" },
      { rule: "execution.total-mismatch", cell: "C8", why: "17.23 = 购置费 0 + 运行费 17.23" },
      { rule: "execution.overspent", cell: "C6", why: "the 合计 row gets no status of its own (27.95 of 28.60 anyway)" },
      { rule: "execution.total-mismatch", cell: "C17", why: "the 相关统计数 block counts 团组, 车辆 and 批次; its 2, 6, 9, 86, 540 are no money and no part of the 合计" },
      { rule: "execution.overspent", cell: "C16", why: "86 接待批次 is a count with no budget (—), not spending" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (因公出国 4.82 of 6.00 is economy)" },
      { rule: "execution.no-spending", why: "购置费 is budgeted 0: nothing budgeted went unspent" },
      { rule: "input.unreadable-value", cell: "B13", why: "— marks no budget for a count" },
    ],
  },
};
