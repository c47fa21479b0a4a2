import type { CorpusLayout } from "../types";

// 尤溪县财政局 2023年度部门决算 (福建, 三明), 表七：一般公共预算财政拨款“三公”经费支出决算表, laid vertically: 项目 | 上年决算数 | 本年预算数 |
// 本年决算数, the car line split 其中：（1）购置费 （2）运行费, 合计 first.
export const layout: CorpusLayout = {
  id: "youxi-2023-finance-bureau-three-public-final-accounts",
  source: {
    title: "2023年度尤溪县财政局部门决算（第二部分 七、一般公共预算财政拨款“三公”经费支出决算表）",
    url: "http://www.fjyx.gov.cn/zwgk/czzj/bmczyjssgjf/2023bmjs_38380/202407/t20240709_2041796.htm",
    publisher: "尤溪县财政局",
    date: "2024-07-09",
    changes:
      "The table's title and place among the nine 部门决算表 (一、收入支出决算总表 … 九、国有资本经营预算财政拨款支出决算表) are as published; the stored " +
      "copy shows the contents, not the tables, so the vertical layout (项目 | 上年决算数 | 本年预算数 | 本年决算数), the caption, the note and every " +
      "amount are ours. Planted: 公务接待费 spent 4.12 against a budget of 3.50; the 合计's 本年决算数 typed 14.89 where 10.86 + 4.12 = 14.98.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "vertical-three-public", "qizhong-split", "last-year-column", "zero-budget-lines", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "county-department", "fujian"],
  settings: { asOf: "2024-07-09", district: "尤溪县" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        ["单位名称：尤溪县财政局", "2023年度", null, "单位：万元"],
        ["项目", "上年决算数", "本年预算数", "本年决算数"],
        ["“三公”经费合计", 16.24, 15.5, 14.89],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 12.58, 12, 10.86],
        ["其中：（1）公务用车购置费", 0, 0, 0],
        ["（2）公务用车运行费", 12.58, 12, 10.86],
        ["3.公务接待费", 3.66, 3.5, 4.12],
        ["注：本单位2023年度无因公出国（境）及公务用车购置支出。", null, null, null],
      ],
      merges: ["A1:D1", "B2:C2", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", C: "adjustedBudget", D: "actual" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D4", why: "本年决算 合计 14.89 where 0.00 + 10.86 + 4.12 = 14.98 (0.09 short)" },
      { rule: "execution.overspent", cell: "D9", why: "公务接待费 4.12 spent against 3.50 budgeted: 0.62 over (a ceiling, and overspending it still counts)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "预算 15.50 = 0.00 + 12.00 + 3.50" },
      { rule: "execution.total-mismatch", cell: "B4", why: "上年 16.24 = 0.00 + 12.58 + 3.66 (a comparison column anyway)" },
      { rule: "execution.total-mismatch", cell: "D6", why: "10.86 = 购置 0.00 + 运行 10.86" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings: spending 10.86 of 12.00 on cars is economy" },
      { rule: "execution.no-spending", cell: "D5", why: "因公出国（境）费 has no budget (0.00): nothing to spend" },
      { rule: "execution.no-spending", cell: "D7", why: "公务用车购置费 has no budget (0.00)" },
      { rule: "execution.overspent", cell: "D4", why: "合计 carries no status of its own (and 14.98 < 15.50)" },
      { rule: "input.unreadable-value", sheet: "三公经费支出决算表", cell: "A10", why: "the 注 line is a note" },
    ],
  },
};
