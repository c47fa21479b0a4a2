import type { CorpusLayout } from "../types";

// 天津市审计局 2023-08-29: 2022年度部门决算 — 第二部分 十一、项目支出决算表: each project with its budget, its spending and the rate.
export const layout: CorpusLayout = {
  id: "tianjin-audit-2022-project-expenditure-final-accounts",
  source: {
    title: "天津市审计局2022年度部门决算 — 十一、项目支出决算表",
    url: "https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jsgk/2022bmjs/202308/t20230829_6389325.html",
    publisher: "天津市审计局",
    date: "2023-08-29",
    changes:
      "As published: the report's table list (十一、项目支出决算表) and its 单位：万元. The stored copy shows the contents, not the table " +
      "body: the columns (项目名称 | 全年预算数 | 决算数 | 执行率) and the projects and figures are ours. Planted: 审计信息化运维 with a " +
      "budget of 96 and nothing spent; 聘请社会审计机构 spent 61.30 of 48.50 (126.39%); the 合计 决算数 typed 627.14 where the " +
      "projects add up to 617.14.",
  },
  classes: ["execution", "final-accounts", "project-lines", "department-level", "no-spending-line", "overspent-line", "total-slip", "year-end", "wanyuan-caption", "municipality", "tianjin"],
  settings: { asOf: "2023-08-29", district: "天津市" },
  sheets: [
    {
      name: "项目支出决算表",
      widths: [30, 14, 14, 12],
      rows: [
        ["2022年度项目支出决算表", null, null, null],
        ["部门：天津市审计局", null, null, "单位：万元"],
        ["项目名称", "全年预算数", "决算数", "执行率"],
        ["合计", 709.5, 627.14, "88.39%"],
        ["审计业务专项经费", 320, 312.64, "97.70%"],
        ["审计人员业务培训", 185, 185, "100.00%"],
        ["审计信息化运维", 96, 0, "0.00%"],
        ["内部审计指导监督", 60, 58.2, "97.00%"],
        ["聘请社会审计机构", 48.5, 61.3, "126.39%"],
        ["注：本表反映2022年度项目支出全年预算及决算情况。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 627.14 where 312.64 + 185.00 + 0 + 58.20 + 61.30 = 617.14: 10.00 too much" },
      { rule: "execution.no-spending", cell: "C7", why: "审计信息化运维: budget 96.00, spent 0 with the year over" },
      { rule: "execution.overspent", cell: "C9", why: "聘请社会审计机构 spent 61.30 of 48.50: 12.80 over (126.39%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "709.50 = 320 + 185 + 96 + 60 + 48.50" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "627.14 / 709.50 = 88.39%: the row agrees with its own (mistyped) total" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "312.64 / 320 = 97.70%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "61.30 / 48.50 = 126.39%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "97.70% is within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 carries no status of its own" },
      { rule: "input.unreadable-value", why: "部门：天津市审计局 is a caption; the note is text" },
    ],
  },
};
