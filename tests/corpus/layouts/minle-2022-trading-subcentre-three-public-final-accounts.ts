import type { CorpusLayout } from "../types";

// 张掖市公共资源交易中心民乐县分中心 2022年度部门决算 (2023-09-28), 第二部分 九、财政拨款“三公”经费支出决算表 on the national template:
// one row across, 预算数 and 决算数 each over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, 栏次 1–12.
export const layout: CorpusLayout = {
  id: "minle-2022-trading-subcentre-three-public-final-accounts",
  source: {
    title: "2022年度张掖市公共资源交易中心民乐县分中心部门决算（第二部分 九、财政拨款“三公”经费支出决算表）",
    url: "http://gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/czyjs/2022yjs/202309/t20230928_1120670.html",
    publisher: "民乐县公共资源交易中心",
    date: "2023-09-28",
    changes:
      "The stored copy shows the contents (第二部分 2022年度部门决算表 一 … 九、财政拨款“三公”经费支出决算表) and the sub-centre's duties, not the " +
      "tables' bodies. The table is laid out as the national template gives it; every figure is ours. Planted: the 预算 合计 typed 6.50 where " +
      "0.00 + 4.50 + 1.50 = 6.00; 公务接待费 budgeted 1.50 and nothing spent.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "qizhong-columns", "column-number-row", "ceiling-lines", "zero-cells", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "gansu"],
  sheets: [
    {
      name: "三公经费",
      widths: [10, 12, 12, 12, 12, 10, 10, 12, 12, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["2022年度", null, null, null, null, null, null, null, null, null, null, "公开09表"],
        ["部门：张掖市公共资源交易中心民乐县分中心", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [6.5, 0, 4.5, 0, 4.5, 1.5, 3.86, 0, 3.86, 0, 3.86, 0],
        ["注：本表反映部门本年度财政拨款“三公”经费支出预算和决算情况。预算数为全年预算数；决算数为当年财政拨款和以前年度结转资金安排的实际支出。本单位2022年度未发生因公出国（境）费用和公务用车购置费用。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 6.50 where 因公出国 0.00 + 公务用车 4.50 + 公务接待 1.50 = 6.00: 0.50万元 over" },
      { rule: "execution.no-spending", cell: "L8", why: "公务接待费 budgeted 1.50, nothing spent by 2022-12-31 (a ceiling line still reports spending none of its budget)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 0.00 + 3.86 + 0.00 = 3.86" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 0.00 + 4.50 = 4.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 0.00 + 3.86 = 3.86" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 had no budget (0.00): nothing budgeted, nothing unspent" },
      { rule: "execution.no-spending", cell: "J8", why: "公务用车购置费 had no budget (0.00)" },
      { rule: "execution.overspent", why: "运行费 3.86 of 4.50; nothing spent above a budget" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 at 85.8% is economy, not slowness" },
      { rule: "execution.total-mismatch", cell: "A7", why: "栏次 1–12 number the columns" },
    ],
  },
};
