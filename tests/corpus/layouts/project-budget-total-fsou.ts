import type { CorpusLayout } from "../types";

// A research project's 项目支出总预算 (金额单位：万元): a column-number row (1)…(4), outline
// numbering 一、（一）1、（1）, a 其中 line, and a 经费来源 block with "/" for cells that cannot apply.
export const layout: CorpusLayout = {
  id: "project-budget-total-fsou",
  source: {
    title: "项目申报书 十一、经费支出预算（一）项目支出总预算",
    url: "http://fsou.com/html/text/chl/1777/177737_4.html",
    publisher: "fsou.com (法律法规全文库) — a ministry project application template",
    changes:
      "Header wording, the (1)–(4) row, the line names and the 经费来源 block with its '/' cells as published. " +
      "The blank form's amounts are filled with invented figures; the 专项经费拨付进度申请 block below the " +
      "table is cut. Planted: 1、设备费 states 120.00 (专项 90.00) while its three lines give 115.00 (专项 85.00).",
  },
  classes: ["composition", "column-number-row", "outline-numbering", "qizhong-line", "slash-as-nothing", "wanyuan-caption"],
  sheets: [
    {
      name: "项目支出总预算",
      widths: [6, 40, 12, 12, 12],
      rows: [
        ["（一）项目支出总预算", null, null, null, null],
        [null, null, null, null, "金额单位：万元"],
        ["序号", "预算科目名称", "合计", "专项经费", "自筹经费"],
        [null, "(1)", "(2)", "(3)", "(4)"],
        [1, "一、经费支出", 325, 245, 80],
        [2, "（一）直接费用", 283, 207, 76],
        [3, "1、设备费", 120, 90, 30],
        [4, "（1）购置设备费", 85, 60, 25],
        [5, "（2）试制设备费", 20, 15, 5],
        [6, "（3）设备改造与租赁费", 10, 10, 0],
        [7, "2、材料费", 48, 30, 18],
        [8, "3、测试化验加工费", 26, 20, 6],
        [9, "4、燃料动力费", 8, 5, 3],
        [10, "5、差旅费", 12, 10, 2],
        [11, "6、会议费", 6, 6, 0],
        [12, "7、国际合作与交流费", 10, 10, 0],
        [13, "8、出版/文献/信息传播/知识产权事务费", 9, 7, 2],
        [14, "9、劳务费", 36, 24, 12],
        [15, "10、专家咨询费", 5, 5, 0],
        [16, "11、其他支出", 3, 0, 3],
        [17, "（二）间接费用", 42, 38, 4],
        [18, "其中：绩效支出", 12, 12, 0],
        [19, "二、经费来源", 325, 245, 80],
        [20, "（一）申请从专项经费获得的资助", 245, 245, "/"],
        [21, "（二）自筹经费来源", 80, "/", 80],
        [22, "1、其他财政拨款", 30, "/", 30],
        [23, "2、单位自有货币资金", 45, "/", 45],
        [24, "3、其他资金", 5, "/", 5],
      ],
      merges: ["A1:E1"],
      numberFormats: { "C5:E28": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目支出总预算",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 28,
        columns: { A: "code", B: "line", C: "amount", D: "amount:专项经费", E: "amount:自筹经费" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C7",
        why: "1、设备费 合计 states 120.00; （1）85.00 + （2）20.00 + （3）10.00 = 115.00",
      },
      {
        rule: "composition.total-mismatch",
        cell: "D7",
        why: "1、设备费 专项经费 states 90.00; 60.00 + 15.00 + 10.00 = 85.00",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "（一）直接费用 283.00 = the eleven stated categories 120 + 48 + 26 + 8 + 12 + 6 + 10 + 9 + 36 + 5 + 3" },
      { rule: "composition.total-mismatch", cell: "C21", why: "（二）间接费用 42.00 is not the sum of its 其中 line (12.00): 其中 names a part, not all parts" },
      { rule: "composition.total-mismatch", cell: "C5", why: "一、经费支出 325.00 = 283.00 + 42.00; the 其中 line is not added again" },
      { rule: "composition.total-mismatch", cell: "C23", why: "二、经费来源 325.00 = 245.00 + 80.00; the sources are not more expense lines of 一" },
      { rule: "input.unreadable-value", cell: "E24", why: "'/' marks a cell that cannot apply" },
      { rule: "composition.line-mismatch", why: "the (1)…(4) row numbers columns; it is not a line with a quantity" },
    ],
  },
};
