import type { CorpusLayout } from "../types";

// 重庆市武隆区白马山旅游度假区管理委员会 2021年度部门决算: its 一般公共预算财政拨款“三公”经费支出决算表 in the standard 决算 form — 预算数 and
// 决算数 side by side, each 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, a 栏次 row, one row of figures.
export const layout: CorpusLayout = {
  id: "wulong-baimashan-2021-three-public-final-accounts",
  source: {
    title: "重庆市武隆区白马山旅游度假区管理委员会2021年度部门决算情况说明（一般公共预算财政拨款“三公”经费支出决算表）",
    url: "https://cqwl.gov.cn/bmjz_sites/bm/xgw/zwgk_98942/fdzdgknr_98944/ysjs_98950/jsgk/202208/t20220829_11047849.html",
    publisher: "重庆市武隆区白马山旅游度假区管理委员会",
    date: "2022-08-29",
    changes:
      "As published: the 决算's name, the committee, the year. The stored copy shows the 说明's opening (职能职责, 机构设置) only, not the tables; the " +
      "“三公” table is laid out in the column blocks of the national 部门决算 form (预算数 | 决算数, 公务用车购置及运行费 split 小计 | 购置费 | 运行费, 栏次 " +
      "row), its figures ours, with the form's note under it. Planted: 决算 合计 typed 11.83 where 0.00 + 7.46 + 3.92 = 11.38; 公务接待费 3.92 spent " +
      "against a budget of 3.50.",
  },
  classes: ["execution", "final-accounts", "three-public", "one-row-across", "budget-and-actual-blocks", "subtotal-column", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-department", "chongqing"],
  sheets: [
    {
      name: "三公经费决算表",
      widths: [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：重庆市武隆区白马山旅游度假区管理委员会", null, null, null, null, null, null, null, null, "2021年度", null, "单位：万元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [12.5, 0, 9, 0, 9, 3.5, 11.83, 0, 7.46, 0, 7.46, 3.92],
        ["注：“三公”经费的预算数为年初预算数；决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:I2", "J2:K2", "A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5", "A8:L8"],
      numberFormats: { "A7:L7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "adjustedBudget", G: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "决算 合计 11.83 where 因公出国 0.00 + 公务用车 小计 7.46 + 公务接待 3.92 = 11.38 (0.45万元 over, digits transposed)" },
      { rule: "execution.overspent", cell: "L7", why: "公务接待费 spent 3.92 against its budget of 3.50: 0.42万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A7", why: "预算 合计 12.50 = 0.00 + 9.00 + 3.50" },
      { rule: "execution.total-mismatch", cell: "C7", why: "预算 小计 9.00 = 0.00 + 9.00" },
      { rule: "execution.total-mismatch", cell: "I7", why: "决算 小计 7.46 = 0.00 + 7.46" },
      { rule: "execution.overspent", cell: "K7", why: "公务用车运行费 7.46 of 9.00" },
      { rule: "execution.overspent", cell: "G7", why: "the 合计 gets no status of its own; 11.83 (or 11.38) is below 12.50 anyway" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 have no budget (0.00): nothing budgeted, nothing unspent" },
      { rule: "execution.total-mismatch", cell: "A6", why: "1–12 are column numbers (栏次)" },
    ],
  },
};
