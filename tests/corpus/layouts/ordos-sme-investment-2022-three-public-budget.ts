import type { CorpusLayout } from "../types";

// 鄂尔多斯 (ordoszxfztz.com, a city body's own site): 一、2022年“三公”经费预算安排情况 — 21.8万元 (因公出国 0, 公务接待 11.8, 公务用车运行
// 10) — and 二、2021年“三公”经费决算情况, with the change and its reason (the cars' age and mileage). Prose; built here as the usual
// table of the two years side by side with 增减额 and 增减率, the car line split 其中 购置费 / 运行费.
export const layout: CorpusLayout = {
  id: "ordos-sme-investment-2022-three-public-budget",
  source: {
    title: "2022年“三公”经费预算安排及2021年“三公”经费决算情况（表据正文拟）",
    url: "http://ordoszxfztz.com/index.php?c=show&id=73",
    publisher: "鄂尔多斯市属单位（网站未署名全称）",
    date: "2022",
    changes:
      "As published: the two headings (2022年预算安排, 2021年决算), the three kinds, 因公出国（境）经费 0 in both years, the 2022 budget " +
      "21.8 = 11.8 + 10 and the reason for the car line's rise. The page is prose (no grid was found): the table is built from it; the 2021 " +
      "figures and the car line's split are ours. Planted: 2022's 公务用车购置及运行费 10.00 over 其中 购置费 0.00 + 运行费 9.00 = 9.00.",
  },
  classes: [
    "execution", "budget-only", "three-public", "last-year-final-account-beside", "change-columns", "qizhong-split", "two-decimal-wanyuan",
    "wanyuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "city-body", "neimenggu",
  ],
  settings: { district: "鄂尔多斯市" },
  sheets: [
    {
      name: "三公经费",
      widths: [26, 14, 14, 12, 12],
      rows: [
        ["“三公”经费预算及上年决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2021年决算数", "2022年预算数", "增减额", "增减率"],
        ["合计", 19.84, 21.8, 1.96, "9.88%"],
        ["1.因公出国（境）费", 0, 0, 0, "—"],
        ["2.公务接待费", 12.26, 11.8, -0.46, "-3.75%"],
        ["3.公务用车购置及运行费", 7.58, 10, 2.42, "31.93%"],
        ["其中：公务用车购置费", 0, 0, 0, "—"],
        ["      公务用车运行费", 7.58, 9, 1.42, "18.73%"],
        ["注：2022年“三公”经费预算较2021年决算增加，主要原因为随着公务车使用年限、公里数及损耗的增加，为保障车辆安全，相应的运行维护费、保养费用增加。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", C: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "2022年预算数: 公务用车购置及运行费 10.00; its 其中 购置费 0.00 + 运行费 9.00 = 9.00" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 21.80 = 0.00 + 11.80 + 10.00 (the line as typed)" },
      { rule: "execution.overspent", cell: "B6", why: "2021's 决算 12.26 is last year's outcome beside the 2022 budget 11.80, no overspending" },
      { rule: "execution.no-spending", why: "a budget table: the 2021 column is last year's, no spending of 2022" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "增减率 is growth on last year, no execution rate" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a change column, neither a budget nor a line's amount" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and nothing of 2022 is spent" },
    ],
  },
};
