import type { CorpusLayout } from "../types";

// 宁德市蕉城区财政局 2023-10: 2022年区本级财政总决算相关重要事项说明 — the spending stated in prose by 类 and 款 with growth on the
// year before. Built as the 决算 table the statement describes: 科目编码 | 科目名称 | 调整预算数 | 决算数 | 决算数为调整预算数% | 比上年增长%,
// the 类 row 一般公共服务支出 a subtotal over its 款 rows.
export const layout: CorpusLayout = {
  id: "jiaocheng-2022-general-budget-final-accounts",
  source: {
    title: "蕉城区2022年区本级财政总决算相关重要事项说明 — 一般公共预算支出决算表（表据说明拟）",
    url: "http://www.gibraltarinsight.com/zwgk/czzj/zfyjsgk/zfjsgk/202310/t20231017_1872322.htm",
    publisher: "宁德市蕉城区财政局",
    date: "2023-10-17",
    changes:
      "As published: the wording (区本级一般公共预算支出数, 占调整预算数%, 较上年增支/增长), the 类 / 款 names in the statement's order and " +
      "the 决算数 of 一般公共服务支出 (48639万元) and of its first four 款 (人大事务1087, 政协事务805, 政府办公厅（室）及相关机构事务18524, 发展与改革事务" +
      "4374) with their growth rates. The statement is prose and shows no 调整预算 by line; the table, the budgets, the other lines " +
      "(其他一般公共服务支出 as the rest, four further 类) and their figures are ours (the statement's total 459989万元 at 115.8% is not kept). " +
      "Planted: 发展与改革事务 spent 4,374 of 4,300 (101.72%); 卫生健康支出's rate typed 97.75 where 38,215 / 38,700 = 98.75%.",
  },
  classes: [
    "execution", "final-accounts", "subject-codes", "class-and-item-rows", "subtotal-class-row", "adjusted-budget-only", "growth-rate-column",
    "two-rate-columns", "rates-as-numbers", "two-decimal-rates", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "table-from-prose", "district-budget", "fujian",
  ],
  sheets: [
    {
      name: "支出决算",
      widths: [10, 30, 14, 14, 18, 14],
      rows: [
        ["2022年蕉城区本级一般公共预算支出决算表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["科目编码", "科目名称", "调整预算数", "决算数", "决算数为调整预算数%", "比上年增长%"],
        ["201", "一般公共服务支出", 49200, 48639, 98.86, -9.8],
        ["20101", "　人大事务", 1120, 1087, 97.05, 23.1],
        ["20102", "　政协事务", 830, 805, 96.99, 30.3],
        ["20103", "　政府办公厅（室）及相关机构事务", 18900, 18524, 98.01, -11.8],
        ["20104", "　发展与改革事务", 4300, 4374, 101.72, -2.7],
        ["20199", "　其他一般公共服务支出", 24050, 23849, 99.16, -8.6],
        ["205", "教育支出", 98500, 97860, 99.35, 6.4],
        ["208", "社会保障和就业支出", 61300, 60950, 99.43, 11.2],
        ["210", "卫生健康支出", 38700, 38215, 97.75, 4.9],
        ["213", "农林水支出", 52600, 51980, 98.82, -3.1],
        [null, "支出合计", 300300, 297644, 99.12, 2.3],
        ["注：决算数含上级补助收入、上年结转和一般债券安排的支出。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A15:F15"],
      numberFormats: { "C4:D14": "#,##0", "E4:F14": "0.00" },
    },
  ],
  settings: { asOf: "2022-12-31", district: "蕉城区" },
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D8", why: "发展与改革事务 4,374 spent of an adjusted budget of 4,300: 74万元 over (101.72%)" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "卫生健康支出 38,215 / 38,700 = 98.75%, typed 97.75" },
    ],
    absent: [
      { rule: "execution.total-mismatch", why: "201's 款 add to 49,200 / 48,639 as its row states; the 类 rows add to 300,300 / 297,644 as 支出合计 states (the 款 not counted again)" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "比上年增长% is a growth on last year, not a share of the budget (−9.8 is no execution rate)" },
      { rule: "execution.overspent", cell: "D4", why: "一般公共服务支出 48,639 is under its 49,200, though one of its 款 overspent" },
      { rule: "execution.behind-schedule", why: "final accounts at year end: every line at 96.99% or more" },
      { rule: "input.unreadable-value", why: "the note is text; the codes are text" },
    ],
  },
};
