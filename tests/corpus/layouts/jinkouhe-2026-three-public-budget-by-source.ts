import type { CorpusLayout } from "../types";

// 乐山市金口河区财政局 2026-02: the district's 2026 “三公”经费财政拨款预算表 — 项目 | 本年预算数 | 其中：财政拨款 (小计 | 一般公共预算 |
// 政府性基金 | 国有资本经营预算), 合计 first, the three heads numbered 1、–3、, the car head split 其中：（1）运行费 / （2）购置费.
export const layout: CorpusLayout = {
  id: "jinkouhe-2026-three-public-budget-by-source",
  source: {
    title: "2026年金口河区“三公”经费财政拨款预算表",
    url: "http://www.jkh.gov.cn/jkhq/2026ndz/202602/778f17d3181d44e8a60ed60f7649a9e9.shtml",
    publisher: "乐山市金口河区财政局",
    date: "2026-02",
    changes:
      "As published: the sentence over the table, the title, the two header rows (本年预算数 merged down; 其中：财政拨款 merged over 小计 | 一般公共预算 | " +
      "政府性基金 | 国有资本经营预算), 合计 first, 1、因公出国(境)费用 left blank, 2、公务接待费, 3、公务用车购置及运行费 and its 其中 （1）（2）. " +
      "Ours: every figure (512.4 in all) and the 单位：万元 caption the page states in its prose. Planted: the 合计 row's 一般公共预算 typed 502.4 where its " +
      "lines add up to 146.2 + 366.2 = 512.4.",
  },
  classes: ["execution", "budget-only", "three-public", "funding-source-columns", "subtotal-column", "two-header-rows", "split-under-merged-header", "total-row-first", "numbered-lines", "qizhong-lines", "blank-cells-for-zero", "sentence-over-table", "one-decimal-wanyuan", "wanyuan-caption", "district-level", "sichuan"],
  settings: { district: "乐山市金口河区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 12, 10, 12, 10, 14],
      rows: [
        ["2026年金口河区财政拨款安排“三公”经费预算总计512.4万元，其中：公务接待费146.2万元，公务用车购置及运行费366.2万元，因公出国（境）经费0万元。", null, null, null, null, null],
        ["2026年金口河区“三公”经费财政拨款预算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "本年预算数", "其中：财政拨款", null, null, null],
        [null, null, "小计", "一般公共预算", "政府性基金", "国有资本经营预算"],
        ["合计", 512.4, 512.4, 502.4, null, null],
        ["1、因公出国(境)费用", null, null, null, null, null],
        ["2、公务接待费", 146.2, 146.2, 146.2, null, null],
        ["3、公务用车购置及运行费", 366.2, 366.2, 366.2, null, null],
        ["其中：（1）公务用车运行费", 306.2, 306.2, 306.2, null, null],
        ["（2）公务用车购置费", 60, 60, 60, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:F4"],
      numberFormats: { "B6:F11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11,
        columns: { A: "line", B: "initialBudget", D: "initialBudget:一般公共预算" }, year: 2026,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D6", why: "一般公共预算 合计 502.4 against its lines 146.2 + 366.2 = 512.4 (10.0 short; the 其中 rows not added again)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "本年预算数 合计 512.4 = 146.2 + 366.2" },
      { rule: "execution.total-mismatch", cell: "C6", why: "小计 合计 512.4 = 146.2 + 366.2; a total row's parts across are checked by column only" },
      { rule: "execution.total-mismatch", cell: "B9", why: "公务用车购置及运行费 366.2 = 运行费 306.2 + 购置费 60" },
      { rule: "execution.no-spending", why: "a budget's own table: no spending column, no status for any line (因公出国 left blank)" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", cell: "A1", why: "the sentence over the table is prose" },
    ],
  },
};
