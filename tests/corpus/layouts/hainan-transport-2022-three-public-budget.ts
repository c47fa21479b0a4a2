import type { CorpusLayout } from "../types";

// 海南省交通运输厅 2022: the department's 一般公共预算“三公”经费 budget beside last year's, 其中 购置 | 运行 under
// the car line, 增减率 last; a budget's own table with nothing spent.
export const layout: CorpusLayout = {
  id: "hainan-transport-2022-three-public-budget",
  source: {
    title: "海南省交通运输部门2022年“三公”经费预算情况说明（预算表据说明拟）",
    url: "http://jt.hainan.gov.cn/xxgk/0200/0202/202301/t20230114_3346043.html",
    publisher: "海南省交通运输厅",
    date: "2023-01-14",
    changes:
      "The page is prose (2022 budget 98.65万元: 出国 7, 公务用车购置及运行费 87.15 with 购置 0 and 运行 87.15, 接待 4.5, each with its change on " +
      "2021); the table (项目 | 2022年预算数 | 2021年预算数 | 增减率, 合计 first) is built from it, title suffixed （预算表据说明拟）, with our own " +
      "figures of the same shape. Planted: the 2022 合计 typed 93.02 where its lines give 93.20.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "three-public-budget", "qizhong-lines", "total-row-first", "last-year-column", "growth-column", "rates-as-text", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "province-department", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 14, 14, 12],
      rows: [
        ["海南省交通运输厅2022年一般公共预算“三公”经费预算表（预算表据说明拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2022年预算数", "2021年预算数", "增减率"],
        ["合计", 93.02, 84.8, "9.91%"],
        ["1.因公出国（境）费", 6, 63.5, "-90.55%"],
        ["2.公务用车购置及运行费", 82.4, 19.2, "329.17%"],
        ["  其中：公务用车购置费", 0, 0, "—"],
        ["        公务用车运行费", 82.4, 19.2, "329.17%"],
        ["3.公务接待费", 4.8, 2.1, "128.57%"],
        ["注：公务车保有量25辆，2022年计划购置0辆；因公出国（境）经费下降主要是受疫情影响出访团组减少。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2022年预算数: 6.00 + 82.40 + 4.80 = 93.20, typed 93.02 (0.18 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2021年预算数 is last year's comparison: 63.50 + 19.20 + 2.10 = 84.80 in any case" },
      { rule: "execution.total-mismatch", cell: "B6", why: "其中 购置 0 + 运行 82.40 = 82.40; not added again into the 合计" },
      { rule: "execution.rate-mismatch", why: "增减率 is growth on 2021 ((93.20 - 84.80) / 84.80 = 9.91%), not an execution rate" },
      { rule: "execution.no-spending", why: "a budget's own table: nothing is spent yet, no spending column" },
      { rule: "execution.behind-schedule", why: "a budget-only table; 三公 lines are ceilings" },
    ],
  },
};
