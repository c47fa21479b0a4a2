import type { CorpusLayout } from "../types";

// 宣城市宣州区审计局: 2018年预算“三公”经费情况说明 — a two-column budget table (项目 | 预 算 数(万元)) with 合计 first and
// the car line's 其中 pair, then the section of explanation in prose under it.
export const layout: CorpusLayout = {
  id: "xuanzhou-2018-audit-bureau-three-public-budget",
  source: {
    title: "宣州区审计局2018年预算“三公”经费情况说明",
    url: "https://www.xuanzhou.gov.cn/OpennessContent/show/1419978.html",
    publisher: "宣城市宣州区审计局",
    date: "2018",
    changes:
      "As published: the page title, the section heads (一、2018年“三公”经费支出预算表 / 二、…预算情况说明), the table's two columns " +
      "(项目 | 预 算 数(万元), its spaced heading), the lines in order (合计 first, 因公出国(境)费, 公务接待费, 公务用车购置及运行费, " +
      "其中:公务用车运行维护费, 公务用车购置) and the prose under the table. The page's own figures (3.1 in all, all of it 公务接待费) are " +
      "replaced by ours, with a car budget so the 其中 pair is filled. Planted: 合计 typed 4.60 where 0 + 2.80 + 1.60 = 4.40 (the prose " +
      "under the table repeats the 4.6).",
  },
  classes: ["execution", "three-public", "budget-only", "initial-budget", "total-row-first", "qizhong-split", "unit-in-header", "spaced-header", "prose-under-table", "section-heads", "district-department", "anhui"],
  settings: { district: "宣城市宣州区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 18],
      rows: [
        ["宣州区审计局2018年预算“三公”经费情况说明", null],
        ["一、2018年“三公”经费支出预算表", null],
        ["项目", "预 算 数(万元)"],
        ["合计", 4.6],
        ["因公出国(境)费", 0],
        ["公务接待费", 2.8],
        ["公务用车购置及运行费", 1.6],
        ["其中:公务用车运行维护费", 1.6],
        ["公务用车购置", 0],
        ["二、2018年“三公”经费支出预算情况说明", null],
        ["宣州区审计局2018年度“三公”经费支出预算为4.6万元。其中：公务接待费支出预算为2.8万元，公务用车购置及运行费支出预算为1.6万元。", null],
        ["（一）公务接待费支出2.8万元，比上年减少0.5万元。主要用于招商引资接待客商、审计业务等公务往来支出。", null],
        ["（二）公务用车购置及运行费支出1.6万元，全部为公务用车运行维护费。", null],
      ],
      merges: ["A1:B1", "A2:B2", "A10:B10", "A11:B11", "A12:B12", "A13:B13"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 4.60 where 因公出国(境)费 0 + 公务接待费 2.80 + 公务用车购置及运行费 1.60 = 4.40: 0.20万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行费 1.60 = 运行维护费 1.60 + 购置 0" },
      { rule: "execution.total-mismatch", cell: "B8", why: "the 其中 运行维护费 is a part of the car line, never added into the 合计 beside it" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, nothing to measure" },
      { rule: "execution.behind-schedule", why: "a budget table; and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the prose rows under the table are notes, not figures" },
    ],
  },
};
