import type { CorpusLayout } from "../types";

// 天津市红桥区人民法院 2018-08: the 2017 “三公”经费 final accounts, given as prose (20.2万元: 因公出国（境） 7.8, 公务用车 11.9 all
// 运行维护, 公务接待 0.5). Laid out as the national 三公经费支出决算表: 项目 | 预算数 | 决算数, 合计 first, the car line split into
// 购置 / 运行维护 under it, one-decimal 万元.
export const layout: CorpusLayout = {
  id: "hongqiao-tj-court-2017-three-public-final-accounts",
  source: {
    title: "天津市红桥区人民法院2017年度一般公共预算财政拨款“三公”经费决算情况说明（决算表据正文拟）",
    url: "https://tjhqfy.tjcourt.gov.cn/article/detail/2018/08/id/3474631.shtml",
    publisher: "天津市红桥区人民法院",
    date: "2018-08",
    changes:
      "As published: the 决算 figures (合计 20.2; 因公出国（境）费 7.8; 公务用车购置及运行维护费 11.9, all 运行维护, 购置 0; 公务接待费 0.5) and the " +
      "explanations (出国 2人次, 18辆车, 接待 5批次 39人次). Ours: the table form and every 预算数 (the page gives none). " +
      "Planted: 公务接待费 budgeted 0.3 and 0.5 spent.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "budget-and-actual-columns", "total-row-first", "numbered-sub-lines", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "court", "tianjin"],
  settings: { district: "红桥区", asOf: "2018-08-01" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 12, 12],
      rows: [
        ["天津市红桥区人民法院2017年度一般公共预算财政拨款“三公”经费支出决算表", null, null],
        ["单位：万元", null, null],
        ["项目", "预算数", "决算数"],
        ["合计", 21.3, 20.2],
        ["1.因公出国（境）费", 8.0, 7.8],
        ["2.公务用车购置及运行维护费", 13.0, 11.9],
        ["（1）公务用车购置费", 0, 0],
        ["（2）公务用车运行维护费", 13.0, 11.9],
        ["3.公务接待费", 0.3, 0.5],
        ["注：2017年本部门组织出国团组0个，出国2人次；公务用车保有18辆，购置0辆；国内公务接待5批次、39人次，无外事接待。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A10:C10"],
      numberFormats: { "B4:C9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 0.5 spent against a 0.3 budget: 0.2 above (a ceiling, still overspent)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings: 出国 7.8 of 8.0, 用车 11.9 of 13.0 is economy, not slowness" },
      { rule: "execution.no-spending", why: "公务用车购置费 had no budget (0) and bought no car" },
      { rule: "execution.total-mismatch", why: "合计 21.3 = 8.0 + 13.0 + 0.3 and 20.2 = 7.8 + 11.9 + 0.5; 用车 13.0 = 0 + 13.0, 11.9 = 0 + 11.9 — the sub-lines are not added into the 合计 again" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 is within its budget (20.2 of 21.3); a total row gets no status of its own" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
