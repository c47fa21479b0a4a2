import type { CorpusLayout } from "../types";

// 合肥市第二人民医院 2021年单位预算, its 表14: “三公”经费支出预算表 — one row for the hospital (a single-unit budget), the money
// across: 合计, 因公出国（境）费, 公务用车购置及运行费 (小计 / 购置费 / 运行费), 公务接待费.
export const layout: CorpusLayout = {
  id: "hefei-second-hospital-2021-three-public-budget",
  source: {
    title: "合肥市第二人民医院2021年单位预算（14.合肥市第二人民医院2021年“三公”经费支出预算表；表据标准表式拟）",
    url: "http://gaymood.com/list/51/4933.html",
    publisher: "合肥市第二人民医院（转载）",
    date: "2021",
    changes:
      "The stored copy shows the budget's contents (sixteen tables, 表14 the “三公”经费支出预算表) and not the table body; the table is " +
      "laid out from the 合肥市 form it names (单位名称 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 over 小计 / 公务用车购置费 / 公务用车运行费 | " +
      "公务接待费, two header rows, 单位：万元, the 合计 column first). Figures are ours. Planted: the hospital's 合计 typed 14.60 where " +
      "0 + 9.80 + 4.30 = 14.10.",
  },
  classes: ["execution", "budget-only", "three-public", "heads-across", "total-column-first", "two-header-rows", "single-unit-row", "two-decimal-wanyuan", "wanyuan-caption", "form-from-standard", "hospital", "anhui"],
  sheets: [
    {
      name: "表14",
      widths: [26, 12, 14, 12, 14, 14, 12],
      rows: [
        ["合肥市第二人民医院2021年“三公”经费支出预算表", null, null, null, null, null, null],
        ["单位名称：合肥市第二人民医院", null, null, null, null, null, "单位：万元"],
        ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["合肥市第二人民医院", 14.6, 0, 9.8, 0, 9.8, 4.3],
      ],
      merges: ["A1:G1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
      numberFormats: { "B5:G5": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表14",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 5,
        columns: {
          A: "line", B: "initialBudget", C: "initialBudget:因公出国（境）费", D: "initialBudget:公务用车购置及运行费", G: "initialBudget:公务接待费",
        },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 14.60; 因公出国（境）费 0 + 公务用车购置及运行费 9.80 + 公务接待费 4.30 = 14.10: 0.50万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D5", why: "公务用车 小计 9.80 = 购置费 0 + 运行费 9.80" },
      { rule: "execution.no-spending", why: "a budget alone: nothing is spent or unspent; 购置费 and 出国 0 are no budget" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and this is a budget only" },
    ],
  },
};
