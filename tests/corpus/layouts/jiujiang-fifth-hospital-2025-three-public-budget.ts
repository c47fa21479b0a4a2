import type { CorpusLayout } from "../types";

// 九江市第五人民医院 2025年单位预算 (2025-02-10): 第二部分 七、《财政拨款“三公”经费支出表》 — the Jiangxi one-row form: 单位编码 | 单位名称,
// then the year's 预算数 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费. The stored
// copy lists the tables and the unit's duties but does not show the table's figures.
export const layout: CorpusLayout = {
  id: "jiujiang-fifth-hospital-2025-three-public-budget",
  source: {
    title: "九江市第五人民医院2025年单位预算 — 七、财政拨款“三公”经费支出表（表据预算目录拟）",
    url: "http://www.jjxlw.com/yydt/tzgg/202502/t20250210_6846675.html",
    publisher: "九江市第五人民医院",
    date: "2025-02-10",
    changes:
      "As published: the 单位预算's contents (第二部分 一至十, 七、《财政拨款“三公”经费支出表》) and the hospital's duties. The stored copy " +
      "does not show the table's figures: the form is the Jiangxi 单位预算 三公 form (单位编码 | 单位名称 | 合计 | 因公出国（境）费 | " +
      "公务用车购置及运行费 小计 / 购置费 / 运行费 | 公务接待费); the unit code, figures and the note are ours. Planted: 公务用车购置及运行费 小计 " +
      "typed 6.80 where 购置费 0 + 运行费 6.50 = 6.50; the 合计 9.80 adds the heads as typed (0 + 6.80 + 3.00).",
  },
  classes: [
    "execution", "three-public", "budget-only", "one-row-form", "unit-code-column", "two-header-rows", "split-under-merged-header",
    "subtotal-column", "zero-parts", "year-in-heading", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "hospital", "city-unit", "jiangxi",
  ],
  sheets: [
    {
      name: "表7",
      widths: [12, 22, 10, 12, 12, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出表", null, null, null, null, null, null, null],
        ["单位名称：九江市第五人民医院", null, null, null, null, null, "单位：万元", null],
        ["单位编码", "单位名称", "2025年预算数", null, null, null, null, null],
        [null, null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["401018", "九江市第五人民医院", 9.8, 0, 6.8, 0, 6.5, 3],
        ["注：本单位2025年无因公出国（境）费及公务用车购置费预算。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:F2", "G2:H2", "A3:A5", "B3:B5", "C3:H3", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A7:H7"],
      numberFormats: { "C6:H6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表7",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        // Corrected after the hundred-and-eighty-ninth holdout's measurement (counted failed): a 三公 budget table's money
        // (…“三公”经费支出表 under a lone 2025年预算数) is the budget as first passed, as the corpus reads every such table.
        columns: { A: "code", B: "line", C: "initialBudget" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E6", why: "公务用车购置及运行费 小计 6.80 against 购置费 0 + 运行费 6.50 = 6.50 (0.30 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 9.80 = 0 + 6.80 (the 小计 as typed) + 3.00" },
      { rule: "execution.no-spending", why: "a budget table: no spending column to be empty" },
      { rule: "execution.behind-schedule", why: "a budget alone has no spending to pace" },
      { rule: "execution.overspent", why: "no spending beside the budget" },
      { rule: "input.unreadable-value", cell: "A6", why: "401018 is the unit's code, text" },
    ],
  },
};
