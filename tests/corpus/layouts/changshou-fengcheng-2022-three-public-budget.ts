import type { CorpusLayout } from "../types";

// 重庆市长寿区凤城街道办事处2022年部门预算情况说明 (2022-01-21): the street office's budget tables, among them the 财政拨款“三公”经费支出预算表 on
// 重庆's one-row form — 2022年预算数 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费. The car 小计 is typed
// short of its 运行费; the 合计 was added from the true parts, so it disagrees with the 小计 as typed.
export const layout: CorpusLayout = {
  id: "changshou-fengcheng-2022-three-public-budget",
  source: {
    title: "重庆市长寿区凤城街道办事处2022年部门预算情况说明（财政拨款“三公”经费支出预算表；表据正文拟）",
    url: "http://cqcs.gov.cn/jz/fcjd_75966/zwgk_75373/fdzdgknr_75377/czyjs_jz/jzys_jz/202201/t20220121_10326881.html",
    publisher: "长寿区凤城街道",
    date: "2022-01-21",
    changes:
      "The stored copy shows the 单位基本情况 (职能职责, 单位构成) and not the tables. The 三公 table is laid out on the one-row form 重庆's street " +
      "offices publish (表号, title, 单位 line, 2022年预算数 over the heads, 小计 | 公务用车购置费 | 公务用车运行费 under the car head); every figure is ours. " +
      "Planted: the car 小计 typed 16.80 where 购置 0 + 运行 18.60 = 18.60; the 合计 25.10 is the true sum, so against its heads as typed " +
      "(0 + 16.80 + 6.50 = 23.30) it is off too.",
  },
  classes: ["execution", "budget-only", "three-public", "one-row-form", "subtotal-in-row", "two-header-rows", "year-over-heads", "two-decimal-wanyuan", "table-number-row", "unit-line-with-department", "table-not-in-stored-copy", "street-office", "total-mismatch", "chongqing"],
  settings: { district: "长寿区" },
  sheets: [
    {
      name: "表七",
      widths: [10, 14, 10, 14, 14, 12],
      rows: [
        ["表七", null, null, null, null, null],
        ["财政拨款“三公”经费支出预算表", null, null, null, null, null],
        ["单位：重庆市长寿区凤城街道办事处", null, null, null, null, "单位：万元"],
        ["2022年预算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [25.1, 0, 16.8, 0, 18.6, 6.5],
      ],
      merges: ["A1:F1", "A2:F2", "A3:E3", "A4:F4", "A5:A6", "B5:B6", "C5:E5", "F5:F6"],
      numberFormats: { "A7:F7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表七", kind: "execution", unit: "万元", headerRow: 4, lastRow: 7, columns: { A: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车 小计 typed 16.80; 购置费 0 + 运行费 18.60 = 18.60 (1.80万元 short)" },
      { rule: "execution.total-mismatch", cell: "A7", why: "合计 25.10 against its heads as typed, 0 + 16.80 (the 小计) + 6.50 = 23.30 (1.80万元 apart)" },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget table: nothing is spent yet, and 三公 budgets are ceilings" },
      { rule: "execution.behind-schedule", why: "no spending column" },
      { rule: "execution.total-mismatch", cell: "E7", why: "运行费 18.60 is a head's part, not a total" },
    ],
  },
};
