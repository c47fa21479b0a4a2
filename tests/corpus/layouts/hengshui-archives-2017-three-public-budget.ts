import type { CorpusLayout } from "../types";

// 衡水市档案局 2017年部门预算信息公开 (a .doc on the city's site): 2017 income and spending 160.13万元, all 一般公共预算 (基本支出 139.13 —
// 人员经费 126.93, 日常公用 12.20 — and 项目支出 21), 机关运行经费 12.2, and the 财政拨款“三公”经费 at 0.08万元, below 2016. Laid out as the
// Hebei form of the 三公 budget with the two years as blocks across one row: 2016年预算数 | 2017年预算数, each 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费.
export const layout: CorpusLayout = {
  id: "hengshui-archives-2017-three-public-budget",
  source: {
    title: "衡水市档案局2017年部门预算信息公开（财政拨款“三公”经费支出预算表；表据说明拟）",
    url: "http://szs.hengshui.gov.cn/module/download/downfile.jsp?classid=0&filename=245bb9d880e04a1f921cf77a605de8ec.doc",
    publisher: "衡水市档案局",
    date: "2017",
    changes:
      "As published: the office (档案局, 2017年部门预算信息公开, under 财政部《地方预决算公开操作规程》), its 2017 totals (收入 and 支出 160.13万元, 基本支出 " +
      "139.13 — 人员经费 126.93, 日常公用经费 12.20 — 项目支出 21, 机关运行经费 12.2) and the 2017 三公 total 0.08万元, all 公务接待费. The stored copy " +
      "is the document's prose; the 三公 table — its title, the 部门 line, both year blocks' headings — is laid out on the Hebei form, and the 2016 " +
      "figures are ours (table-from-prose). Planted: the 2016 block's 合计 typed 1.18 where 0 + 0.92 (小计) + 0.16 = 1.08; the 2017 block adds up.",
  },
  classes: [
    "execution", "three-public", "budget-only", "year-blocks-across-one-row", "earlier-year-comparison", "two-header-rows",
    "split-under-merged-header", "subtotal-column", "zero-lines", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "table-from-prose",
    "city-unit", "hebei",
  ],
  settings: { district: "衡水市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["衡水市档案局2017年财政拨款“三公”经费支出预算表", null, null, null, null, null, null, null, null, null, null, null],
        ["部门：衡水市档案局", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2016年预算数", null, null, null, null, null, "2017年预算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1.18, 0, 0.92, 0, 0.92, 0.16, 0.08, 0, 0, 0, 0, 0.08],
        ["注：2017年本部门无因公出国（境）和公务用车购置及运行费预算；公务接待费较上年减少，主要是严格执行接待标准。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A7:L7"],
      numberFormats: { "A6:L6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { G: "initialBudget" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A6", why: "2016年预算数 合计 1.18 against its parts 0 + 0.92 (小计, = 0 + 0.92) + 0.16 = 1.08: 0.10 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G6", why: "2017年预算数 合计 0.08 = 0 + 0 + 0.08" },
      { rule: "execution.total-mismatch", cell: "C6", why: "2016 小计 0.92 = 购置 0 + 运行 0.92" },
      { rule: "execution.total-mismatch", cell: "I6", why: "2017 小计 0 = 0 + 0" },
      { rule: "execution.no-spending", why: "a budget table: no spending column, nothing to find unspent" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column; the 2016 block is last year's budget, no spending of 2017" },
    ],
  },
};
