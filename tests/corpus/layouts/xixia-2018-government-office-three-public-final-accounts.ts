import type { CorpusLayout } from "../types";

// 银川市西夏区人民政府办公室 2018年部门决算, 第二部分 七、一般公共预算财政拨款“三公”经费支出决算表 — laid down the page:
// 项目 | 行次 | 预算数 | 决算数, a 栏次 row, 合计 first, 公务用车 split into its 其中 （1）（2）, the note under it.
export const layout: CorpusLayout = {
  id: "xixia-2018-government-office-three-public-final-accounts",
  source: {
    title: "银川市西夏区人民政府办公室2018年部门决算（七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://www.ycxixia.gov.cn/zwgk/bmxxgkmn/xxqzfbgs/fdzdgknr/yjsgk/bmjs/201909/t20190925_1753828.html",
    publisher: "银川市西夏区人民政府办公室",
    date: "2019-09-25",
    changes:
      "As published: the table's name and place in the 决算 (第二部分 七), the office, the year. The stored copy shows the contents and the " +
      "office's duties only; the figures and the down-the-page arrangement (项目 | 行次 | 预算数 | 决算数) are ours. Planted: the 决算 合计 " +
      "typed 26.97 where 0.00 + 15.42 + 11.37 = 26.79; 公务接待费 11.37 spent against a 10.60 budget.",
  },
  classes: ["execution", "final-accounts", "three-public", "lines-down-the-page", "row-number-column", "column-number-row", "qizhong-lines", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-department", "ningxia"],
  settings: { district: "银川市西夏区" },
  sheets: [
    {
      name: "公开07表",
      widths: [34, 8, 14, 14],
      rows: [
        [null, null, null, "公开07表"],
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        ["部门：银川市西夏区人民政府办公室", null, "2018年度", "单位：万元"],
        ["项目", "行次", "预算数", "决算数"],
        ["栏次", null, 1, 2],
        ["合计", 1, 28.6, 26.97],
        ["1.因公出国（境）费", 2, 0, 0],
        ["2.公务用车购置及运行费", 3, 18, 15.42],
        ["  其中：（1）公务用车购置费", 4, 0, 0],
        ["        （2）公务用车运行费", 5, 18, 15.42],
        ["3.公务接待费", 6, 10.6, 11.37],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出预算数和决算数。预算数为“三公”经费年初预算数，决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null, null],
      ],
      merges: ["A2:D2", "A12:D12"],
      numberFormats: { "C6:D11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开07表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 11, columns: { A: "line", C: "adjustedBudget", D: "actual" }, year: 2018 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D6", why: "决算 合计 26.97 where 0.00 + 15.42 + 11.37 = 26.79 (0.18万元 over; the 其中 lines counted once, inside 15.42)" },
      { rule: "execution.overspent", cell: "D11", why: "公务接待费 spent 11.37 against its budget of 10.60, 0.77万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "预算 合计 0.00 + 18.00 + 10.60 = 28.60; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "D8", why: "公务用车购置及运行费 15.42 = 购置 0.00 + 运行 15.42" },
      { rule: "execution.total-mismatch", cell: "B11", why: "行次 1–6 number the rows; they are no money" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 have no budget (0.00): nothing budgeted is nothing unspent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and the year is closed" },
      { rule: "execution.overspent", cell: "D6", why: "in all 26.97 (26.79 by its lines) of 28.60" },
    ],
  },
};
