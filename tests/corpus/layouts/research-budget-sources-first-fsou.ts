import type { CorpusLayout } from "../types";

// Another ministry application template's 经费预算: the sources block first (一、经费来源（万元）, a
// two-column list with sub-items (1)(2)(3)), then 二、经费支出（万元） as a numbered table with no total row.
export const layout: CorpusLayout = {
  id: "research-budget-sources-first-fsou",
  source: {
    title: "项目申报书 九、经费预算",
    url: "http://fsou.com/html/text/chl/1699/169922_4.html",
    publisher: "fsou.com (法律法规全文库) — a project application template",
    changes:
      "Wording and order as published (一、经费来源（万元）: 1、申请从专项经费获得的资助; 2、自筹经费来源 （1）其他财政拨款 （2）单位自有货币资金 " +
      "（3）其他资金; 二、经费支出（万元）: 序号/预算科目名称/合计/专项经费/自筹经费, lines 1–15 ending in 12、间接费用, no total row). " +
      "The blank form filled with invented figures. Planted: 2、自筹经费来源 states 80.00 while its three sources give 75.00.",
  },
  classes: ["composition", "two-blocks", "outline-numbering", "no-total-row", "wanyuan-in-caption"],
  sheets: [
    {
      name: "经费预算",
      widths: [6, 40, 12, 12, 12],
      rows: [
        ["九、经费预算", null, null, null, null],
        ["一、经费来源（万元）", null, null, null, null],
        ["1、申请从专项经费获得的资助", null, 240, null, null],
        ["2、自筹经费来源", null, 80, null, null],
        ["（1）其他财政拨款", null, 30, null, null],
        ["（2）单位自有货币资金", null, 40, null, null],
        ["（3）其他资金", null, 5, null, null],
        ["二、经费支出（万元）", null, null, null, null],
        ["序号", "预算科目名称", "合计", "专项经费", "自筹经费"],
        [1, "1、设备费", 90, 60, 30],
        [2, "（1）设备购置费", 70, 45, 25],
        [3, "（2）设备试制费", 12, 10, 2],
        [4, "（3）设备改造与租赁费", 8, 5, 3],
        [5, "2、材料费", 45, 35, 10],
        [6, "3、测试化验加工费", 30, 25, 5],
        [7, "4、燃料动力费", 6, 4, 2],
        [8, "5、差旅费", 15, 12, 3],
        [9, "6、会议费", 5, 5, 0],
        [10, "7、国际合作与交流费", 8, 8, 0],
        [11, "8、出版/文献/信息传播/知识产权事务费", 6, 5, 1],
        [12, "9、劳务费", 40, 30, 10],
        [13, "10、专家咨询费", 5, 5, 0],
        [14, "11、其他支出", 4, 2, 2],
        [15, "12、间接费用", 61, 49, 12],
      ],
      merges: ["A1:E1", "A2:E2", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A8:E8"],
      numberFormats: { "C3:C7": "0.00", "C10:E24": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "经费预算", kind: "composition", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "line", C: "amount" } },
      {
        sheet: "经费预算",
        kind: "composition",
        unit: "万元",
        headerRow: 9,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "amount", D: "amount:专项经费", E: "amount:自筹经费" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "2、自筹经费来源 states 80.00; （1）30.00 + （2）40.00 + （3）5.00 = 75.00" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "1、设备费 90.00 = 70.00 + 12.00 + 8.00 (专项 60 = 45 + 10 + 5, 自筹 30 = 25 + 2 + 3)" },
      { rule: "composition.total-mismatch", why: "the expense table has no total row; the two blocks are not one list to be summed" },
      { rule: "composition.line-mismatch", why: "序号 numbers lines; there are no unit prices or quantities" },
      { rule: "input.unreadable-value", cell: "A8", why: "二、经费支出（万元） is the caption of the second block" },
    ],
  },
};
