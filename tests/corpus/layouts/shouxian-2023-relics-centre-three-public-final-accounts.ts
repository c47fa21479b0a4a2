import type { CorpusLayout } from "../types";

// 寿县文物保护中心 (安徽 淮南) 2023: 一般公共预算财政拨款“三公”经费支出决算表 — 项 目 | 预 算 数 | 决 算 数 with spaced headings, 合 计 first,
// 因公出国（境）费 left blank, the car line's 其中 运行维护 | 购置 blank when nothing, and the 说明 under the table.
export const layout: CorpusLayout = {
  id: "shouxian-2023-relics-centre-three-public-final-accounts",
  source: {
    title: "寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出决算",
    url: "https://www.shouxian.gov.cn/public/118322773/1260348611.html",
    publisher: "寿县文物保护中心",
    date: "2024",
    changes:
      "Kept as published: the section heading, 单位：万元, the spaced headings (项 目 | 预 算 数 | 决 算 数), 合 计 first, the line order (因公出国（境）费, " +
      "公务接待费, 公务用车购置及运行维护费, 其中：公务用车运行维护费, 公务用车购置费), blanks for nothing, and the 说明 paragraph (shortened) under the table. " +
      "The figures are ours. Planted: the 合计 决算数 typed 2.63 where its lines add up to 0.62 + 1.74 = 2.36.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "blank-for-zero", "spaced-headings", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "section-heading-above", "prose-under-table", "past-year", "county-unit", "anhui"],
  settings: { district: "寿县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 12, 12],
      rows: [
        ["一、2023年度一般公共预算财政拨款“三公”经费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项 目", "预 算 数", "决 算 数"],
        ["合 计", 4, 2.63],
        ["因公出国（境）费", null, null],
        ["公务接待费", 1.5, 0.62],
        ["公务用车购置及运行维护费", 2.5, 1.74],
        ["其中：公务用车运行维护费", 2.5, 1.74],
        ["公务用车购置费", null, null],
        ["二、2023年度一般公共预算财政拨款“三公”经费支出情况说明：2023年度“三公”经费支出预算为4万元，支出决算为2.36万元，决算数小于预算数的主要原因是严格执行中央八项规定，公务接待减少。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算数: 0.62 + 1.74 = 2.36 (the blank 出国 line nothing); the 合计 states 2.63 (0.27 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数: 1.50 + 2.50 = 4.00" },
      { rule: "execution.total-mismatch", cell: "C7", why: "其中 运行维护 1.74 + 购置 blank = 1.74" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings (接待 0.62 of 1.50 is economy), and the year is past" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget: a blank is no budget" },
      { rule: "execution.overspent", why: "every line spent under its budget" },
      { rule: "input.unreadable-value", cell: "A10", why: "the 说明 paragraph is text" },
    ],
  },
};
