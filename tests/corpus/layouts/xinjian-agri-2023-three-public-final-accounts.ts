import type { CorpusLayout } from "../types";

// 南昌市新建区农业农村局 2023年度部门决算 (2024-09-18), 第二部分 九、财政拨款“三公”经费支出决算表 laid out down the page: 项目 | 预算数 |
// 决算数 with a 栏次 row, the car line over its two （1）（2） parts, the template's note under it.
export const layout: CorpusLayout = {
  id: "xinjian-agri-2023-three-public-final-accounts",
  source: {
    title: "南昌市新建区农业农村局2023年度部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "https://m.taishandichan.com/xjq/xjqrmzf/xjbmysjs23/202409/e98faa4f00ce4e1c98503ba3f7b1267e.shtml",
    publisher: "南昌市新建区农业农村局",
    date: "2024-09-18",
    changes:
      "As published: the bureau, the year, the table's number and name in the 决算's contents (九、财政拨款“三公”经费支出决算表) and the note that " +
      "figures may differ in the last digit. The stored copy shows the contents and duties, not the tables: the rows are those of the 三公 决算表 " +
      "Jiangxi's departments publish, every figure ours. Planted: 公务用车购置及运行费's 决算数 typed 27.45 over parts 0.00 + 25.47; 公务接待费 spent " +
      "9.46 of its 8.60 budget.",
  },
  classes: ["execution", "final-accounts", "three-public", "rows-down-the-page", "parts-under-line", "column-number-row", "table-number-label", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption-row", "notes-under-table", "table-not-in-stored-copy", "district-department", "jiangxi"],
  settings: { district: "南昌市新建区" },
  sheets: [
    {
      name: "公开09表",
      widths: [34, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        [null, null, "公开09表"],
        ["编制单位：南昌市新建区农业农村局", "2023年度", "金额单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 38.6, 36.91],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 30, 27.45],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 30, 25.47],
        ["3.公务接待费", 8.6, 9.46],
        ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。本表金额转换为万元时，因四舍五入可能存在尾数误差。", null, null],
      ],
      merges: ["A1:C1", "A12:C12"],
      numberFormats: { "B6:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开09表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "公务用车购置及运行费 决算 27.45 where 购置费 0.00 + 运行费 25.47 = 25.47: 1.98万元 over (the 合计 36.91 = 0.00 + 27.45 + 9.46 adds the line as typed, so the slip is reported once, here)" },
      { rule: "execution.overspent", cell: "C11", why: "公务接待费 spent 9.46 against its budget of 8.60, 0.86万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算 合计 36.91 = 0.00 + 27.45 + 9.46, the car line as typed" },
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 合计 38.60 = 0.00 + 30.00 + 8.60" },
      { rule: "execution.total-mismatch", cell: "B8", why: "预算 30.00 = 0.00 + 30.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.overspent", cell: "C6", why: "in all 36.91 of 38.60" },
      { rule: "execution.total-mismatch", cell: "B5", why: "1, 2 are column numbers (栏次)" },
      { rule: "input.unreadable-value", cell: "C2", why: "公开09表 is the table's number" },
    ],
  },
};
