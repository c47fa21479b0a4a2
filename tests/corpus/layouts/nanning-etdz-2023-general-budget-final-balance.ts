import type { CorpusLayout } from "../types";

// 南宁经开区财政局 2024-09-24: the report on the zone's 2023 final accounts gives the general budget's total income (333,722万元)
// by source and its total spending (277,137万元) by use, the difference carried into next year. Laid out as the balance table of such
// reports, two stacked tables in the same columns, each total on top of its lines: 收入项目 | 决算数, then 支出项目 | 决算数.
export const layout: CorpusLayout = {
  id: "nanning-etdz-2023-general-budget-final-balance",
  source: {
    title: "关于2023年南宁经济技术开发区财政决算草案的报告（一般公共预算收支决算平衡表据正文拟）",
    url: "http://nnwxxq.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/czjs/t21212741.shtml",
    publisher: "南宁经济技术开发区财政局",
    date: "2024-09-24",
    changes:
      "As published: the sources of income (一般公共预算收入, 上级补助收入, 上年结余, 调入资金, 一般债券转贷收入, 动用预算稳定调节基金) and the uses " +
      "of spending (一般公共预算支出, 上解支出, 一般债券还本支出, 安排预算稳定调节基金), each total stated before its parts, and the sentence on " +
      "what is carried over. The stored copy is prose: the table is ours and so are two figures (一般公共预算收入 215,436, 上解支出 typed 13,920). " +
      "Planted: 上解支出 typed 13,920, so the four uses add to 277,767 against the stated 支出总计 277,137.",
  },
  classes: ["execution", "balance-table", "two-tables-one-sheet", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "development-zone", "guangxi"],
  settings: { district: "南宁经济技术开发区" },
  sheets: [
    {
      name: "收支平衡表",
      widths: [36, 16],
      rows: [
        ["2023年南宁经济技术开发区一般公共预算收支决算平衡表", null],
        [null, "单位：万元"],
        ["收入项目", "决算数"],
        ["一般公共预算总收入", 334600],
        ["  一般公共预算收入", 215436],
        ["  上级补助收入", 66478],
        ["  上年结余", 39294],
        ["  调入资金", 2542],
        ["  地方政府一般债券转贷收入", 10542],
        ["  动用预算稳定调节基金", 308],
        [null, null],
        ["支出项目", "决算数"],
        ["一般公共预算支出总计", 277137],
        ["  一般公共预算支出", 233686],
        ["  上解支出", 13920],
        ["  地方政府一般债券还本支出", 10690],
        ["  安排预算稳定调节基金", 19471],
        ["注：收支相抵，扣除结转下年的支出57,463万元，本年无净结余。", null],
      ],
      merges: ["A1:B1", "A18:B18"],
      numberFormats: { "B4:B17": "#,##0" },
    },
  ],
  // Corrected after the seventy-seventh holdout's measurement (counted failed): the writer stated the two tables as
  // compositions; the corpus states a final account with one 决算数 column as execution of its actual figures (duji-2021,
  // beijing-stats-2021, wenquan-street-2022 and eleven more), so the slip is execution.total-mismatch.
  expect: {
    tables: [
      { sheet: "收支平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "actual" }, year: 2023 },
      { sheet: "收支平衡表", kind: "execution", unit: "万元", headerRow: 12, lastRow: 17, columns: { A: "line", B: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B13", why: "支出总计 277,137; its uses 233,686 + 13,920 + 10,690 + 19,471 = 277,767 (630万元 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "总收入 334,600 = 215,436 + 66,478 + 39,294 + 2,542 + 10,542 + 308" },
      { rule: "execution.total-mismatch", cell: "B18", why: "the carried-over 57,463 is in a note (334,600 − 277,137), not a line" },
      { rule: "execution.overspent", why: "no budget is stated beside the final figures" },
    ],
  },
};
