import type { CorpusLayout } from "../types";

// 浙江省卫生健康委员会 2021-08-31: 2020年度浙江省卫生健康委员会部门决算. The stored copy opens with the 概况 (部门职责 1–6 …), not the
// tables; the 三公 table is laid out as the 一般公共预算财政拨款“三公”经费支出决算表 of the 2020 forms: one row across, 预算数 then 决算数,
// each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a column-number row above the figures.
export const layout: CorpusLayout = {
  id: "zhejiang-health-commission-2020-three-public-final",
  source: {
    title: "2020年度浙江省卫生健康委员会部门决算（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://wsjkw.zj.gov.cn/art/2021/8/31/art_1229123443_4720996.html",
    publisher: "浙江省卫生健康委员会",
    date: "2021-08-31",
    changes:
      "The stored copy shows the report's opening (一、概况 (一)部门职责), not its tables. The 三公 table is laid out as the 2020 form (title, 编制单位 " +
      "and 单位：万元 line, 预算数 / 决算数 blocks, 小计 under 公务用车购置及运行费, column numbers 1–12, the form's note); every figure is ours. " +
      "Planted: the 决算数 合计 typed 37.53 where 3.12 + 24.36 + 9.87 = 37.35 (digits swapped).",
  },
  classes: [
    "execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row",
    "two-decimal-wanyuan", "wanyuan-caption", "transposed-digits", "notes-under-table", "table-not-in-stored-copy", "province-department", "zhejiang",
  ],
  settings: { district: "浙江省" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：浙江省卫生健康委员会", null, null, null, null, null, null, null, null, null, "2020年度", "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [111.5, 45, 28.5, 0, 28.5, 38, 37.53, 3.12, 24.36, 0, 24.36, 9.87],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出预算数和决算数。预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:J2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", G: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "G7", why: "决算 合计 37.53 where 因公出国 3.12 + 公务用车 小计 24.36 + 接待 9.87 = 37.35 (0.18万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "A7", why: "预算 合计 111.50 = 45.00 + 28.50 + 38.00, the 小计 not added again" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "I7", why: "决算 小计 24.36 = 0.00 + 24.36" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "C7", why: "预算 小计 28.50 = 0.00 + 28.50" },
      { rule: "execution.overspent", why: "every 决算 figure is within its budget (3.12 of 45.00, 24.36 of 28.50, 9.87 of 38.00)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule (3.12 of 45.00 spent)" },
      { rule: "execution.no-spending", why: "公务用车购置费 has no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.total-mismatch", sheet: "三公经费决算表", cell: "A6", why: "1–12 are column numbers" },
    ],
  },
};
