import type { CorpusLayout } from "../types";

// 东莞市长安镇 2024 政府预算公开, 关于长安镇2023年预算执行情况和2024年预算草案的报告 (2024-02-27): 全镇一般公共预算总支出
// 43.27亿元, 完成调整预算98.12%, 其中 基本经费 16.38亿元, 专项经费 23.14亿元（含市拨专款4.01亿元）, 基建工程 2.24亿元. Laid out as
// the execution table such a report carries: 调整预算数 | 执行数 | 完成调整预算%, 合计 first, the 市拨 part as a 其中 line.
export const layout: CorpusLayout = {
  id: "changan-2023-general-budget-expenditure-execution",
  source: {
    title: "关于长安镇2023年预算执行情况和2024年预算草案的报告（2023年一般公共预算支出执行情况表据报告拟）",
    url: "https://www.dg.gov.cn/dgcaz/gkmlpt/content/4/4171/mpost_4171480.html",
    publisher: "东莞市财政局长安分局",
    date: "2024-02-27",
    changes:
      "As published: the report's 2023 spending lines and their names (基本经费支出, 专项经费支出 含市拨专款, 基建工程支出), 总支出 43.27亿元 and its " +
      "stated 98.12% of the 调整预算. The report is prose: the table and the 调整预算 figures are ours, in 万元, with an 其他支出 line for the rest " +
      "(表据报告拟). Planted: 基建工程 86.15% of its budget for a year that is over (more than 5 points under 100%); the 合计's rate kept at the " +
      "report's 98.12% where 432,700 / 440,300 = 98.27%.",
  },
  classes: ["execution", "adjusted-budget-and-actual", "completion-rate-column", "total-row-first", "qizhong-line", "past-year", "whole-wanyuan", "wanyuan-caption", "rates-as-text", "two-decimal-rates", "notes-under-table", "table-from-prose", "town-budget", "guangdong"],
  settings: { district: "东莞市", asOf: "2024-02-27" },
  sheets: [
    {
      name: "支出执行",
      widths: [30, 14, 14, 14],
      rows: [
        ["长安镇2023年一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%"],
        ["一般公共预算总支出", 440300, 432700, "98.12%"],
        ["一、基本经费支出", 165500, 163800, "98.97%"],
        ["二、专项经费支出", 233200, 231400, "99.23%"],
        ["    其中：市拨专款", 40100, 40100, "100.00%"],
        ["三、基建工程支出", 26000, 22400, "86.15%"],
        ["四、其他支出", 15600, 15100, "96.79%"],
        ["注：收支相抵，结转结余5737.88万元。基建工程支出主要为镇属道路、排水等工程款。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D8", why: "基建工程 22,400 / 26,000 = 86.15%, 13.85 points under the year's end (100%)" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "总支出 432,700 / 440,300 = 98.27%, stated 98.12%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "165,500 + 233,200 + 26,000 + 15,600 = 440,300; the 其中 市拨专款 is inside 专项 and not added again" },
      { rule: "execution.total-mismatch", cell: "C4", why: "163,800 + 231,400 + 22,400 + 15,100 = 432,700" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "163,800 / 165,500 = 98.97%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "其他支出 96.79%, within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status of its own" },
      { rule: "execution.overspent", why: "no line spent more than its budget (市拨专款 100.00% exactly)" },
    ],
  },
};
