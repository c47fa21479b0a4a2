import type { CorpusLayout } from "../types";

// 南宁市西乡塘区人大常委会办公室 2017年部门预算 (第二部分 2017年部门预算及“三公”经费预算说明): one 二级 budget unit (101001 本级). Its 三公 budget
// table is laid out in the one-row form Guangxi's county-level offices used for 2017: 单位编码 | 单位名称 | 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行维护费) | 公务接待费.
export const layout: CorpusLayout = {
  id: "xixiangtang-npc-2017-three-public-budget",
  source: {
    title: "南宁市西乡塘区人大常委会办公室2017年部门预算（“三公”经费预算表，表据说明拟）",
    url: "http://hhsycd.com/html/xxtrdcontents4820381866.html",
    publisher: "南宁市西乡塘区人大常委会办公室（转载）",
    date: "2017",
    changes:
      "As published: the office's duties, its one 二级 budget unit (101 西乡塘区人大常委会办公室, 101001 本级), the 2017 收入总预算 prose and the heading " +
      "第二部分 2017年部门预算及“三公”经费预算说明. The stored copy breaks off before the 三公 table: laid out by us as the one-row 2017 form (单位编码 | " +
      "单位名称 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行维护费) | 公务接待费). Every figure is " +
      "ours. Planted: the unit's 公务用车 小计 typed 7.50 where 购置 0 + 运行维护 6.50 = 6.50; its 合计 10.70 adds the heads right (so against the " +
      "typed 小计 it is 1.00 short).",
  },
  classes: [
    "execution", "budget", "three-public-expenses", "one-row-form", "unit-code-column", "two-header-rows", "subtotal-under-merged-header",
    "zero-heads", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "npc-office",
    "district-unit", "guangxi",
  ],
  settings: { district: "西乡塘区" },
  sheets: [
    {
      name: "三公经费预算",
      widths: [10, 30, 10, 12, 10, 12, 14, 10],
      rows: [
        ["2017年“三公”经费预算表", null, null, null, null, null, null, null],
        ["单位：南宁市西乡塘区人大常委会办公室", null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行维护费", null],
        ["101001", "西乡塘区人大常委会办公室本级", 10.7, 0, 7.5, 0, 6.5, 4.2],
        ["注：本表反映2017年一般公共预算财政拨款安排的“三公”经费预算；本单位2017年无因公出国（境）及公务用车购置安排。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A6:H6"],
      numberFormats: { "C5:H5": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 5, columns: { A: "code", B: "line", C: "initialBudget" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E5", why: "公务用车 小计 7.50 where 购置 0 + 运行维护 6.50 = 6.50 (1.00 over)" },
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 10.70 against its heads as typed: 0 + 7.50 (the 小计) + 4.20 = 11.70 (1.00 under)" },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget table: no spending column at all" },
      { rule: "execution.behind-schedule", why: "budget only" },
      { rule: "input.unreadable-value", cell: "A5", why: "101001 is the unit's code" },
    ],
  },
};
