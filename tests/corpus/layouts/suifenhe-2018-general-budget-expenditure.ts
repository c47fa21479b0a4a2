import type { CorpusLayout } from "../types";

// 黑龙江 绥芬河市财政局 2018-01-22: 2018年政府预算公开 — its second table, 2018年一般公共预算支出表, the year's budget by
// function (类), split 基本支出 / 项目支出, the 合计 row on top. A budget-only table: read as execution with initialBudget columns.
export const layout: CorpusLayout = {
  id: "suifenhe-2018-general-budget-expenditure",
  source: {
    title: "绥芬河市2018年政府预算公开 — 2.2018年一般公共预算支出表",
    url: "https://www.suifenhe.gov.cn/zfxxgk/contents/4159/93427.html",
    publisher: "绥芬河市财政局",
    date: "2018-01-22",
    changes:
      "As published: the table's name in the list of 2018年政府预算公开相关报表 (2.2018年一般公共预算支出表). The stored page gives the list, " +
      "not the table body: the layout (科目编码 | 科目名称 | 预算数 合计 / 基本支出 / 项目支出, 合计 row first, 单位：万元) and every figure " +
      "are ours. Planted: 社会保障和就业支出 typed 11,810 where 4,360 + 6,820 = 11,180 (digits swapped), so the 合计 column's " +
      "foot 68,630 (= 38,090 + 30,540, right across) no longer equals its lines as typed (69,260).",
  },
  classes: ["execution", "budget-only", "by-function", "subject-codes", "total-row-first", "basic-project-split", "transposed-digits", "wanyuan-caption", "county-level-city", "heilongjiang"],
  settings: { asOf: "2018-01-22", district: "绥芬河市" },
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [10, 26, 14, 14, 14],
      rows: [
        ["2018年一般公共预算支出表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "2018年预算数", null, null],
        [null, null, "合计", "基本支出", "项目支出"],
        [null, "合计", 68630, 38090, 30540],
        [201, "一般公共服务支出", 10990, 8650, 2340],
        [203, "国防支出", 120, 0, 120],
        [204, "公共安全支出", 7070, 5210, 1860],
        [205, "教育支出", 15630, 12480, 3150],
        [207, "文化体育与传媒支出", 1660, 1020, 640],
        [208, "社会保障和就业支出", 11810, 4360, 6820],
        [210, "医疗卫生与计划生育支出", 5420, 2970, 2450],
        [212, "城乡社区支出", 11410, 1540, 9870],
        [213, "农林水支出", 5150, 1860, 3290],
        ["注：本表反映2018年一般公共预算支出安排情况，按支出功能分类科目列示到类级。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3", "A15:E15"],
      numberFormats: { "C5:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C11", why: "社会保障和就业 合计 11,810 where 基本支出 4,360 + 项目支出 6,820 = 11,180: 630 too much" },
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 column foot 68,630 where its lines as typed add up to 10,990 + 120 + 7,070 + 15,630 + 1,660 + 11,810 + 5,420 + 11,410 + 5,150 = 69,260" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 38,090 = 8,650 + 0 + 5,210 + 12,480 + 1,020 + 4,360 + 2,970 + 1,540 + 1,860" },
      { rule: "execution.total-mismatch", cell: "E5", why: "项目支出 30,540 = 2,340 + 120 + 1,860 + 3,150 + 640 + 6,820 + 2,450 + 9,870 + 3,290" },
      { rule: "execution.total-mismatch", cell: "C6", why: "10,990 = 8,650 + 2,340 (the other lines agree across likewise)" },
      { rule: "execution.no-spending", why: "a budget table has no spending column: nothing is measured" },
      { rule: "execution.behind-schedule", why: "no spending column" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", why: "科目编码 201… are codes; the note is text" },
    ],
  },
};
