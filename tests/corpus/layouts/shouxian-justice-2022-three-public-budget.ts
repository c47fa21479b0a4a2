import type { CorpusLayout } from "../types";

// 寿县司法局 2022年“三公”经费预算情况: 一、the one-row budget table (“三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行费 over
// 小计 | 公务用车购置费 | 公务用车运行费 | 公务接待费, 单位：万元) and 二、its explanation in prose under it.
export const layout: CorpusLayout = {
  id: "shouxian-justice-2022-three-public-budget",
  source: {
    title: "寿县司法局2022年“三公”经费预算情况",
    url: "https://www.shouxian.gov.cn/public/118322806/1258999741.html",
    publisher: "寿县司法局",
    changes:
      "As published: the heading 一、2022年一般公共预算“三公”经费支出预算表, the caption, the two header rows (公务用车购置及运行费 merged over " +
      "小计 | 公务用车购置费 | 公务用车运行费, the rest merged down) and the 二、…情况说明 heading with its explanation shortened to one line. " +
      "The figures are ours (the published row itself disagrees with its prose on which half of the car money is which). Planted: 小计 30.2 where " +
      "购置费 18.0 + 运行费 13.2 = 31.2; the 合计 36.5 adds 0 + 30.2 + 6.3 as typed.",
  },
  classes: ["execution", "three-public", "budget-only", "one-row-table", "merged-header", "subtotal-column", "prose-under-table", "wanyuan-caption", "county-department", "anhui"],
  settings: { district: "寿县" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [16, 14, 12, 14, 14, 12],
      rows: [
        ["寿县司法局2022年“三公”经费预算情况", null, null, null, null, null],
        ["一、2022年一般公共预算“三公”经费支出预算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [36.5, 0, 30.2, 18, 13.2, 6.3],
        ["二、2022年一般公共预算“三公”经费支出预算情况说明", null, null, null, null, null],
        ["寿县司法局2022年一般公共预算“三公”经费支出预算为36.5万元，其中：因公出国（境）费0万元，公务用车购置及运行费30.2万元，公务接待费6.3万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "A7:F7", "A8:F8"],
      numberFormats: { "A6:F6": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 6, columns: { A: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 小计 30.2 ≠ 购置费 18.0 + 运行费 13.2 = 31.2" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A6", why: "合计 36.5 = 0 + 30.2 + 6.3 as typed: the 小计 counted once, its parts not added again" },
      { rule: "execution.no-spending", why: "a budget alone: nothing is spent or due yet, and 因公出国（境）费 has no budget (0)" },
      { rule: "execution.behind-schedule", why: "a budget table with no spending column; 三公 lines are ceilings besides" },
      { rule: "input.unreadable-value", why: "the prose line under the table is a note, not a row of figures" },
    ],
  },
};
