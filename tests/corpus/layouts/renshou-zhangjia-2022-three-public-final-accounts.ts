import type { CorpusLayout } from "../types";

// 仁寿县彰加镇人民政府 (眉山, 四川) 2022 部门决算 (published 2023-10-27), 附表十三 财政拨款“三公”经费支出决算表: 预算数 and 决算数
// side by side, each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, 栏次 1–12, one row.
export const layout: CorpusLayout = {
  id: "renshou-zhangjia-2022-three-public-final-accounts",
  source: {
    title: "2022年度仁寿县彰加镇人民政府部门决算（第五部分 附表 十三、财政拨款“三公”经费支出决算表）",
    url: "https://www.rs.gov.cn/info/4885/145585.htm",
    publisher: "仁寿县彰加镇人民政府",
    date: "2023-10-27",
    changes:
      "As published: the report's parts and its thirteen tables, 财政拨款“三公”经费支出决算表 the last. The stored copy shows the " +
      "contents, not the table's body: the table is laid out in the national 决算 form (预算数 | 决算数, each 合计 | 因公出国（境）费 | " +
      "公务用车购置及运行费 over 小计 | 公务用车购置费 | 公务用车运行费 | 公务接待费; 栏次 1–12), and the figures are ours. Planted: " +
      "公务接待费 3.46 spent against a budget of 3.00; the budget's 公务用车 小计 8.50 where 0.00 + 8.00 = 8.00 (the 合计 11.50 carries it).",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "budget-and-actual-side-by-side", "merged-header-over-three", "three-header-rows", "column-number-row", "one-row-table", "zero-as-nothing", "town-government", "wanyuan-caption", "notes-under-table", "sichuan"],
  sheets: [
    {
      name: "公开13表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, "公开13表"],
        ["部门：仁寿县彰加镇人民政府", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [11.5, 0, 8.5, 0, 8, 3, 10.84, 0, 7.38, 0, 7.38, 3.46],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开13表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L8", why: "公务接待费: 3.46 spent against its budget of 3.00, 0.46万元 over" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算数 公务用车购置及运行费 小计 8.50 where 购置费 0.00 + 运行费 8.00 = 8.00: 0.50万元 over (the 合计 11.50 = 0.00 + 8.50 + 3.00 carries it, so the slip is reported once, here)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 11.50 = 0.00 + 8.50 + 3.00 as written; the slip is in the 小计" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 10.84 = 0.00 + 7.38 + 3.46" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 7.38 = 0.00 + 7.38" },
      { rule: "execution.overspent", cell: "G8", why: "in all 10.84 of 11.50" },
      { rule: "execution.overspent", cell: "K8", why: "公务用车运行费 7.38 of 8.00" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 has a budget of 0.00: nothing budgeted, nothing spent" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 has a budget of 0.00" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; 1–12 are column numbers" },
      { rule: "input.unreadable-value", why: "the caption rows (2022年度, 公开13表, 部门, 金额单位) and the note are text" },
    ],
  },
};
