import type { CorpusLayout } from "../types";

// 重庆市开州区大进镇人民政府 2024年度决算: the township's 财政拨款“三公”经费 预算数 beside 决算数, 合计 first, the car line split
// 其中 购置 / 运行维护, a note under the table. 公务接待费 spent above its budget; the 决算 合计 typed with two digits swapped.
export const layout: CorpusLayout = {
  id: "kaizhou-dajin-2024-three-public-final-accounts",
  source: {
    title: "重庆市开州区大进镇人民政府2024年度决算公开说明（财政拨款“三公”经费支出决算表）",
    url: "http://www.cqkz.gov.cn/qzfjz_238/hfjdbsc_81980/zwgk_73112/fdzdgknr_73114/ysjs/jsgk/202509/t20250922_15031132.html",
    publisher: "重庆市开州区大进镇人民政府",
    date: "2025-09-22",
    changes:
      "The stored copy shows the 说明 (职能职责, 机构设置, 收入支出 totals) but not the attached 决算 tables; the 三公 table is laid out as " +
      "the 说明's 三公 section reports it (预算数 | 决算数 by line, 合计 first, 公务用车购置及运行维护费 with its 其中 lines) " +
      "(table-not-in-stored-copy). Figures are ours. Planted: 公务接待费 4.08 spent against a budget of 3.50; the 决算 合计 typed 20.05 " +
      "where the lines add up to 20.50.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "total-row-first", "qizhong-split", "zero-lines", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "township", "chongqing"],
  settings: { district: "重庆市开州区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [34, 14, 14],
      rows: [
        ["重庆市开州区大进镇人民政府2024年度财政拨款“三公”经费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 21.5, 20.05],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行维护费", 18, 16.42],
        ["  其中：公务用车购置费", 0, 0],
        ["        公务用车运行维护费", 18, 16.42],
        ["3.公务接待费", 3.5, 4.08],
        ["注：本单位2024年度无因公出国（境）团组，未购置公务用车；年末公务用车保有量3辆。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0.00 + 16.42 + 4.08 = 20.50, not the 20.05 typed (0.45 short)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 4.08 against a budget of 3.50: 0.58 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "0.00 + 18.00 + 3.50 = 21.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "0.00 + 16.42 = 16.42; the 其中 rows are not added into 合计 again" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0.00): nothing to spend" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0.00)" },
      { rule: "execution.behind-schedule", cell: "C8", why: "三公经费 lines are ceilings: 16.42 of 18.00 is saving" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own" },
      { rule: "input.unreadable-value", why: "the note under the table is no data row" },
    ],
  },
};
