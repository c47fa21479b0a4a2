import type { CorpusLayout } from "../types";

// 天津市滨海新区海洋局 2023 部门决算, 十一、项目支出决算表 (one of Tianjin's eleven tables): each project's full-year budget beside
// what it spent, the spending split by source under a merged 决算数 header (合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 其他资金),
// a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "tianjin-binhai-2023-ocean-bureau-project-expenditure",
  source: {
    title: "天津市滨海新区海洋局2023年度部门决算（第二部分 十一、项目支出决算表）",
    url: "https://hyj.tjbh.gov.cn/contents/13936/288433.html",
    publisher: "天津市滨海新区海洋局",
    changes:
      "The table's title and its place among the eleven tables (… 十、财政拨款“三公”经费支出决算表, 十一、项目支出决算表, 十二、关于空表的说明) and the " +
      "bureau's duties are as published; the stored copy shows the contents, not the table body, so the columns (项目名称 | 全年预算数 | " +
      "决算数: 合计 / 一般公共预算财政拨款 / 政府性基金预算财政拨款 / 其他资金), the 栏次 row, the 合计-first order, the caption and the note " +
      "are ours, laid out as Tianjin's 决算 tables are, and so are the six projects (named from the bureau's duties) and every amount. " +
      "Planted: 海洋生态修复项目 spent 436.20 of a 420.00 budget; 海洋执法船艇运维 合计 123.60 where its parts add up to 120.60; 合计 " +
      "全年预算数 941.50 where the projects add up to 931.50.",
  },
  classes: ["execution", "final-accounts", "by-project", "budget-and-actual", "source-of-funds-parts", "merged-header-over-four", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "tianjin"],
  settings: { asOf: "2024-09-30" },
  sheets: [
    {
      name: "项目支出决算表",
      widths: [30, 14, 14, 18, 18, 12],
      rows: [
        ["项目支出决算表", null, null, null, null, null],
        ["部门：天津市滨海新区海洋局", null, null, "2023年度", null, "单位：万元"],
        ["项目名称", "全年预算数", "决算数", null, null, null],
        [null, null, "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "其他资金"],
        ["栏次", 1, 2, 3, 4, 5],
        ["合计", 941.5, 935.4, 620.4, 300, 12],
        ["海洋灾害预警报能力建设", 186, 178.4, 178.4, null, null],
        ["海域使用动态监视监测", 95.5, 95.5, 95.5, null, null],
        ["海洋生态修复项目", 420, 436.2, 136.2, 300, null],
        ["海岸线保护与利用规划编制", 60, 57.6, 57.6, null, null],
        ["海洋执法船艇运维", 125, 123.6, 108.6, null, 12],
        ["海洋经济运行监测与评估", 45, 44.1, 44.1, null, null],
        ["注：本表反映部门本年度项目支出的全年预算和决算情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:F3", "A13:F13"],
      numberFormats: { "B6:F12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "actual:一般公共预算财政拨款", E: "actual:政府性基金预算财政拨款", F: "actual:其他资金" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "海洋生态修复项目 spent 436.20 against a full-year budget of 420.00: 16.20万元 over" },
      { rule: "execution.total-mismatch", cell: "C11", why: "海洋执法船艇运维 合计 123.60 where 108.60 + 12.00 = 120.60: 3.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "B6", why: "合计 全年预算数 941.50 where 186.00 + 95.50 + 420.00 + 60.00 + 125.00 + 45.00 = 931.50: 10.00万元 too much" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 935.40 = the projects' 合计 as stated (a total row's parts are checked by column only)" },
      { rule: "execution.total-mismatch", cell: "D6", why: "620.40 = 178.40 + 95.50 + 136.20 + 57.60 + 108.60 + 44.10" },
      { rule: "execution.total-mismatch", cell: "E6", why: "300.00, 海洋生态修复项目's only" },
      { rule: "execution.total-mismatch", cell: "C9", why: "436.20 = 136.20 + 300.00" },
      { rule: "execution.overspent", cell: "C6", why: "合计 gets no spending status (and 935.40 is within 941.50)" },
      { rule: "execution.overspent", cell: "C5", why: "row 5 is the 栏次 row (2 against 1 is two column numbers)" },
      { rule: "execution.behind-schedule", why: "every project spent 95.9% or more of its budget by the year's end" },
      { rule: "execution.no-spending", why: "every project has spent" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "2023年度, the 栏次 label and the note are not amounts" },
    ],
  },
};
