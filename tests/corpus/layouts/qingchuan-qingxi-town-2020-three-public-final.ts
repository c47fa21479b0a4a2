import type { CorpusLayout } from "../types";

// 四川省青川县青溪镇 2020年度部门决算 (公开 2021-11-19), 附表十 一般公共预算财政拨款“三公”经费支出决算表: one row of figures across —
// 预算数 and 决算数 side by side, each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费 —
// three header rows and a 栏次 row (1…12).
export const layout: CorpusLayout = {
  id: "qingchuan-qingxi-town-2020-three-public-final",
  source: {
    title: "2020年度四川省青川县青溪镇部门决算（第五部分附表 十、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://m.tibetthsy.com/New/Detail/20220706093801778.html",
    publisher: "青川县青溪镇人民政府",
    date: "2021-11-19",
    changes:
      "The stored copy gives the contents (第五部分附表 一 … 十四, the 三公 table tenth) and the town's duties; the table body is not shown. It " +
      "is laid out as the 2020 final-accounts form prints it (公开10表; 预算数 | 决算数, each over 合计, 因公出国（境）费, 公务用车购置及运行费 with " +
      "小计 / 公务用车购置费 / 公务用车运行费, 公务接待费; 栏次 1–12; the form's note, shortened). Every figure is ours. Planted: the 决算数 " +
      "公务用车 小计 typed 8.46 where 购置 0.00 + 运行 8.64 = 8.64 (the 合计 10.14 adds the true 8.64); 公务用车运行费 spent 8.64 against a " +
      "budget of 8.00.",
  },
  classes: [
    "execution", "final-accounts", "budget-and-actual-side-by-side", "one-row-across", "three-header-rows", "column-number-row",
    "subtotal-column", "transposed-digits", "notes-under-table", "wanyuan-caption", "table-not-in-stored-copy", "town", "sichuan",
  ],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开10表"],
        ["部门：四川省青川县青溪镇", null, null, null, null, "2020年度", null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [9.7, 0, 8, 0, 8, 1.7, 10.14, 0, 8.46, 0, 8.64, 1.5],
        [
          "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
          null, null, null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: ["A1:L1", "A3:E3", "F3:H3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, year: 2020 }],
    findings: [
      { rule: "execution.total-mismatch", cell: "I8", why: "决算数 公务用车 小计 typed 8.46; 购置 0.00 + 运行 8.64 = 8.64 (0.18 apart)" },
      { rule: "execution.overspent", cell: "K8", why: "公务用车运行费 spent 8.64 against a budget of 8.00 (108.0%): 0.64万元 over" },
      // Corrected after the hundred-and-ninetieth holdout's measurement (counted failed): across one row the corpus checks a
      // 三公 合计 against its heads as typed (hainan-fic-2022, zhumadian-2021, baoji-port-zone-2019).
      { rule: "execution.total-mismatch", cell: "G8", why: "决算数 合计 10.14 against its heads as typed, 0.00 + 8.46 (the 小计) + 1.50 = 9.96 (0.18 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算数: 0.00 + 8.00 + 1.70 = 9.70, as stated" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算数 公务用车 小计 8.00 = 购置 0.00 + 运行 8.00" },
      { rule: "execution.total-mismatch", cell: "G7", why: "row 7 is the 栏次 row (1…12), not figures" },
      { rule: "execution.overspent", cell: "G8", why: "合计 gets no spending status" },
      { rule: "execution.overspent", cell: "I8", why: "a 小计 gets no spending status; the slip is reported as a total-mismatch" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 1.50 within 1.70" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 have no budget (0.00): nothing to spend" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
