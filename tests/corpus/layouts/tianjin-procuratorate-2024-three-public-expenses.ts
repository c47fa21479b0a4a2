import type { CorpusLayout } from "../types";

// 天津市人民检察院（本级） 2025-08: 2024年度部门决算 — 十、财政拨款“三公”经费支出决算表: budget and final figure for each of
// 因公出国（境）费, 公务用车购置及运行费 (其中：购置费 / 运行费) and 公务接待费, the 合计 first.
export const layout: CorpusLayout = {
  id: "tianjin-procuratorate-2024-three-public-expenses",
  source: {
    title: "天津市人民检察院（本级）2024年度部门决算 — 十、《财政拨款“三公”经费支出决算表》",
    url: "http://zuolichina.com/jwgk/yjsgk/202508/t20250821_7103977.shtml",
    publisher: "天津市人民检察院 (page stored on a mirror)",
    date: "2025-08-21",
    changes:
      "As published: the table's name in the report's list and the 三公 lines every such table carries. The stored copy shows the " +
      "contents, not the table: the layout (项目 | 预算数 | 决算数, 单位：万元) and the figures are ours. Planted: 公务接待费 spent 3.80 of a " +
      "3.00 budget. Left as traps: the 其中 lines under 公务用车购置及运行费, the 合计 first.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "qizhong-split", "total-row-first", "overspent-line", "year-end", "wanyuan-caption", "municipality", "tianjin"],
  settings: { asOf: "2025-08-21", district: "天津市" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [30, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        ["2024年度", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 60, 53.6],
        ["1.因公出国（境）费", 12, 8.6],
        ["2.公务用车购置及运行费", 45, 41.2],
        ["其中：（1）公务用车购置费", 20, 19.5],
        ["（2）公务用车运行费", 25, 21.7],
        ["3.公务接待费", 3, 3.8],
        ["注：“三公”经费决算数小于预算数，主要是厉行节约，从严控制公务出国和公务用车支出。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 3.80 of a 3.00 budget: 0.80 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "60 = 12 + 45 + 3; the 其中 lines 20 + 25 make up the 45, not added again" },
      { rule: "execution.total-mismatch", cell: "C4", why: "53.60 = 8.60 + 41.20 + 3.80" },
      { rule: "execution.total-mismatch", cell: "C6", why: "41.20 = 19.50 + 21.70" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: spending below them is never behind schedule (8.60 / 12 = 71.7%)" },
      { rule: "execution.no-spending", why: "every line has spent" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 is within its budget and carries no status of its own" },
    ],
  },
};
