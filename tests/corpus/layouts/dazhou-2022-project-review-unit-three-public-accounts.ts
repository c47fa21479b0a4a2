import type { CorpusLayout } from "../types";

// 四川省达州市 (发改委 site) 2022 单位决算, 附表十三 财政拨款“三公”经费支出决算表 — 预算数 | 决算数 each 合计 | 出国 | 车 (小计 | 购置 | 运行) | 接待,
// one row across under a 栏次 row; the 预算 合计 typed 6.8 for 6.5, and 公务接待费 budgeted 2.0 with nothing spent.
export const layout: CorpusLayout = {
  id: "dazhou-2022-project-review-unit-three-public-accounts",
  source: {
    title: "2022年度单位决算（第五部分附表 十三、财政拨款“三公”经费支出决算表）",
    url: "http://fgw.dazhou.gov.cn/xxgk-show-17265.html",
    publisher: "达州市发展和改革委员会网站（所属政府投资项目评估论证单位）",
    date: "2023",
    changes:
      "The stored page lists the 决算 sections and the thirteen 附表 and the unit's duties (政府投资项目 建议书、可研、节能报告的评估论证), not the tables' figures; the " +
      "table is the 附表十三 laid out as 四川's 部门决算 template lays it (预算数 | 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | " +
      "运行费) | 公务接待费, a 栏次 row), the 编制单位 line shortened; all figures are ours. Planted: the 预算 合计 typed 6.8 where 0 + 4.5 + 2.0 = 6.5; " +
      "公务接待费 budgeted 2.0 and nothing spent (the note says so).",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "one-row-across", "budget-and-actual-blocks", "merged-header-over-six", "three-header-rows", "subtotal-column", "column-number-row", "zero-budget-line", "two-decimal-wanyuan", "wanyuan-caption", "form-number", "past-year", "notes-under-table", "unit-final-accounts", "sichuan"],
  settings: { district: "达州市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 12, 10, 12, 12, 12, 12, 12],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开13表"],
        ["编制单位：达州市发展和改革委员会所属事业单位", null, null, null, null, "2022年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [6.8, 0, 4.5, 0, 4.5, 2.0, 4.12, 0, 4.12, 0, 4.12, 0],
        ["注：本单位2022年度无因公出国（境）费、公务用车购置费和公务接待费支出；公务用车运行费用于项目评审现场踏勘车辆1辆。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:G3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 6.80 against 因公出国 0 + 公务用车 小计 4.50 + 公务接待费 2.00 = 6.50" },
      { rule: "execution.no-spending", cell: "L8", why: "公务接待费 budgeted 2.00, spent 0 by the year's end (a 三公 line is never behind schedule, but spending none is still reported)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 4.12 = 0 + 4.12 + 0; 小计 4.12 = 0 + 4.12" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 4.50 = 购置 0 + 运行 4.50" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 was budgeted 0" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 was budgeted 0" },
      { rule: "execution.behind-schedule", cell: "K8", why: "运行费 4.12 of 4.50 (91.6%): a 三公 budget is a ceiling" },
      { rule: "execution.overspent", why: "no line above its budget" },
      { rule: "execution.total-mismatch", cell: "A7", why: "栏次 1–12 are column numbers, not figures" },
    ],
  },
};
