import type { CorpusLayout } from "../types";

// 仁寿县交通运输局 (眉山市, 四川) 2025年部门预算编制说明: 十二、部门预算报表 lists (十)《一般公共预算“三公”经费支出表》. Laid out in the 四川
// 部门预算 form of that table: 单位编码 | 单位名称 | 当年财政拨款安排 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 |
// 公务用车运行费) | 公务接待费, one row for the bureau. The stored copy gives the contents and the duties, not the table's figures.
export const layout: CorpusLayout = {
  id: "renshou-2025-transport-bureau-three-public-budget",
  source: {
    title: "仁寿县交通运输局2025年部门预算编制说明（十二（十）一般公共预算“三公”经费支出表，表据报表目录拟）",
    url: "http://sunysa.com/info/5041/159547.htm",
    publisher: "仁寿县交通运输局",
    date: "2025",
    changes:
      "As published: the bureau, the explanation's contents (七、“三公”经费安排情况说明; 十二、部门预算报表 (一)–(十五)) and the table's name " +
      "《一般公共预算“三公”经费支出表》. The stored copy does not show the table: the form is the 四川 部门预算 one (单位编码 | 单位名称 | 当年财政拨款安排, " +
      "the 公务用车 heads split into 小计 | 购置费 | 运行费); the unit code, the figures and the note are ours. Planted: the 公务用车购置及运行费 小计 typed " +
      "13.60 where 购置费 0 + 运行费 12.60 = 12.60; the 合计 15.80 adds the heads right (0 + 12.60 + 3.20), so against the typed 小计 it is 1.00 short.",
  },
  classes: [
    "execution", "three-public", "budget-only", "one-row-form", "unit-code-column", "two-header-rows", "split-under-merged-header", "subtotal-column",
    "zero-parts", "ceiling-lines", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-bureau", "sichuan",
  ],
  settings: { district: "仁寿县" },
  sheets: [
    {
      name: "三公经费支出表",
      widths: [12, 22, 12, 14, 12, 14, 14, 12],
      rows: [
        ["一般公共预算“三公”经费支出表", null, null, null, null, null, null, null],
        ["部门：仁寿县交通运输局", null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "当年财政拨款安排", null, null, null, null, null],
        [null, null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["401001", "仁寿县交通运输局", 15.8, 0, 13.6, 0, 12.6, 3.2],
        ["注：本部门2025年无因公出国（境）及公务用车购置预算安排；公务用车运行费用于全局执法及应急保障车辆运行维护。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A5", "B3:B5", "C3:H3", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A7:H7"],
      numberFormats: { "C6:H6": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费支出表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, columns: { B: "line", C: "initialBudget" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E6", why: "公务用车购置及运行费 小计 13.60 against 购置费 0 + 运行费 12.60 = 12.60 (1.00 over)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 15.80 against its heads as typed: 0 + 13.60 (the 小计) + 3.20 = 16.80 (1.00 short)" },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget table: no spending column, nothing to be unspent" },
      { rule: "execution.behind-schedule", why: "a budget table states no spending" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "input.unreadable-value", cell: "A6", why: "401001 is the unit's code, no money" },
      { rule: "execution.total-mismatch", cell: "A6", why: "the unit code is no figure to add" },
    ],
  },
};
