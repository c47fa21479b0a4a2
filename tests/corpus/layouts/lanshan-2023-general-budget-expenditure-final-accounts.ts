import type { CorpusLayout } from "../types";

// 蓝山县 (永州, 湖南) 2023年政府决算公开: the 一般公共预算支出决算表 by 类 — 项目 | 调整预算数 | 决算数 | 占预算% | 比上年增长%,
// the share of the budget written as a bare number under a heading ending in %, the 合计 at the foot, a note under the table.
export const layout: CorpusLayout = {
  id: "lanshan-2023-general-budget-expenditure-final-accounts",
  source: {
    title: "蓝山县2023年政府决算公开（第二部分 预决算草案 2、一般公共预算支出决算表）",
    url: "http://admin.yzcity.gov.cn:8888/lanshan/czyjs/202404/97daca404c664ea2be49f4b9b7e6e611.shtml",
    publisher: "蓝山县财政局",
    date: "2024-04",
    changes:
      "The stored copy shows the report's text and its list of tables (2、一般公共预算支出决算表) but not the table itself. Kept from the text: " +
      "the budget being the adjusted one (占预算（预算调整数，下同）), the share written 占预算, growth 同口径增长, the first function " +
      "(一般公共服务支出 34,236万元). The layout (项目 | 调整预算数 | 决算数 | 占预算% | 比上年增长%, fifteen 类, 合计 at the foot) is the usual " +
      "county form; every other figure is ours (the published total 345,789万元 at 96.9% is not kept). Planted: 科学技术支出's share typed " +
      "98.95 where 4,030 / 4,200 = 95.95%; 住房保障支出 spent 9,460 against an adjusted budget of 9,100.",
  },
  classes: [
    "execution", "final-accounts", "government-final-accounts", "function-classification", "adjusted-budget-only", "rates-as-numbers",
    "percent-in-heading", "growth-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "county-summary", "hunan",
  ],
  settings: { district: "蓝山县" },
  sheets: [
    {
      name: "一般公共预算支出决算表",
      widths: [28, 14, 14, 12, 14],
      rows: [
        ["蓝山县2023年一般公共预算支出决算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "占预算%", "比上年增长%"],
        ["一般公共服务支出", 35600, 34236, 96.17, 3.1],
        ["公共安全支出", 14800, 14210, 96.01, 2.4],
        ["教育支出", 66500, 65120, 97.92, 4.6],
        ["科学技术支出", 4200, 4030, 98.95, 6.2],
        ["文化旅游体育与传媒支出", 5300, 5110, 96.42, -3.5],
        ["社会保障和就业支出", 58900, 57930, 98.35, 5.8],
        ["卫生健康支出", 42600, 41780, 98.08, 1.9],
        ["节能环保支出", 9800, 9390, 95.82, -6.4],
        ["城乡社区支出", 21400, 20650, 96.5, -2.2],
        ["农林水支出", 62300, 60480, 97.08, 3.7],
        ["交通运输支出", 12700, 12160, 95.75, 8.9],
        ["住房保障支出", 9100, 9460, 103.96, 12.5],
        ["灾害防治及应急管理支出", 3600, 3460, 96.11, -1.3],
        ["债务付息支出", 8900, 8870, 99.66, 4.0],
        ["其他支出", 1200, 1160, 96.67, -18.6],
        ["一般公共预算支出合计", 356900, 348046, 97.52, 2.8],
        ["注：占预算%为决算数占调整预算数的比例；比上年增长%按同口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A20:E20"],
      numberFormats: { "B4:C19": "#,##0", "D4:E19": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "科学技术支出 4,030 / 4,200 = 95.95%; 98.95 typed (3 points apart)" },
      { rule: "execution.overspent", cell: "C15", why: "住房保障支出 spent 9,460 against an adjusted budget of 9,100: 360万元 over (103.96%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B19", why: "the fifteen budgets add up to 356,900" },
      { rule: "execution.total-mismatch", cell: "C19", why: "the fifteen 决算数 add up to 348,046" },
      { rule: "execution.rate-mismatch", cell: "D19", why: "348,046 / 356,900 = 97.52%, as typed" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on 2022, never the execution rate" },
      { rule: "execution.behind-schedule", cell: "D14", why: "2023 is closed (time progress 100%): 交通运输支出 at 95.75% is 4.25 points short, within 5; every other line is nearer" },
      { rule: "execution.overspent", cell: "C19", why: "a 合计 row gets no spending status of its own (97.52% anyway)" },
      { rule: "execution.no-spending", why: "every line spent" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
