import type { CorpusLayout } from "../types";

// 西藏自治区妇产儿童医院 2022年度部门决算 (自治区卫生健康委员会 2023-09-19), 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表. Laid out
// in rows (项目 | 预算数 | 决算数 | 决算比预算增减额 | 增减%), 合计 first, the car line's two numbered halves under it.
export const layout: CorpusLayout = {
  id: "xizang-maternity-children-hospital-2022-three-public-final",
  source: {
    title: "西藏自治区妇产儿童医院2022年度部门决算（七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://www.xizang.gov.cn/zwgk/zdxxlygk/czyjsgk/202309/t20230919_377350.html",
    publisher: "西藏自治区卫生健康委员会",
    date: "2023-09-19",
    changes:
      "As published: the hospital, the year and the table's name and place in the set (第二部分 七). The stored copy shows the contents and the " +
      "duties, not the table body: the grid (项目 | 预算数 | 决算数 with the variance from budget in amount and percent beside, 合计 first, the car " +
      "line's （1）（2） halves) and every figure are ours. Planted: the 公务用车购置及运行费 决算 typed 18.60 where its halves give 0.00 + 16.80 = 16.80 " +
      "(the 合计 22.22 adds the halves, as the office does, and the variance columns follow the figures as typed).",
  },
  classes: ["execution", "final-accounts", "three-public", "rows-form", "total-first", "numbered-halves", "variance-columns", "percent-text", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "regional-hospital", "xizang"],
  sheets: [
    {
      name: "“三公”经费支出决算表",
      widths: [34, 12, 12, 16, 12],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null],
        ["单位：西藏自治区妇产儿童医院", null, "2022年度", null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算比预算增减额", "增减%"],
        ["合计", 26, 22.22, -3.78, "-14.54%"],
        ["1.因公出国（境）费", 0, 0, 0, "—"],
        ["2.公务用车购置及运行费", 20, 18.6, -1.4, "-7.00%"],
        ["  其中：（1）公务用车购置费", 0, 0, 0, "—"],
        ["        （2）公务用车运行费", 20, 16.8, -3.2, "-16.00%"],
        ["3.公务接待费", 6, 5.42, -0.58, "-9.67%"],
        ["注：决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出；本单位2022年度无因公出国（境）及公务用车购置支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:B2", "A10:E10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "“三公”经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 决算 18.60 where （1）购置费 0.00 + （2）运行费 16.80 = 16.80: 1.80万元 over its halves" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 22.22 = 0 + 16.80 + 5.42, the car line as its halves give it: the slip is reported once, at C6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 26.00 = 0 + 20.00 + 6.00; 20.00 = 0 + 20.00" },
      { rule: "execution.total-mismatch", cell: "D4", why: "决算比预算增减额 is a variance column, no budget or spending" },
      { rule: "execution.rate-mismatch", why: "增减% is a variance from the budget (22.22 / 26.00 − 1 = −14.54%), no execution rate" },
      { rule: "execution.overspent", why: "every line spent less than its budget (18.60 or 16.80 of 20.00, 5.42 of 6.00)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule; a past year besides" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0.00)" },
      { rule: "input.unreadable-value", why: "the dashes in 增减% mean nothing to divide by" },
    ],
  },
};
