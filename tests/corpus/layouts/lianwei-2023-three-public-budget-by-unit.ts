import type { CorpusLayout } from "../types";

// 联圩镇人民政府2023年部门预算 (南昌市新建区, 江西): the contents list eleven tables, the seventh 《一般公共预算"三公"经费支出表》. The stored
// copy shows the contents and the 说明, not the grid: set out as 新建区 units publish it — 单位编码 | 单位名称, then the year's budget merged
// over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, three header rows, the 合计 row first.
export const layout: CorpusLayout = {
  id: "lianwei-2023-three-public-budget-by-unit",
  source: {
    title: "联圩镇人民政府2023年部门预算（七、《一般公共预算\"三公\"经费支出表》）",
    url: "https://saintpaulhem.com/xjq/xjqrmzf/xjbmysjs44/202303/15e1f4423faa4fa98da0523b32cb8661.shtml",
    publisher: "南昌市新建区联圩镇人民政府 (page mirrored on saintpaulhem.com)",
    date: "2023-03",
    changes:
      "As published: the department, the year, the table's name and place (七) in the contents. The grid is not in the stored copy: the " +
      "form's columns as 江西 units run them, the three budget units and every figure ours. Planted: 联圩镇农业综合服务中心's 合计 typed 4.50 " +
      "where 0 + 2.40 + 1.10 = 3.50, so the 合计 column's foot (16.00) also misses its lines as typed (10.50 + 2.00 + 4.50 = 17.00).",
  },
  classes: ["execution", "budget-only", "three-public", "units-as-lines", "unit-code-column", "three-header-rows", "merged-budget-heading", "xiaoji-column", "qizhong-columns", "total-row-first", "zero-columns", "two-decimal-wanyuan", "wanyuan-caption", "table-not-in-stored-copy", "town-department", "jiangxi"],
  settings: { district: "南昌市新建区" },
  sheets: [
    {
      name: "表7",
      widths: [12, 30, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算“三公”经费支出表", null, null, null, null, null, null, null],
        ["单位名称：联圩镇人民政府", null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "2023年预算数", null, null, null, null, null],
        [null, null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [null, "合计", 16, 0, 9.6, 0, 9.6, 6.4],
        ["906001", "联圩镇人民政府本级", 10.5, 0, 6, 0, 6, 4.5],
        ["906002", "联圩镇社会事务综合服务中心", 2, 0, 1.2, 0, 1.2, 0.8],
        ["906003", "联圩镇农业综合服务中心", 4.5, 0, 2.4, 0, 2.4, 1.1],
      ],
      merges: ["A1:H1", "A3:A5", "B3:B5", "C3:H3", "C4:C5", "D4:D5", "E4:G4", "H4:H5"],
      numberFormats: { "C6:H9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表7",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:因公出国（境）费", E: "initialBudget:公务用车购置及运行费", H: "initialBudget:公务接待费" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C9", why: "联圩镇农业综合服务中心 合计 4.50; 0 + 2.40 + 1.10 = 3.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 column foot 16.00; its lines as typed 10.50 + 2.00 + 4.50 = 17.00" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "0 + 6.00 + 4.50 = 10.50 (小计 6.00 = 0 + 6.00; its 其中 columns not added again)" },
      { rule: "execution.total-mismatch", cell: "E6", why: "6.00 + 1.20 + 2.40 = 9.60" },
      { rule: "execution.total-mismatch", cell: "H6", why: "4.50 + 0.80 + 1.10 = 6.40" },
      { rule: "execution.no-spending", why: "a budget table: no spending column to judge" },
      { rule: "execution.behind-schedule", why: "a budget table: no spending column, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "A7", why: "the unit code is a code, no amount" },
    ],
  },
};
