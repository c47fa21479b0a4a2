import type { CorpusLayout } from "../types";

// 上海市闵行区教育局 2021-08-27: 2020年“三公”经费决算公开 — the 一般公共预算财政拨款“三公”经费支出决算表 laid out one row across: the merged
// 一般公共预算财政拨款“三公”经费 over 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 | 公务用车购置费 | 公务用车运行维护费) | 公务接待费,
// a 预算数 | 决算数 pair under each, 单位：万元 above and the one-line 注 under it.
export const layout: CorpusLayout = {
  id: "minhang-education-2020-three-public-final-accounts",
  source: {
    title: "上海市闵行区教育局2020年“三公”经费决算公开（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_jyj_czxx_bmjs/content/BA452F0E-3697-11ED-92C0-6B232D37FAFF.htm",
    publisher: "上海市闵行区教育局",
    date: "2021-08-27",
    changes:
      "As published: the page heading, the table's title, 单位：万元, the header grid (the merged 一般公共预算财政拨款“三公”经费 over 合计 | " +
      "因公出国（境）费 | 公务用车购置及运行维护费 (小计 | 公务用车购置 | 公务用车运行维护费) | 公务接待费, a 预算数 | 决算数 pair under each) and " +
      "the note 注：本表反映部门本年度“三公”经费支出预决算情况。 The twelve figures are ours. Planted: 因公出国（境）费 budgeted 60.00 with " +
      "nothing spent (0.00) by the end of 2020; the 预算 合计 typed 610.00 where its parts give 60.00 + 390.00 + 150.00 = 600.00.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-pairs", "subtotal-column", "page-heading-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "district-department", "shanghai"],
  settings: { district: "上海市闵行区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
      rows: [
        ["上海市闵行区教育局2020年“三公”经费决算公开", null, null, null, null, null, null, null, null, null, null, null],
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["一般公共预算财政拨款“三公”经费", null, null, null, null, null, null, null, null, null, null, null],
        ["合计", null, "因公出国（境）费", null, "公务用车购置及运行维护费", null, null, null, null, null, "公务接待费", null],
        [null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行维护费", null, null, null],
        ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"],
        [610.0, 343.13, 60.0, 0.0, 390.0, 304.86, 90.0, 86.5, 300.0, 218.36, 150.0, 38.27],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:L2", "A4:L4", "A5:B6", "C5:D6", "E5:J5", "K5:L6", "E6:F6", "G6:H6", "I6:J6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", B: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.no-spending", sheet: "三公经费决算", cell: "D8", why: "因公出国（境）费 budgeted 60.00, 决算 0.00 by the end of 2020 (a ceiling, but spending none of it still counts)" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算", cell: "A8", why: "预算 合计 610.00 where 因公出国（境）费 60.00 + 公务用车购置及运行维护费 390.00 + 公务接待费 150.00 = 600.00 (the 小计 counted once): 10.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费决算", cell: "B8", why: "决算 合计 343.13 = 0.00 + 304.86 + 38.27" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算", cell: "E8", why: "预算 小计 390.00 = 购置 90.00 + 运行维护 300.00" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算", cell: "F8", why: "决算 小计 304.86 = 购置 86.50 + 运行维护 218.36" },
      { rule: "execution.behind-schedule", sheet: "三公经费决算", why: "三公 lines are ceilings: 公务接待费 38.27 of 150.00 is economy, not slowness" },
      { rule: "execution.overspent", sheet: "三公经费决算", why: "every line spent under its own budget (公务用车购置费 86.50 of 90.00)" },
      { rule: "input.unreadable-value", sheet: "三公经费决算", cell: "A9", why: "the 注 under the table is no line" },
    ],
  },
};
