import type { CorpusLayout } from "../types";

// 鄂尔多斯市卫生健康委员会（市中医药管理局） 2023年度部门决算公开 (2024-11): 第五部分 十、财政拨款“三公”经费支出决算表 — the national one-row form:
// 预算数 and 决算数 blocks side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row 1–12.
// The stored copy gives the contents and the commission's duties, not the figures.
export const layout: CorpusLayout = {
  id: "ordos-health-commission-2023-three-public-final-accounts",
  source: {
    title: "2023年度鄂尔多斯市卫生健康委员会（鄂尔多斯市中医药管理局）（部门）部门决算公开（十、财政拨款“三公”经费支出决算表，表据决算目录拟）",
    url: "http://wjw.ordos.gov.cn/zfxxgk/fdzdgknr/yjsgk2/202411/t20241108_3710653.html",
    publisher: "鄂尔多斯市卫生健康委员会",
    date: "2024-11-08",
    changes:
      "As published: the 部门决算's contents (第二部分 八、财政拨款“三公”经费支出决算情况说明; 第五部分 部门决算表 一至十一, the tenth being the " +
      "财政拨款“三公”经费支出决算表) and the commission's duties. The stored copy does not show the tables: the grid is the national form (预算数 | " +
      "决算数 blocks, 栏次 1–12), the figures and the note are ours. Planted: 决算 公务接待费 6.84 over its 预算 6.00 (0.84 over); every total adds up.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "one-row-form", "budget-and-final-blocks", "two-header-rows", "split-under-merged-header",
    "subtotal-column", "column-number-row", "form-number", "line-over-budget", "zero-budget-parts", "year-in-title", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-department", "neimenggu",
  ],
  settings: { district: "鄂尔多斯市" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "公开10表"],
        ["部门：鄂尔多斯市卫生健康委员会（2023年度）", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [48, 0, 42, 0, 42, 6, 44.09, 0, 37.25, 0, 37.25, 6.84],
        ["注：本表反映部门本年度“三公”经费支出预算和决算情况；本部门2023年度无因公出国（境）及公务用车购置支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A3:K3", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 8, columns: { A: "adjustedBudget", G: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "L8", why: "决算 公务接待费 6.84 against its 预算 6.00 (F8): 0.84 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 48.00 = 0 + 42.00 + 6.00" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 44.09 = 0 + 37.25 + 6.84" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 37.25 = 0 + 37.25" },
      { rule: "execution.overspent", cell: "G8", why: "the 合计 44.09 is under 48.00 anyway, and a total gets no status" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行费 37.25 of 42.00 is a saving" },
      { rule: "input.unreadable-value", why: "the 栏次 row 1–12 numbers the columns; the note is text" },
    ],
  },
};
