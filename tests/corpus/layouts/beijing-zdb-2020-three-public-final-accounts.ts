import type { CorpusLayout } from "../types";

// 北京市重大项目建设指挥部办公室 2020年度部门决算, 表十 财政拨款“三公”经费支出决算表 on the 北京 template: 预算数 and 决算数 side by side,
// each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, one row of figures, the template's note under it.
export const layout: CorpusLayout = {
  id: "beijing-zdb-2020-three-public-final-accounts",
  source: {
    title: "北京市重大项目建设指挥部办公室2020年度部门决算 — 十、财政拨款“三公”经费支出决算表",
    url: "http://zdb.beijing.gov.cn/bjzdxmb/ysjszdb/202209/60484e7a56bf48249893f64edc5db6e3.shtml",
    publisher: "北京市重大项目建设指挥部办公室",
    date: "2021-09-02",
    changes:
      "As published: the 决算's contents (表十 财政拨款\"三公\"经费支出决算表, 报表详见附件). The stored copy does not show the annexed tables: " +
      "laid out on the 北京 2020 template of the same table (two blocks of six columns, the note); the figures are ours. Planted: 公务接待费 " +
      "spent 15.32 against a budget of 12.20; 因公出国（境）费 budgeted 12.00 and nothing spent.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "beijing-template", "budget-and-actual-blocks", "lines-as-columns",
    "three-header-rows", "subtotal-column", "two-decimals", "wanyuan-caption", "notes-under-table", "annex-not-shown", "past-year",
    "city-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["2020年度财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：北京市重大项目建设指挥部办公室", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["2020年预算数", null, null, null, null, null, "2020年决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [86.5, 12, 62.3, 0, 62.3, 12.2, 70.78, 0, 55.46, 0, 55.46, 15.32],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "adjustedBudget", G: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L6", why: "公务接待费 决算 15.32 above its 预算 12.20 (3.12 over)" },
      { rule: "execution.no-spending", cell: "H6", why: "因公出国（境）费 budgeted 12.00, 决算 0.00 by the end of 2020 (a ceiling, but spending none still counts)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A6", why: "预算 合计 86.50 = 12.00 + 62.30 + 12.20" },
      { rule: "execution.total-mismatch", cell: "G6", why: "决算 合计 70.78 = 0.00 + 55.46 + 15.32" },
      { rule: "execution.total-mismatch", cell: "I6", why: "小计 55.46 = 0.00 + 55.46" },
      { rule: "execution.no-spending", cell: "J6", why: "公务用车购置费: budget 0.00, nothing budgeted, nothing spent" },
      { rule: "execution.overspent", cell: "G6", why: "合计 70.78 within 86.50; a total gets no status of its own" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A7", why: "the note under the table is no data" },
    ],
  },
};
