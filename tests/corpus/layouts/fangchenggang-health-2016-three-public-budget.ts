import type { CorpusLayout } from "../types";

// 广西防城港市卫生和计划生育委员会 2016年市级部门预算: its 目录 names 三、2016年部门“三公”经费预算情况说明 and 第四部分 部门财政资金安排的
// 三公经费预算增减情况; the 三公 budget laid out in the across-row form — 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费)
// | 公务接待费, one row of figures under the committee's name.
export const layout: CorpusLayout = {
  id: "fangchenggang-health-2016-three-public-budget",
  source: {
    title: "广西防城港市卫生和计划生育委员会2016年市级部门预算（部门“三公”经费预算表，表据目录拟）",
    url: "https://www.fcgs.gov.cn/zfxxgk/zdlyxxgk/czzj/bmys/bmys2016/t13897296.shtml",
    publisher: "防城港市卫生和计划生育委员会",
    date: "2016",
    changes:
      "The stored copy shows the 目录 and the committee's 主要职能 only. The title follows the 目录's 三公 section; the grid (the across-row " +
      "三公 budget form: 单位名称, 合计, 因公出国（境）费, 公务用车购置及运行费 split 小计 / 公务用车购置费 / 公务用车运行费, 公务接待费, one row), " +
      "the 单位：万元 caption and every figure are ours. Planted: the 小计 typed 18.50 where 购置费 0.00 + 运行费 16.50 = 16.50; the 合计 24.70 " +
      "agrees with the true 小计 (2.00 + 16.50 + 6.20) but not with the typed one (2.00 + 18.50 + 6.20 = 26.70).",
  },
  classes: ["execution", "three-public", "budget-only", "columns-form", "split-under-merged-header", "one-row-of-figures", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "table-from-contents", "city-department", "guangxi"],
  settings: { district: "防城港市" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [30, 12, 14, 12, 14, 14, 12],
      rows: [
        ["防城港市卫生和计划生育委员会2016年部门“三公”经费预算表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["防城港市卫生和计划生育委员会", 24.7, 2, 18.5, 0, 16.5, 6.2],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
      numberFormats: { "B5:G5": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 5, columns: { A: "line", B: "initialBudget" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D5", why: "公务用车购置及运行费 小计 18.50 where 购置费 0.00 + 运行费 16.50 = 16.50 (2.00万元 apart)" },
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 24.70 against its heads as typed: 2.00 + 18.50 + 6.20 = 26.70 (2.00 apart; it agrees only with the true 小计)" },
    ],
    absent: [
      { rule: "execution.overspent", why: "a budget table: nothing is spent" },
      { rule: "execution.no-spending", why: "a budget table states no spending; 购置费 0.00 is no budget" },
      { rule: "execution.behind-schedule", why: "a budget table has no execution rate; 三公 lines are ceilings" },
    ],
  },
};
