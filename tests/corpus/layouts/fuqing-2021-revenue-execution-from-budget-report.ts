import type { CorpusLayout } from "../types";

// 福清市财政局 2022-01-14: 关于福清市2021年预算执行情况及2022年预算草案的报告 — 一般公共预算总收入 170.4亿元 (预计数), 完成预算的101.6%,
// 增长9.8%, 其中 地方一般公共预算收入 102.22亿元 (100%, 增长12%); 政府性基金收入 91.34亿元. The report is prose; laid out here as the
// revenue execution table such reports attach: 项目 | 预算数 | 执行数（预计） | 完成预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "fuqing-2021-revenue-execution-from-budget-report",
  source: {
    title: "关于福清市2021年预算执行情况及2022年预算草案的报告 — 2021年收入执行情况表（表据正文拟）",
    url: "http://www.fuqing.gov.cn/xjwz/ztzl/yjsgk/zfyjsgk/bjys/202201/t20220114_4290858.htm",
    publisher: "福清市财政局",
    date: "2022-01-14",
    changes:
      "As published: the report's wording for the revenue lines (一般公共预算总收入, 其中 地方一般公共预算收入, 政府性基金收入), 预计数, the " +
      "completion and growth rates of the total and of 地方收入 as the report states them. The report gives these in prose: the table, the " +
      "上划中央和省收入 line (the rest of the 总收入), the budgets and the 政府性基金 figures are ours. Planted: 上划中央和省收入's 完成预算% typed " +
      "103.1 where 68.18 / 65.50 = 104.1%.",
  },
  classes: [
    "execution", "revenue-execution", "qizhong-lines", "complement-parts", "rate-column", "growth-column", "percent-as-number",
    "chinese-numbered-sections", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "county-level-city", "fujian",
  ],
  sheets: [
    {
      name: "收入执行",
      widths: [34, 12, 16, 14, 14],
      rows: [
        ["福清市2021年收入预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数（预计）", "完成预算%", "比上年增长%"],
        ["一、一般公共预算总收入", 167.72, 170.4, 101.6, 9.8],
        ["    其中：地方一般公共预算收入", 102.22, 102.22, 100, 12],
        ["          上划中央和省收入", 65.5, 68.18, 103.1, 6.6],
        ["二、政府性基金收入", 88.6, 91.34, 103.1, -4.2],
        ["注：2021年执行数为预计数，待年度决算编成后另行报告。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0.00", "D4:E7": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "上划中央和省收入: 68.18 / 65.50 = 104.1%, typed 103.1" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "170.40 / 167.72 = 101.6%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "91.34 / 88.60 = 103.1%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on last year, no completion rate" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 167.72 = 地方 102.22 + 上划 65.50" },
      { rule: "execution.total-mismatch", cell: "C4", why: "执行 170.40 = 102.22 + 68.18" },
      { rule: "execution.total-mismatch", cell: "C7", why: "政府性基金收入 is a peer section, not a part of 一般公共预算总收入" },
      { rule: "execution.overspent", why: "revenue collected above its budget is no overspending" },
      { rule: "execution.behind-schedule", why: "every line reached its year's budget" },
    ],
  },
};
