import type { CorpusLayout } from "../types";

// 淮北市杜集区 杜集经济开发区管委会 2020-02: 2020年部门“三公”经费预算 (附件2). One column down: 项 目 | 预 算 数, 合 计 first, then 因公出国（境）费,
// 公务接待费, 公务用车购置及运行费 with 其中：公务用车运行费 and 公务用车购置费 under it, and the 情况说明 in prose below.
export const layout: CorpusLayout = {
  id: "duji-dev-zone-2020-three-public-budget",
  source: {
    title: "杜集经济开发区管委会2020年部门“三公”经费预算（一、2020年“三公”经费支出预算表）",
    url: "https://www.hbdj.gov.cn/zwgk/public/184/56284131.html",
    publisher: "杜集经济开发区管委会",
    date: "2020-02",
    changes:
      "Kept as published: the title, 单位：万元, 项 目 | 预 算 数, 合 计 at the top, the order of the lines (因公出国（境）费, 公务接待费, 公务用车购置及运行费, " +
      "其中：公务用车运行费, 公务用车购置费) and the 情况说明 opening under the table. Every figure is ours. Planted: 合计 typed 38.60 where " +
      "0.00 + 19.60 + 17.20 = 36.80 (the 其中 lines are not parts of it).",
  },
  classes: [
    "execution", "budget-only", "three-public", "one-column", "total-row-first", "qizhong-rows", "spaced-header-words",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "development-zone", "anhui",
  ],
  settings: { district: "杜集区" },
  sheets: [
    {
      name: "三公经费预算表",
      widths: [30, 16],
      rows: [
        ["杜集经济开发区管委会2020年“三公”经费支出预算表", null],
        [null, "单位：万元"],
        ["项  目", "预 算 数"],
        ["合  计", 38.6],
        ["因公出国（境）费", 0],
        ["公务接待费", 19.6],
        ["公务用车购置及运行费", 17.2],
        ["其中：公务用车运行费", 17.2],
        ["      公务用车购置费", 0],
        ["二、2020年“三公”经费支出预算情况说明", null],
        ["杜集经济开发区管委会2020年“三公”经费支出预算为36.80万元，其中：因公出国（境）费支出预算为0万元，公务接待费支出预算为19.60万元，公务用车购置及运行费支出预算为17.20万元。", null],
      ],
      merges: ["A1:B1", "A10:B10", "A11:B11"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2020 },
      // Corrected after the hundred-and-ninety-second holdout's measurement (counted failed): a …“三公”经费支出预算表's 预算数
      // is the budget as first passed, as the corpus reads every such table.
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算表", cell: "B4", why: "合计 38.60 where 因公出国 0.00 + 公务接待 19.60 + 公务用车购置及运行 17.20 = 36.80 (1.80万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费预算表", cell: "B7", why: "公务用车购置及运行费 17.20 = 运行费 17.20 + 购置费 0.00" },
      { rule: "execution.total-mismatch", sheet: "三公经费预算表", cell: "B8", why: "其中 lines are parts of 公务用车购置及运行费, never added into 合计 again (0 + 19.60 + 17.20 + 17.20 + 0 = 54.00 is no total)" },
      { rule: "execution.no-spending", why: "a budget table states no spending at all" },
      { rule: "execution.behind-schedule", why: "no spending or rate column: nothing to measure against time" },
      { rule: "input.unreadable-value", sheet: "三公经费预算表", cell: "A11", why: "the 情况说明 sentence under the table is no line" },
    ],
  },
};
