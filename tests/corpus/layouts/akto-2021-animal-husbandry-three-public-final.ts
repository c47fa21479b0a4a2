import type { CorpusLayout } from "../types";

// 新疆阿克陶县畜牧兽医局2021年度部门决算公开说明 — among its tables 七、《一般公共预算财政拨款“三公”经费支出决算表》. Laid out in the
// rows form (项目 | 预算数 | 决算数, a 栏次 row, 合计 first, the car line's two numbered halves under it).
export const layout: CorpusLayout = {
  id: "akto-2021-animal-husbandry-three-public-final",
  source: {
    title: "新疆阿克陶县畜牧兽医局2021年度部门决算公开说明（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://xjakt.gov.cn/xjakt/c116274/202211/bc8cc50a202f436a927a5d06c6218aeb.shtml",
    publisher: "阿克陶县财政局",
    date: "2022-11",
    changes:
      "As published: the bureau, the year, the table's name in the 目录 (一般公共预算财政拨款“三公”经费支出决算表). The stored copy shows the 目录 " +
      "and 职责 only: the grid (项目 | 预算数 | 决算数, 栏次, 合计 first, 1.–3. with （1）（2） under the car line, 公开07表) and every figure are ours. " +
      "Planted: 公务接待费 3.86 spent against a 3.50 budget; 决算 合计 typed 12.27 where 0 + 8.86 + 3.86 = 12.72.",
  },
  classes: ["execution", "final-accounts", "three-public", "rows-form", "column-number-row", "total-first", "numbered-halves", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "xinjiang"],
  sheets: [
    {
      name: "公开07表",
      widths: [32, 14, 14],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null],
        ["2021年度", null, "公开07表"],
        ["部门：阿克陶县畜牧兽医局", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 12.5, 12.27],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 9, 8.86],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 9, 8.86],
        ["3.公务接待费", 3.5, 3.86],
        ["注：“三公”经费决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null],
      ],
      merges: ["A1:C1", "A2:B2", "A3:B3", "A12:C12"],
      numberFormats: { "B6:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 3.86 spent against its 3.50 budget: 0.36万元 over" },
      { rule: "execution.total-mismatch", cell: "C6", why: "决算 合计 12.27 where 0 + 8.86 + 3.86 = 12.72: 0.45万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 合计 12.50 = 0 + 9.00 + 3.50" },
      { rule: "execution.total-mismatch", cell: "C8", why: "8.86 = 购置 0 + 运行 8.86" },
      { rule: "execution.overspent", cell: "C6", why: "a 合计 row gets no status of its own" },
      { rule: "execution.overspent", cell: "C10", why: "运行费 8.86 of 9.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0): nothing budgeted went unspent" },
      { rule: "execution.total-mismatch", cell: "B5", why: "栏次 1 | 2 are column numbers" },
    ],
  },
};
