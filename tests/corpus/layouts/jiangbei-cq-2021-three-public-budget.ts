import type { CorpusLayout } from "../types";

// 重庆市江北区 2021-04-09: the district's 2021 “三公”经费 budget — a sentence, then the small grid 项目 | 预算数 (单位：万元) with 合计 first,
// the three lines numbered 1.–3. and the car line's two 其中 parts under it.
export const layout: CorpusLayout = {
  id: "jiangbei-cq-2021-three-public-budget",
  source: {
    title: "2021年区本级“三公”经费预算支出表（重庆市江北区）",
    url: "http://www.cqjb.gov.cn/zwgk_190/zfxxgkml/czyjs/ys/qzf/202104/t20210409_9097453.html",
    publisher: "重庆市江北区财政局",
    date: "2021-04-09",
    changes:
      "As published: the explanatory sentence over the table, the title, 单位：万元, the headers 项目 | 预算数, 合计 first, 1.因公出国（境）费用, " +
      "2.公务接待费, 3.公务用车购置及运行维护费 and its 其中：公务用车运行维护费 / 公务用车购置. The figures are ours (4,380 in all; the sentence " +
      "repeats them). Planted: the car line's two parts (2,596 + 1,348 = 3,944) fall short of the line's 4,034, which the 合计 adds.",
  },
  classes: ["execution", "budget-only", "three-public", "total-row-first", "qizhong-lines", "numbered-lines", "sentence-over-table", "whole-wanyuan", "wanyuan-caption", "district-level", "chongqing"],
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 16],
      rows: [
        ["按照区政府关于推进政府信息公开工作部署和要求，经汇总，2021年区本级一般公共预算中“三公”经费支出预算为4380万元，其中：因公出国（境）费用36万元，公务接待费310万元，公务用车购置及运行维护费4034万元。", null],
        ["2021年区本级“三公”经费预算支出表", null],
        [null, "单位：万元"],
        ["项目", "预算数"],
        ["合计", 4380],
        ["1.因公出国（境）费用", 36],
        ["2.公务接待费", 310],
        ["3.公务用车购置及运行维护费", 4034],
        ["其中：公务用车运行维护费", 2596],
        ["公务用车购置", 1348],
      ],
      merges: ["A1:B1", "A2:B2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 10, columns: { A: "line", B: "initialBudget" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B8", why: "公务用车购置及运行维护费 4,034; its parts 2,596 + 1,348 = 3,944 (90 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 4,380 = 36 + 310 + 4,034 (the car line as typed; its parts are not added again)" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, no spending status" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A1", why: "the sentence over the table is prose" },
    ],
  },
};
