import type { CorpusLayout } from "../types";

// 广西壮族自治区文化和旅游厅 2022-10-17: the department's 2021 决算, 表七 一般公共预算财政拨款安排的“三公”经费支出决算表, laid out as
// 项目 | 预算数 | 决算数 with the 公务用车 line split into 购置 / 运行.
export const layout: CorpusLayout = {
  id: "guangxi-culture-tourism-dept-2021-three-public-final-accounts",
  source: {
    title: "广西壮族自治区文化和旅游厅2021年度部门决算（表七：一般公共预算财政拨款安排的“三公”经费支出决算表）",
    url: "http://wlt.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/btczysjs/t13190299.shtml",
    publisher: "广西壮族自治区文化和旅游厅（财务处）",
    date: "2022-10-17",
    changes:
      "As published: the table's name and place (表七 of nine), the 2021年度 and the department. The stored copy shows the contents page, not the table " +
      "body; the table is laid out vertically (项目 | 预算数 | 决算数, 合计 first, 公务用车购置及运行费 with 其中 购置 / 运行) and every figure is ours. " +
      "Planted: 公务用车购置及运行费's 决算数 typed 44.80 where 购置 0.00 + 运行 41.80 = 41.80 (the 合计 78.64 follows the lines); 公务接待费 36.84 " +
      "spent against a budget of 34.50.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "zero-budget-lines", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "notes-under-table", "table-from-prose", "region-department", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "表七",
      widths: [36, 14, 14],
      rows: [
        ["一般公共预算财政拨款安排的“三公”经费支出决算表", null, null],
        ["公开07表", null, null],
        ["部门：广西壮族自治区文化和旅游厅", "2021年度", "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 86.5, 78.64],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 52, 44.8],
        ["其中：（1）公务用车购置费", 0, 0],
        ["（2）公务用车运行费", 52, 41.8],
        ["3.公务接待费", 34.5, 36.84],
        ["注：“三公”经费预算数为年初部门预算数；本部门2021年度因公出国（境）费及公务用车购置费无预算、无支出。", null, null],
      ],
      merges: ["A1:C1", "A11:C11"],
      numberFormats: { "B5:C10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表七",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 决算数 44.80 where its 其中 lines 0.00 + 41.80 = 41.80 (3.00 more)" },
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 36.84 spent against a budget of 34.50" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 78.64 = 0.00 + 41.80 + 36.84 (the lines); the slip is in the 公务用车 row, reported once there" },
      { rule: "execution.total-mismatch", cell: "B5", why: "86.50 = 0.00 + 52.00 + 34.50" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0.00)" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0.00)" },
      { rule: "execution.behind-schedule", cell: "C9", why: "公务用车运行费 41.80 of 52.00 (80.4%): a 三公 line is a ceiling, never behind schedule" },
      { rule: "execution.overspent", cell: "C5", why: "the 合计 78.64 is under its 86.50" },
      { rule: "input.unreadable-value", why: "公开07表, the caption and the note are text" },
    ],
  },
};
