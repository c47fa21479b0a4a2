import type { CorpusLayout } from "../types";

// 汨罗市应急管理局 2022 部门决算, 第二部分 九、财政拨款“三公”经费支出决算表: one row across — 预算数 and 决算数, each 合计 |
// 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 栏次 row 1–12 above the figures.
export const layout: CorpusLayout = {
  id: "miluo-2022-emergency-bureau-three-public-accounts",
  source: {
    title: "2022年度汨罗市应急管理局部门决算（第二部分 九、财政拨款“三公”经费支出决算表）",
    url: "http://app.miluo.gov.cn/25305/55848/55850/55858/content_2127081.html",
    publisher: "汨罗市财政局（汨罗市应急管理局）",
    date: "2023-08-11",
    changes:
      "As published: the bureau, the year, the release date and the table's place and name in the set (第二部分 部门决算表 … 九、财政拨款“三公”经费" +
      "支出决算表). The stored copy shows the contents and the duties, not the table body: the body follows the national form of that table " +
      "(预算数 | 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费; 栏次 1–12); the " +
      "note and all figures are ours. Planted: 公务接待费 spent 4.45 against a budget of 4.00; the 决算数 合计 written 14.59 where 0 + 10.50 + 4.45 " +
      "= 14.95.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "one-row-across", "budget-and-actual-groups", "subtotal-column",
    "three-header-rows", "column-number-row", "zero-budget-kinds", "national-template", "county-level-city", "wanyuan-caption", "notes-under-table", "hunan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：汨罗市应急管理局", null, null, null, null, null, null, null, null, "2022年度", null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [15, 0, 11, 0, 11, 4, 14.59, 0, 10.5, 0, 10.5, 4.45],
        ["注：本单位2022年度无因公出国（境）费支出，未购置公务用车；公务接待费超出预算，系承接省市安全生产检查组接待增加。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:I2", "J2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L7", why: "公务接待费: 4.45 spent against its budget of 4.00, 0.45万元 over (the note owns it)" },
      { rule: "execution.total-mismatch", cell: "G7", why: "决算数 合计 written 14.59; 0 + 10.50 + 4.45 = 14.95: 0.36万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算数 合计 15.00 = 0 + 11.00 + 4.00" },
      { rule: "execution.total-mismatch", cell: "I7", why: "小计 10.50 = 0 + 10.50" },
      { rule: "execution.overspent", cell: "G7", why: "in all 14.95 (written 14.59) of 15.00: within the budget" },
      { rule: "execution.overspent", cell: "K7", why: "公务用车运行费 10.50 of 11.00" },
      { rule: "execution.behind-schedule", why: "the year is over and 合计 has done 14.95 / 15.00 = 99.7%, 公务用车运行费 10.50 / 11.00 = 95.5%: within 5 points of 100%" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 had no budget (0.00): nothing budgeted, nothing unspent" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; 1–12 are column numbers" },
      { rule: "input.unreadable-value", why: "the caption rows and the note are text" },
    ],
  },
};
