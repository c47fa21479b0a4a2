import type { CorpusLayout } from "../types";

// 北京通州文化旅游区管理委员会 2023年度部门决算 (2024-09): the stored copy lists the 13 决算报表 and says 报表详见附件.
// Laid out as 北京's 财政拨款“三公”经费支出决算表: 预算数 and 决算数 blocks across one row, the car line's 小计 | 购置 | 运行
// under its merged heading; every figure ours.
export const layout: CorpusLayout = {
  id: "tongzhou-culture-tourism-zone-2023-three-public-final-accounts",
  source: {
    title: "北京通州文化旅游区管理委员会2023年度部门决算（十一、财政拨款“三公”经费支出决算表；表为拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1727932.shtml",
    publisher: "北京通州文化旅游区管理委员会",
    date: "2024-09",
    changes:
      "As published: the committee's 2023 部门决算 with its table list (十一、财政拨款“三公”经费支出决算表); the tables themselves are attachments the stored copy does not show. " +
      "The table follows 北京's one-row form (预算数 | 决算数 blocks, car line 小计 | 购置费 | 运行费); all figures are ours. Planted: the 决算 合计 typed 7.94 where its parts add up to 8.07; " +
      "公务接待费 spent 2.95 against 2.60.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "table-number-label", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-agency", "beijing"],
  settings: { district: "北京市通州区" },
  sheets: [
    {
      name: "财政拨款三公经费",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开11表"],
        ["部门：北京通州文化旅游区管理委员会", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["2023年度", null, null, null, null, null, null, null, null, null, null, null],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [8.6, 0, 6.0, 0, 6.0, 2.6, 7.94, 0, 5.12, 0, 5.12, 2.95],
        ["注：“三公”经费预算数为年初预算数；决算数包括当年财政拨款和以前年度结转资金安排的实际支出。本单位2023年度无因公出国（境）费和公务用车购置费支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:K3", "A4:L4", "A5:F5", "G5:L5", "A6:A7", "B6:B7", "C6:E6", "F6:F7", "G6:G7", "H6:H7", "I6:K6", "L6:L7", "A10:L10"],
      numberFormats: { "A9:L9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财政拨款三公经费", kind: "execution", unit: "万元", headerRow: 5, lastRow: 9, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G9", why: "决算 合计 7.94 where 因公出国 0.00 + 公务用车 小计 5.12 + 公务接待 2.95 = 8.07: 0.13万元 short" },
      { rule: "execution.overspent", cell: "L9", why: "公务接待费 spent 2.95 against its budget of 2.60: 0.35万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A9", why: "预算 合计 8.60 = 0.00 + 6.00 + 2.60" },
      { rule: "execution.total-mismatch", cell: "C9", why: "预算 小计 6.00 = 购置 0.00 + 运行 6.00" },
      { rule: "execution.total-mismatch", cell: "I9", why: "决算 小计 5.12 = 0.00 + 5.12" },
      { rule: "execution.overspent", cell: "K9", why: "运行费 5.12 of 6.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (运行费 85.3%)" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00): nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A8", why: "1–12 are column numbers" },
      { rule: "input.unreadable-value", cell: "L2", why: "公开11表 is the table's number" },
    ],
  },
};
