import type { CorpusLayout } from "../types";

// 中国致公党北京市委员会 2023年度部门决算 (北京市 2023 市级部门决算专题, 2024-08): the thirteen 决算报表 are in an attachment; table 十一,
// 财政拨款“三公”经费支出决算表, is laid out here on the Beijing form — one row across: 预算数 over 合计 | 因公出国（境）费 |
// 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费, then 决算数 over the same six, a 栏次 row above the figures.
export const layout: CorpusLayout = {
  id: "beijing-zhigong-2023-three-public-final-accounts",
  source: {
    title: "中国致公党北京市委员会2023年度部门决算（十一、财政拨款“三公”经费支出决算表）",
    url: "https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/caizheng/czzt/2023js/202408/t20240819_3776826.html",
    publisher: "中国致公党北京市委员会",
    date: "2024-08-19",
    changes:
      "The stored page gives the report's contents and prose (收支总计 1,257.59万元) but says 报表详见附件1: the table's form (two blocks of six " +
      "columns, a 栏次 row) follows the Beijing 部门决算 form; its header lines and every figure are ours. Planted: 决算数 合计 typed 7.50 where " +
      "0 + 5.84 + 1.46 = 7.30; 公务接待费 spent 1.46 against a 预算数 of 1.20.",
  },
  classes: ["execution", "three-public", "final-accounts", "one-row-across", "budget-and-actual-blocks", "subtotal-columns", "column-number-row", "past-year", "wanyuan-caption", "department-final-accounts", "table-not-in-stored-copy", "municipal-department", "beijing"],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开11表"],
        ["编制部门：中国致公党北京市委员会", null, null, null, null, "2023年度", null, null, null, null, null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [7.7, 0, 6.5, 0, 6.5, 1.2, 7.5, 0, 5.84, 0, 5.84, 1.46],
        ["注：“三公”经费预算数为年初预算数；本部门2023年度无因公出国（境）团组，未购置公务用车。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:E3", "F3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G8", why: "决算数 合计 7.50, its parts 因公出国 0 + 公务用车购置及运行费 5.84 + 公务接待费 1.46 = 7.30" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 决算 1.46 above its 预算数 1.20 (0.26 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算数 合计 0 + 6.50 + 1.20 = 7.70 (the 小计 6.50, not its 购置 0 and 运行 6.50 again)" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 0 + 6.50 = 6.50" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 0 + 5.84 = 5.84" },
      { rule: "execution.behind-schedule", cell: "K8", why: "公务用车运行费 5.84 of 6.50 (89.8%): 三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 had a budget of 0: nothing to spend" },
      { rule: "execution.overspent", cell: "K8", why: "运行费 5.84 below 6.50" },
      { rule: "input.unreadable-value", cell: "A7", why: "the 栏次 row numbers the columns, no figures" },
    ],
  },
};
