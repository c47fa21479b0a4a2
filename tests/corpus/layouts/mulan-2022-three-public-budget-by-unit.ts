import type { CorpusLayout } from "../types";

// 2022年黄陂区木兰乡人民政府（汇总）部门预算及“三公”经费公开 (武汉, 湖北; 2022-02): the contents list 七、一般公共预算“三公”经费支出表 of the
// town's summed budget, which the stored page does not show. Set out as a summed budget's 三公 table, units as rows under a 合计 row:
// 单位名称 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费.
export const layout: CorpusLayout = {
  id: "mulan-2022-three-public-budget-by-unit",
  source: {
    title: "2022年黄陂区木兰乡人民政府（汇总）部门预算及“三公”经费公开（一般公共预算“三公”经费支出表据汇总预算格式拟）",
    url: "https://www.huangpi.gov.cn/jxzl/mlx_jxzl/fdzdgknr_mlx/czzj_mlx/czyjs_mlx/202203/t20220329_1947225.html",
    publisher: "武汉市黄陂区木兰乡人民政府",
    date: "2022-02-10",
    changes:
      "As published: the town, the year and the table's name among the 11 tables. Its grid is not in the stored copy: the units and every " +
      "figure are ours. Planted: 木兰乡农业服务中心's 公务用车 小计 typed 2.70 where 购置 0 + 运行 2.20 = 2.20; the 合计 row's 公务接待费 " +
      "typed 6.80 where 4.20 + 0.60 + 0.60 + 1.20 = 6.60.",
  },
  classes: ["execution", "budget-only", "three-public", "units-as-rows", "parts-across", "merged-two-row-header", "subtotal-column", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "township", "hubei"],
  settings: { district: "武汉市黄陂区" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 10, 14, 10, 14, 14, 12],
      rows: [
        ["2022年一般公共预算“三公”经费支出表", null, null, null, null, null, null],
        ["部门：武汉市黄陂区木兰乡人民政府（汇总）", null, null, null, null, null, "单位：万元"],
        ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["合计", 20.2, 0, 13.6, 0, 13.1, 6.8],
        ["木兰乡人民政府（本级）", 12.6, 0, 8.4, 0, 8.4, 4.2],
        ["木兰乡财政所", 1.5, 0, 0.9, 0, 0.9, 0.6],
        ["木兰乡农业服务中心", 3.3, 0, 2.7, 0, 2.2, 0.6],
        ["木兰乡文化旅游服务中心", 2.8, 0, 1.6, 0, 1.6, 1.2],
        ["注：本表反映2022年一般公共预算财政拨款安排的“三公”经费预算；本乡无因公出国（境）安排，不购置公务用车。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A10:G10"],
      numberFormats: { "B5:G9": "0.00" },
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
        columns: { A: "line", B: "initialBudget", C: "initialBudget:因公出国（境）费", D: "initialBudget:公务用车购置及运行费", G: "initialBudget:公务接待费" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D8", why: "农业服务中心 公务用车 小计 2.70 where 购置 0 + 运行 2.20 = 2.20: 0.50 over" },
      { rule: "execution.total-mismatch", cell: "G5", why: "合计 公务接待费 6.80 where 4.20 + 0.60 + 0.60 + 1.20 = 6.60: 0.20 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B8", why: "农业服务中心 合计 3.30 = 0 + 2.70 + 0.60 with its 小计 as typed (the slip is the 小计's, reported once at D8)" },
      { rule: "execution.total-mismatch", cell: "B5", why: "12.60 + 1.50 + 3.30 + 2.80 = 20.20" },
      { rule: "execution.total-mismatch", cell: "D5", why: "8.40 + 0.90 + 2.70 + 1.60 = 13.60, the 小计s as typed" },
      { rule: "execution.total-mismatch", cell: "F5", why: "8.40 + 0.90 + 2.20 + 1.60 = 13.10" },
      { rule: "execution.total-mismatch", cell: "B6", why: "本级 12.60 = 0 + 8.40 + 4.20" },
      { rule: "execution.total-mismatch", cell: "B9", why: "文化旅游服务中心 2.80 = 0 + 1.60 + 1.20" },
      { rule: "execution.behind-schedule", why: "a budget with nothing spent beside it, and 三公 lines are ceilings" },
      { rule: "execution.no-spending", why: "a budget-only table has no spending column" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no line" },
    ],
  },
};
