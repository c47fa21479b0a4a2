import type { CorpusLayout } from "../types";

// 上海市嘉定区司法局 2017年度部门决算: the 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表 — one row across, 预算数 | 决算数
// pairs under 合计 / 因公出国（境）费 / 公务用车购置及运行费 (小计, 购置费, 运行费) / 公务接待费, 机关运行经费决算数 at the right.
export const layout: CorpusLayout = {
  id: "jiading-justice-2017-three-public-final-accounts",
  source: {
    title: "上海市嘉定区司法局2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表",
    url: "http://www.021fenlei.com/n133889.htm",
    publisher: "上海市嘉定区司法局",
    date: "2018",
    changes:
      "As published: the title, 单位：万元, the header grid (the merged 一般公共预算财政拨款“三公”经费 over 合计 | 因公出国（境）费 | " +
      "公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, a 预算数 | 决算数 pair under each, 机关运行经费决算数 merged down) " +
      "and the explanation under the table (shortened). Figures are ours (zeros written 0.00 where the page leaves them blank). " +
      "Planted: the 合计 决算数 typed 9.97 against parts 9.77; 因公出国（境）费 budgeted 2.00 with nothing spent.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-pairs", "subtotal-column", "running-cost-column", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "district-department", "shanghai"],
  settings: { district: "上海市嘉定区" },
  sheets: [
    {
      name: "三公经费",
      widths: [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 12],
      rows: [
        ["2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", null, null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["一般公共预算财政拨款“三公”经费", null, null, null, null, null, null, null, null, null, null, null, "机关运行经费决算数"],
        ["合计", null, "因公出国（境）费", null, "公务用车购置及运行费", null, null, null, null, null, "公务接待费", null, null],
        [null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行费", null, null, null, null],
        ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", null],
        [26.0, 9.97, 2.0, 0.0, 14.0, 9.35, 0.0, 0.0, 14.0, 9.35, 10.0, 0.42, 318.56],
        ["关于上海市嘉定区司法局2017年度一般公共预算财政拨款“三公”经费支出决算情况说明：“三公”经费支出决算数小于预算数的主要原因是严格执行八项规定。", null, null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:M1", "A3:L3", "M3:M6", "A4:B5", "C4:D5", "E4:J4", "K4:L5", "E5:F5", "G5:H5", "I5:J5", "A8:M8"],
      numberFormats: { "A7:M7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", B: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费", cell: "B7", why: "决算 合计 9.97 ≠ 0.00 + 9.35 + 0.42 = 9.77 (the 小计 counted once)" },
      { rule: "execution.no-spending", sheet: "三公经费", cell: "D7", why: "因公出国（境）费 budgeted 2.00, 决算 0.00 by the end of 2017 (a ceiling, but spending none still counts)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费", cell: "A7", why: "预算 合计 26.00 = 2.00 + 14.00 + 10.00" },
      { rule: "execution.total-mismatch", sheet: "三公经费", cell: "F7", why: "小计 9.35 = 购置 0.00 + 运行 9.35" },
      { rule: "execution.behind-schedule", sheet: "三公经费", why: "三公 lines are ceilings: 公务接待费 0.42 of 10.00 is economy, not slowness" },
      { rule: "execution.no-spending", sheet: "三公经费", cell: "H7", why: "公务用车购置费 has no budget (0.00): nothing to spend" },
      { rule: "execution.overspent", sheet: "三公经费", why: "every part spent under its own budget" },
      { rule: "execution.total-mismatch", sheet: "三公经费", cell: "M7", why: "机关运行经费 is no part of the 三公 合计" },
    ],
  },
};
