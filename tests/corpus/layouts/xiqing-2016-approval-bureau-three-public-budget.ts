import type { CorpusLayout } from "../types";

// 天津市西青区行政审批局 2016年“三公”经费预算公开: the 财政拨款情况表 laid across one row — 合计 | 因公出国(境)费 | 公务用车费 (小计 |
// 公务用车运行维护费 | 公务用车购置费, 运行 before 购置) | 公务接待费, spaced headings (合 计, 小 计), the definitions in numbered notes and the
// 情况说明 in prose below.
export const layout: CorpusLayout = {
  id: "xiqing-2016-approval-bureau-three-public-budget",
  source: {
    title: "天津市西青区行政审批局2016年“三公”经费预算公开（财政拨款情况表）",
    url: "http://xphope.com/zwgk/zfxxgk/zfgbm/zwfwbgs/fdzdgk/czyjs/ndys/202012/t20201204_4334718.html",
    publisher: "天津市西青区行政审批局",
    date: "2016",
    changes:
      "As published: the two title rows, 单位：万元 at the right, the one-row layout with 公务用车费 merged over 小 计 / 公务用车运行维护费 / " +
      "公务用车购置费, the two numbered notes (the first kept, the second's definitions shortened) and the 情况说明's wording. Ours: every figure " +
      "(the bureau's published budget was 接待 only). Planted: 合计 typed 6.58 where 0 + 4.20 + 2.65 = 6.85 (the 说明 below says 6.85).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "one-row-table", "lines-as-columns", "merged-header-over-three", "two-header-rows",
    "spaced-headings", "running-before-purchase", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "prose-under-table",
    "district-bureau", "tianjin",
  ],
  settings: { district: "西青区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [12, 16, 12, 20, 16, 14],
      rows: [
        ["天津市西青区行政审批局2016年“三公”经费预算", null, null, null, null, null],
        ["财政拨款情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["合 计", "因公出国(境)费", "公务用车费", null, null, "公务接待费"],
        [null, null, "小 计", "公务用车运行维护费", "公务用车购置费", null],
        [6.58, 0, 4.2, 4.2, 0, 2.65],
        ["注：1、上述数据为当年财政拨款安排的“三公”经费。", null, null, null, null, null],
        ["2、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。", null, null, null, null, null],
        ["“三公”经费2016年预算情况：2016年“三公”经费财政拨款预算6.85万元，其中因公出国(境)费0万元，公务用车购置及运行维护费4.20万元，公务接待费2.65万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "A7:F7", "A8:F8", "A9:F9"],
      numberFormats: { "A6:F6": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 6, columns: { A: "initialBudget" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A6", why: "合计 6.58; its parts 因公出国(境)费 0 + 公务用车费 小计 4.20 + 公务接待费 2.65 = 6.85 (0.27万元 off, beyond 2-decimal rounding)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车费 小计 4.20 = 运行维护费 4.20 + 购置费 0" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the notes and the 说明 under the table are text" },
    ],
  },
};
