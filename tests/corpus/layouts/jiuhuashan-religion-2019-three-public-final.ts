import type { CorpusLayout } from "../types";

// 九华山风景区宗教事务局 (池州市, 安徽): its 2019 一般公共预算财政拨款“三公”经费支出决算表 — 项目 | 预算数 | 决算数, 合计 first,
// 公务用车 split 其中 into 运行维护费 and 购置, a note on why 决算 fell short of 预算 under the table.
export const layout: CorpusLayout = {
  id: "jiuhuashan-religion-2019-three-public-final",
  source: {
    title: "九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出决算情况说明（一、“三公”经费支出决算表）",
    url: "http://gztopstudy.com/OpennessContent/download/937614.html",
    publisher: "九华山风景区宗教事务局",
    date: "2020",
    changes:
      "As published: the title, 单位：万元, the header 项 目 | 预 算 数 | 决 算 数 (spaced as printed), 合计 first, the four lines with " +
      "“其中：公务用车运行维护费” and 公务用车购置 under 公务用车购置及运行费, a note under the table. Figures are ours (the page shows 18 / 6.28). " +
      "Planted: 公务接待费 spent above its budget (6.42 > 6); the 决算 合计 typed 17.26 where the lines give 17.62.",
  },
  classes: ["execution", "three-public", "final-accounts", "total-row-first", "qizhong-split", "spaced-header-words", "zero-budget-line", "notes-under-table", "wanyuan-caption", "two-decimals", "department-final-account", "anhui"],
  settings: { district: "池州市" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [34, 14, 14],
      rows: [
        ["九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出决算表", null, null],
        ["单位：万元", null, null],
        ["项 目", "预 算 数", "决 算 数"],
        ["合 计", 20, 17.26],
        ["因公出国（境）费", 0, 0],
        ["公务接待费", 6, 6.42],
        ["公务用车购置及运行费", 14, 11.2],
        ["其中：公务用车运行维护费", 10, 8.7],
        ["公务用车购置", 4, 2.5],
        ["注：本表为局本级“三公”经费决算数；决算数小于预算数主要是严格执行中央八项规定精神，压减不必要开支。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 17.26 ≠ 0 + 6.42 + 11.20 = 17.62 (the 其中 lines are inside 11.20)" },
      { rule: "execution.overspent", cell: "C6", why: "公务接待费 spent 6.42 against a budget of 6 (a ceiling exceeded)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 20 = 0 + 6 + 14; the 其中 rows (10 + 4 = 14) are not added again" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 11.20 = 8.70 + 2.50, its 其中 parts" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0 / 0): nothing was to be spent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a final account is measured at the year's end" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is prose, not a line" },
    ],
  },
};
