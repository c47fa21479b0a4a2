import type { CorpusLayout } from "../types";

// 黔东南州机关事务管理局本级 2023 部门决算, 公开表九 财政拨款“三公”经费支出决算表 in the vertical form Guizhou's units print:
// 项目 | 预算数 | 决算数 over a 栏次 row, 合计 first, then 1./2./3. heads with the car money split 其中：（1）购置 /（2）运行, notes under it.
export const layout: CorpusLayout = {
  id: "qiandongnan-2023-offices-bureau-three-public-final",
  source: {
    title: "2023年黔东南州机关事务管理局本级部门决算公开说明（九、财政拨款“三公”经费支出决算表）",
    url: "http://jgswj.qdn.gov.cn/zfxxgk/xxgkml/czxx/bmczjsjsgjf/202409/t20240930_85779747.html",
    publisher: "黔东南州机关事务管理局",
    date: "2024-09-30",
    changes:
      "The stored copy shows the 目录 (表九 财政拨款“三公”经费支出决算表) and the 部门职责 but not the table body: the table is laid out in the vertical " +
      "项目 | 预算数 | 决算数 form with a 栏次 row and the car money split into 其中 lines (table-not-in-stored-copy). Figures are ours. " +
      "Planted: the 决算数 合计 typed 74.38 where 0 + 50.26 + 25.12 = 75.38; 公务接待费 spent 25.12 against a 预算数 of 24.00.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "vertical-three-public-form", "column-number-row", "qizhong-lines", "numbered-heads", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "prefecture-unit", "guizhou"],
  settings: { district: "黔东南苗族侗族自治州" },
  sheets: [
    {
      name: "公开09表",
      widths: [34, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        [null, null, "公开09表"],
        ["部门：黔东南州机关事务管理局本级        2023年度", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", "1", "2"],
        ["合计", 86, 74.38],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 62, 50.26],
        ["  其中：（1）公务用车购置费", 30, 28.6],
        ["        （2）公务用车运行费", 32, 21.66],
        ["3.公务接待费", 24, 25.12],
        ["注：1.本表反映部门本年度“三公”经费支出预决算情况，预算数为全年预算数，包括年初预算和年中追加预算。", null, null],
        ["    2.本部门2023年无因公出国（境）支出。", null, null],
      ],
      merges: ["A1:C1", "A3:B3", "A12:C12", "A13:C13"],
      numberFormats: { "B6:C11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开09表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算数 合计 74.38 where 因公出国 0.00 + 公务用车 50.26 + 公务接待 25.12 = 75.38 (1.00 short)" },
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 spent 25.12 against a 预算数 of 24.00 (1.12 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算数 合计 0 + 62.00 + 24.00 = 86.00; the 其中 lines 30.00 + 32.00 are parts of 62.00, not added again" },
      { rule: "execution.total-mismatch", cell: "C8", why: "公务用车 50.26 = 购置 28.60 + 运行 21.66" },
      { rule: "execution.total-mismatch", cell: "B8", why: "62.00 = 30.00 + 32.00" },
      { rule: "execution.behind-schedule", why: "三公经费 are ceilings, and the year 2023 is closed: spending below budget is saving" },
      { rule: "execution.no-spending", cell: "C7", why: "因公出国（境）费 had no budget (0.00): nothing to spend" },
      { rule: "execution.overspent", cell: "C9", why: "购置 28.60 ≤ 30.00" },
      { rule: "input.unreadable-value", cell: "A5", why: "the 栏次 row (1, 2) numbers the columns, no data" },
      { rule: "input.unreadable-value", why: "the notes under the table are no data rows" },
    ],
  },
};
