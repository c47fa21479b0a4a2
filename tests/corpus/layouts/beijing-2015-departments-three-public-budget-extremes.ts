import type { CorpusLayout } from "../types";

// 北京 2015: 110 municipal departments published their 2015 budgets; the press named the three with the largest 三公 budgets
// (市公安局, 市交管局, 市教委) and the three with the smallest. Grid ours: 序号 | 部门 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 |
// 公务接待费 under two section rows, dashes for none, the 110 departments' total in the note only.
export const layout: CorpusLayout = {
  id: "beijing-2015-departments-three-public-budget-extremes",
  source: {
    title: "今年北京“三公”预算压缩1.2亿（部门“三公”经费预算表据报道拟）",
    url: "https://m.fx361.cc/news/2015/0429/23769157.html",
    publisher: "新传奇 2015年10期（转《新京报》2015-03-05）",
    date: "2015-04-29",
    changes:
      "The report names the three departments with the largest 2015 三公 budgets and the three with the smallest, with the total of the 110 " +
      "departments and how many rose or fell. The grid (two section rows, 合计 beside its three kinds, the 110-department total in the note) is " +
      "built from it; the splits into the three kinds and the large departments' figures are ours. Planted: 市教委's 合计 typed 7,610.00 where " +
      "3,210.00 + 3,305.00 + 1,086.00 = 7,601.00.",
  },
  classes: ["execution", "three-public", "budget-only", "departments-as-lines", "row-total-column", "section-rows", "dash-for-nothing", "total-only-in-note", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-level", "beijing"],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公预算",
      widths: [8, 34, 16, 16, 20, 14],
      rows: [
        ["2015年北京市部门“三公”经费财政拨款预算（预算最多和最少的各3个部门）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "部门", "“三公”经费预算合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
        ["一、预算最多的3个部门", null, null, null, null, null],
        [1, "北京市公安局", 9932.5, 180, 9350, 402.5],
        [2, "北京市公安局公安交通管理局", 8423.4, 35, 8120, 268.4],
        [3, "北京市教育委员会", 7610, 3210, 3305, 1086],
        ["二、预算最少的3个部门", null, null, null, null, null],
        [1, "北京市总工会", 5.5, "—", 3.2, 2.3],
        [2, "北京市农村建设办公室", 8.18, "—", 6, 2.18],
        [3, "北京市物资有限公司所属事业单位", 9.13, "—", 7.5, 1.63],
        ["注：110个部门2015年“三公”经费财政拨款预算总额65,300万元，比上年压缩约12,000万元；95个部门下降，7个部门增加，8个部门持平。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:F4", "A8:F8", "A12:F12"],
      numberFormats: { "C5:F11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { B: "line", C: "initialBudget", D: "initialBudget:因公出国（境）费", E: "initialBudget:公务用车购置及运行费", F: "initialBudget:公务接待费" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "北京市教育委员会 3,210.00 + 3,305.00 + 1,086.00 = 7,601.00, the 合计 says 7,610.00 (9.00万元 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "180.00 + 9,350.00 + 402.50 = 9,932.50" },
      { rule: "execution.total-mismatch", cell: "C9", why: "— (nothing) + 3.20 + 2.30 = 5.50" },
      { rule: "input.unreadable-value", cell: "D9", why: "a dash means nothing" },
      { rule: "execution.total-mismatch", cell: "A12", why: "the 110 departments' 65,300 in the note is no total of the six lines shown" },
      { rule: "execution.no-spending", why: "a budget alone: no spending column, no spending status" },
      { rule: "execution.behind-schedule", why: "a budget alone, and 三公 lines are ceilings" },
    ],
  },
};
