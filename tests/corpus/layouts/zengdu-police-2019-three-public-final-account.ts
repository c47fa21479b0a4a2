import type { CorpusLayout } from "../types";

// 随州市公安局曾都区分局 2019年决算公开报告: section 三、“三公”经费支出情况 and the 决算公开表; the stored copy shows the report's contents
// and the bureau's duties, not the tables. Laid out as the 财政拨款“三公”经费支出决算表 a county bureau prints: 项目 | 预算数 | 决算数, the 合计
// first, 公务用车购置及运行费 split 其中 into 购置费 and 运行费, the form's note under it.
export const layout: CorpusLayout = {
  id: "zengdu-police-2019-three-public-final-account",
  source: {
    title: "随州市公安局曾都区分局2019年决算公开报告（三、“三公”经费支出情况；财政拨款“三公”经费支出决算表）",
    url: "http://gaj.suizhou.gov.cn/fbjd_19/zwgk/xxgkml/czgk/czyjs/202010/t20201026_839421.shtml",
    publisher: "随州市公安局曾都区分局",
    date: "2020-10-26",
    changes:
      "The stored copy lists the report's parts (三、“三公”经费支出情况, 十、决算公开表) and the bureau's units; the table is not shown. Laid out " +
      "as the usual 三公 final-account form (项目 | 预算数 | 决算数, 合计 first, 其中 lines under 公务用车购置及运行费, note). Every figure is ours. " +
      "Planted: 公务接待费 spent 14.60 against its 12.00 budget; the 合计's 决算数 typed 96.59 where its lines give 0.00 + 82.35 + 14.60 = 96.95. " +
      "因公出国（境）费 has no budget and nothing spent; the 其中 lines are parts of 公务用车购置及运行费, not further lines.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "qizhong-lines", "total-row-first", "budget-and-final", "zero-lines",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "spending-above-budget", "table-not-in-stored-copy",
    "county-department", "hubei",
  ],
  settings: { district: "随州市曾都区" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [40, 14, 14],
      rows: [
        ["随州市公安局曾都区分局2019年度财政拨款“三公”经费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 98, 96.59],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 86, 82.35],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 86, 82.35],
        ["3.公务接待费", 12, 14.6],
        ["注：“三公”经费指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。本单位2019年度无因公出国（境）费用。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.overspent", sheet: "三公经费决算表", cell: "C9", why: "公务接待费 spent 14.60 against a budget of 12.00 (121.67%)" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "C4", why: "合计 96.59, its lines 0.00 + 82.35 + 14.60 = 96.95 (0.36 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "B4", why: "budgets 0 + 86 + 12 = 98, the 其中 lines not added again" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "C6", why: "82.35 = 购置费 0.00 + 运行费 82.35" },
      { rule: "execution.no-spending", sheet: "三公经费决算表", cell: "C5", why: "因公出国（境）费 had no budget: nothing to spend" },
      { rule: "execution.no-spending", sheet: "三公经费决算表", cell: "C7", why: "公务用车购置费 had no budget" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (and 82.35 / 86 = 95.76%)" },
      { rule: "execution.overspent", sheet: "三公经费决算表", cell: "C4", why: "the 合计 is within its budget (96.59 / 96.95 against 98)" },
    ],
  },
};
