import type { CorpusLayout } from "../types";

// 阿图什市财政局 2022-10-08: 2021年“三公”经费预算安排和使用情况 — prose giving, for the city's 三公经费, 预算数, 决算数 and the
// 预决算差异率 of the 合计 and each line (公车购置及运行维护费 split into 购置费 and 运行维护费). Laid out as the table the prose reads off.
export const layout: CorpusLayout = {
  id: "artux-2021-three-public-budget-final",
  source: {
    title: "阿图什市2021年“三公”经费预算安排和使用情况（预决算对比表据正文拟）",
    url: "http://www.xjats.gov.cn/xjats/c116414/202212/5f483c747b514746a9c6f7f41463ceb0.shtml",
    publisher: "阿图什市财政局",
    date: "2022-10-08",
    changes:
      "Table from prose: the page states, in sentences, 预算数, 决算数 and 预决算差异率 for 合计, 因公出国费, 公车购置及运行维护费 (其中 购置费, " +
      "运行维护费) and 公务接待费; we lay these out as 项目 | 预算数 | 决算数 | 预决算差异率 with 单位：万元. Figures are ours (the page: 1691.24 / " +
      "1645.14). Planted: 公务接待费 spent above its budget (153.10 > 150.30); the 决算 合计 typed 1627.84 where the lines give 1672.84. The " +
      "差异率 column is (决算 − 预算) / 预算, as the page uses it, not an execution rate.",
  },
  classes: ["execution", "three-public", "final-accounts", "budget-vs-final", "difference-rate-column", "qizhong-split", "zero-budget-line", "total-row-first", "wanyuan-caption", "two-decimals", "table-from-prose", "county-level-city", "xinjiang"],
  settings: { district: "阿图什市" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 14, 14, 16],
      rows: [
        ["阿图什市2021年“三公”经费财政拨款预算和决算情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "预决算差异率"],
        ["合计", 1720.5, 1627.84, "-2.77%"],
        ["因公出国（境）费", 0, 0, "0%"],
        ["公务用车购置及运行维护费", 1570.2, 1519.74, "-3.21%"],
        ["其中：公务用车购置费", 12, 11.85, "-1.25%"],
        ["      公务用车运行维护费", 1558.2, 1507.89, "-3.23%"],
        ["公务接待费", 150.3, 153.1, "1.86%"],
        ["注：预决算差异率＝（决算数－预算数）÷预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 1627.84 ≠ 0 + 1519.74 + 153.10 = 1672.84 (digits swapped)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 153.10 against a budget of 150.30" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 1720.50 = 0 + 1570.20 + 150.30; 其中 12.00 + 1558.20 = 1570.20 is not added again" },
      { rule: "execution.total-mismatch", cell: "C6", why: "1519.74 = 11.85 + 1507.89, its 其中 parts" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "预决算差异率 is (决算 − 预算) / 预算 = −50.46 / 1570.20 = −3.21%, not an execution rate; it agrees as stated" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings; a 2021 final account is measured at the year's end" },
    ],
  },
};
