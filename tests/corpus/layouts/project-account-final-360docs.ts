import type { CorpusLayout } from "../types";

// 国家重点研发计划 课题收支决算明细表 (课题表1): budget, this year's and cumulative spending and the
// balance, each split 中央财政资金 / 其他来源资金 under a merged header, a (1)…(8) row, 行号, a formula note.
export const layout: CorpusLayout = {
  id: "project-account-final-360docs",
  source: {
    title: "课题收支决算明细表（课题表1）",
    url: "https://360docs.net/doc/0520573856.html",
    publisher: "360docs (a 国家重点研发计划 project accounts template)",
    changes:
      "Form title, 课题编号/课题名称/课题承担单位 lines, 金额单位：万元, the header (行号/科目; 预算批复数, 本年发生数, 累计发生数, " +
      "收支差额 each over 中央财政资金/其他来源资金), the (1)–(8) row, the line names and the 注 with its formulas as " +
      "published; the blank form filled with invented figures. Planted: 3.测试化验加工费 has spent 64.30 of central " +
      "funds against 60.00 budgeted (收支差额 −4.30).",
  },
  classes: ["execution", "two-header-rows", "column-number-row", "year-column-groups", "outline-numbering", "notes-under-table", "wanyuan-caption"],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "课题表1",
      widths: [6, 34, 10, 10, 10, 10, 10, 10, 10, 10],
      rows: [
        ["课题表1", null, null, null, null, null, null, null, null, null],
        ["课题收支决算明细表", null, null, null, null, null, null, null, null, null],
        ["课题编号：2021YFB3400000", null, null, null, null, "课题名称：高性能复合材料构件智能制造关键技术", null, null, null, null],
        ["课题承担单位：（盖章）", null, null, null, null, null, null, null, "金额单位：万元", null],
        ["行号", "科目", "预算批复数", null, "本年发生数", null, "累计发生数", null, "收支差额", null],
        [null, null, "中央财政资金", "其他来源资金", "中央财政资金", "其他来源资金", "中央财政资金", "其他来源资金", "中央财政资金", "其他来源资金"],
        [null, null, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        [1, "一、课题支出合计", 540, 90, 119.8, 15.1, 473.1, 83.3, 66.9, 6.7],
        [2, "（一）直接费用", 470, 90, 101.8, 15.1, 420.6, 83.3, 49.4, 6.7],
        [3, "1.设备费", 180, 40, 7.2, 0, 162.7, 40, 17.3, 0],
        [4, "（1）购置设备费", 150, 40, 0, 0, 138.5, 40, 11.5, 0],
        [5, "（2）试制设备费", 20, 0, 5.2, 0, 18.2, 0, 1.8, 0],
        [6, "（3）设备改造与租赁费", 10, 0, 2, 0, 6, 0, 4, 0],
        [7, "2.材料费", 95, 20, 30.1, 6.2, 88.4, 18.6, 6.6, 1.4],
        [8, "3.测试化验加工费", 60, 10, 22.4, 3, 64.3, 9.2, -4.3, 0.8],
        [9, "4.燃料动力费", 12, 0, 3.6, 0, 9.8, 0, 2.2, 0],
        [10, "5.会议/差旅/国际合作交流费", 30, 5, 8.2, 1.1, 21.5, 3.1, 8.5, 1.9],
        [11, "6.出版/文献/信息传播/知识产权事务费", 8, 0, 2.8, 0, 6.2, 0, 1.8, 0],
        [12, "7.劳务费", 70, 15, 24, 4.8, 58, 12.4, 12, 2.6],
        [13, "8.专家咨询费", 10, 0, 2.6, 0, 7.6, 0, 2.4, 0],
        [14, "9.其他支出", 5, 0, 0.9, 0, 2.1, 0, 2.9, 0],
        [15, "（二）间接费用", 70, 0, 18, 0, 52.5, 0, 17.5, 0],
        [16, "二、课题收入合计", 540, 90, 162, 30, 540, 90, 0, 0],
        [
          "注：1.对于第一部分课题支出的相关内容，主要统计当年及累计资金支出数；2.对于第二部分课题收入的相关内容，主要统计当年及累计到位的资金数；3.本表公式：(7)=(1)-(5)，(8)=(2)-(6)。",
          null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: ["A2:J2", "A3:E3", "F3:J3", "A4:H4", "I4:J4", "A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:H5", "I5:J5", "A24:J24"],
      numberFormats: { "C8:J23": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "课题表1",
        kind: "execution",
        unit: "万元",
        headerRow: 5,
        lastRow: 23,
        columns: {
          B: "line",
          C: "adjustedBudget",
          D: "adjustedBudget:其他来源资金",
          G: "actual",
          H: "actual:其他来源资金",
        },
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "G15", why: "3.测试化验加工费, 中央财政资金: 累计 64.30 against 预算批复 60.00 (107.17%); the form's own 收支差额 is −4.30" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "E15", why: "本年发生数 22.40 is one year's part of the cumulative 64.30; the overspending is reported once, on the cumulative figure" },
      { rule: "execution.overspent", cell: "G23", why: "二、课题收入合计 counts money received (540.00 of 540.00), not spending" },
      { rule: "execution.total-mismatch", cell: "G8", why: "473.10 = 直接费用 420.60 + 间接费用 52.50" },
      { rule: "execution.total-mismatch", cell: "G10", why: "1.设备费 162.70 = 138.50 + 18.20 + 6.00" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the (1)…(8) row numbers columns" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
      { rule: "execution.no-spending", why: "lines with no 其他来源资金 budget (0.00) have nothing to spend" },
    ],
  },
};
