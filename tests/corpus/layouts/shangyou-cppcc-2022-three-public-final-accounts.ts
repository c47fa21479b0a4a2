import type { CorpusLayout } from "../types";

// 上犹县政协办 2022年度部门决算 (2023-09), 第二部分 九、财政拨款“三公”经费支出决算表 laid out down the page as Jiangxi's departments publish it:
// 项目 | 预算数 | 决算数 with a 栏次 row, the car line over its （1）（2） parts, the 公开09表 label and the unit line above.
export const layout: CorpusLayout = {
  id: "shangyou-cppcc-2022-three-public-final-accounts",
  source: {
    title: "上犹县政协办2022年度部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "http://www.shangyou.gov.cn/syxxxgk/bmyjs/202309/7985692654af400e9420baa5ddc67002.shtml",
    publisher: "上犹县政协办公室",
    date: "2023-09",
    changes:
      "As published: the office, the year, the table's number and name in the 决算's contents (九、财政拨款“三公”经费支出决算表). The stored copy shows the " +
      "contents and duties, not the tables: the rows are those of the 三公 决算表 Jiangxi's departments publish, every figure ours. " +
      "Planted: the 决算 合计 typed 13.29 (0.00 + 7.52 + 4.87 = 12.39); 公务用车购置费 budgeted 18.00 and nothing spent.",
  },
  classes: ["execution", "final-accounts", "three-public", "rows-down-the-page", "parts-under-line", "column-number-row", "table-number-label", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption-row", "total-row-first", "no-spending-line", "table-not-in-stored-copy", "county-department", "jiangxi"],
  settings: { district: "上犹县" },
  sheets: [
    {
      name: "公开09表",
      widths: [36, 14, 14],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null],
        [null, null, "公开09表"],
        ["编制单位：中国人民政治协商会议上犹县委员会办公室", "2022年度", "金额单位：万元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["合计", 32.5, 13.29],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 26, 7.52],
        ["  其中：（1）公务用车购置费", 18, 0],
        ["        （2）公务用车运行费", 8, 7.52],
        ["3.公务接待费", 6.5, 4.87],
        ["注：预算数为“三公”经费年初预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", null, null],
      ],
      merges: ["A1:C1", "A12:C12"],
      numberFormats: { "B6:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开09表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "决算 合计 13.29 where 0.00 + 7.52 + 4.87 = 12.39: 0.90万元 over" },
      { rule: "execution.no-spending", cell: "C9", why: "公务用车购置费 budgeted 18.00 for 2022, nothing spent by the year's end" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 合计 32.50 = 0.00 + 26.00 + 6.50" },
      { rule: "execution.total-mismatch", cell: "B8", why: "26.00 = 购置费 18.00 + 运行费 8.00" },
      { rule: "execution.total-mismatch", cell: "C8", why: "7.52 = 0.00 + 7.52" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", cell: "C7", why: "因公出国（境）费 had no budget (0.00)" },
      { rule: "execution.no-spending", cell: "C8", why: "the car line spent 7.52: only its 购置费 part spent nothing" },
      { rule: "execution.total-mismatch", cell: "B5", why: "1, 2 are column numbers (栏次)" },
      { rule: "input.unreadable-value", cell: "C2", why: "公开09表 is the table's number" },
    ],
  },
};
