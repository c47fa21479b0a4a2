import type { CorpusLayout } from "../types";

// 三明市住房和城乡建设局 2022-05: 2022年历史建筑保护修缮省级“以奖代补”资金安排表 — by 县（市、区）, two counted blocks side by side
// (500㎡ 以上 at 25万元 a building, 500㎡ 以下 at 15万元), one 共计补助金额, a 合计 row repeating the standards, and the 情况说明 under it.
export const layout: CorpusLayout = {
  id: "sanming-2022-historic-building-repair-awards",
  source: {
    title: "2022年历史建筑保护修缮省级“以奖代补”资金安排表",
    url: "http://zjj.sm.gov.cn/xxgk/zjxx/202205/t20220516_1786926.htm",
    publisher: "三明市住房和城乡建设局",
    date: "2022-05-16",
    changes:
      "As published: the grid's six headings (县（市、区） | 建筑面积500㎡(含)以上数量(栋) | …标准(万元) | 500㎡以下数量(栋) | …标准(万元) | 共计补助金额(万元)), " +
      "the 合计 row with the two standards repeated in it, and the 资金安排表情况说明 under the table (15 / 25万元 a building). Ours: the counts " +
      "and a seventh county (将乐县). Planted: the 合计's 共计 typed 455 where the lines add up to 445.",
  },
  classes: ["composition", "unit-times-quantity", "two-counted-blocks", "standard-columns", "standards-repeated-in-total-row", "whole-wanyuan", "unit-in-header", "total-at-foot", "notes-under-table", "counties-as-lines", "prefecture-fund", "fujian"],
  settings: { district: "三明市" },
  sheets: [
    {
      name: "资金安排表",
      widths: [12, 16, 14, 16, 14, 16],
      rows: [
        ["2022年历史建筑保护修缮省级“以奖代补”资金安排表", null, null, null, null, null],
        ["县（市、区）", "建筑面积500㎡（含）以上数量（栋）", "建筑面积500㎡以上标准（万元）", "建筑面积500㎡以下数量（栋）", "建筑面积500㎡以下标准（万元）", "共计补助金额（万元）"],
        ["三元区", 0, 25, 1, 15, 15],
        ["清流县", 2, 25, 3, 15, 95],
        ["宁化县", 1, 25, 4, 15, 85],
        ["沙县区", 2, 25, 2, 15, 80],
        ["泰宁县", 1, 25, 2, 15, 55],
        ["建宁县", 3, 25, 0, 15, 75],
        ["将乐县", 1, 25, 1, 15, 40],
        ["合  计", 10, 25, 13, 15, 455],
        ["资金安排表情况说明", null, null, null, null, null],
        ["2022年历史建筑保护修缮省级“以奖代补”资金按照《福建省城乡人居环境建设专项资金管理办法》中的标准安排，建筑面积500㎡以下的按每栋15万元予以奖补，500㎡以上（含）的按每栋25万元予以奖补。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:F11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { A: "line", B: "quantity", C: "unitAmount", D: "quantity:500㎡以下", E: "unitAmount:500㎡以下", F: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F10", why: "合计 455 but the lines add up to 15 + 95 + 85 + 80 + 55 + 75 + 40 = 445 (10 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "清流县 2 × 25 + 3 × 15 = 95: both blocks are paid" },
      { rule: "composition.line-mismatch", cell: "F5", why: "宁化县 1 × 25 + 4 × 15 = 85" },
      { rule: "composition.total-mismatch", cell: "C10", why: "the 合计 row repeats the standard 25, no sum" },
      { rule: "composition.total-mismatch", cell: "E10", why: "the 合计 row repeats the standard 15, no sum" },
      { rule: "composition.total-mismatch", cell: "B10", why: "10 buildings = 0 + 2 + 1 + 2 + 1 + 3 + 1" },
      { rule: "composition.total-mismatch", cell: "D10", why: "13 buildings = 1 + 3 + 4 + 2 + 2 + 0 + 1" },
      { rule: "input.unreadable-value", cell: "A12", why: "the 情况说明 is prose under the table" },
    ],
  },
};
