import type { CorpusLayout } from "../types";

// 朝阳区财政局 2015-01-13: the 2014 budget outcome (estimated) — 一般公共预算收入 4,118,280万元, 100.4% of budget, up 9.4%; 营业税 1,010,582万元
// (88.7%, 营改增), 企业所得税 979,584万元 (119.5%); five main taxes 83.5% of the whole. Laid out as the revenue table such a report carries:
// 项目 | 预算数 | 预计完成数 | 完成预算% | 比上年增长%, the total first and the main taxes under it.
export const layout: CorpusLayout = {
  id: "beijing-chaoyang-2014-general-budget-revenue-execution",
  source: {
    title: "关于北京市朝阳区2014年财政预算执行情况和2015年财政预算草案的报告（一般公共预算收入执行情况表据正文拟）",
    url: "http://chyrd.bjchy.gov.cn/rdhy/rdh/dwchy2/8a24f0b447f8efdf014c0844433b01c8.html",
    publisher: "朝阳区财政局（朝阳区人大常委会网站）",
    date: "2015-01-13",
    changes:
      "As published: 一般公共预算收入 4,118,280万元 (100.4% of budget, +9.4%), 营业税 1,010,582万元 (88.7%) and 企业所得税 979,584万元 (119.5%), and the " +
      "five main taxes at 83.5% of the whole. Ours: the table form (the report gives them in sentences), the budgets (derived from the stated shares), " +
      "增值税 / 房产税 / 土地增值税 and 其他收入 with their growth (the three taxes made to add up to the 83.5%). Planted: 房产税's share typed " +
      "112.3% where 347,827 / 340,000 = 102.3%. 营业税's 88.7% (as published) leaves it 11.3 points short at the past year's end.",
  },
  classes: [
    "execution", "revenue-execution", "budget-outcome-report", "total-row-first", "tax-lines", "growth-column", "estimated-outcome",
    "whole-wanyuan-large", "thousands-separators", "wanyuan-caption", "past-year-at-year-end", "revenue-beyond-plan", "notes-under-table",
    "table-from-prose", "district-finance", "beijing",
  ],
  // Corrected after the hundred-and-seventy-fifth holdout's measurement (counted failed): 朝阳区 is a district of both 北京市
  // and 长春市, so the engine asks which (a clear error); the district is named whole.
  settings: { district: "北京市朝阳区" },
  sheets: [
    {
      name: "收入执行",
      widths: [26, 14, 14, 12, 12],
      rows: [
        ["朝阳区2014年一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "预计完成数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 4101872, 4118280, 1.004, 0.094],
        ["  营业税", 1139326, 1010582, 0.887, -0.052],
        ["  企业所得税", 819736, 979584, 1.195, 0.213],
        ["  增值税", 692810, 702316, 1.014, 0.168],
        ["  土地增值税", 410000, 398455, 0.972, 0.076],
        ["  房产税", 340000, 347827, 1.123, 0.061],
        ["  其他收入", 700000, 679516, 0.971, 0.118],
        ["注：2014年数据为预计情况。营业税未完成预算主要是营改增试点范围逐步扩大，缴纳营业税税源户大幅减少。营业税、企业所得税、增值税、土地增值税、房产税五大主体税种占财政收入的比重为83.5%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "B4:C10": "#,##0", "D4:E10": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "房产税 347,827 / 340,000 = 102.30%, shown 112.3%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "营业税 1,010,582 / 1,139,326 = 88.7%: a 2014 revenue line measured at the year's end (100%), 11.3 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 4,101,872 = 1,139,326 + 819,736 + 692,810 + 410,000 + 340,000 + 700,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "预计完成数 4,118,280 = 1,010,582 + 979,584 + 702,316 + 398,455 + 347,827 + 679,516" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "4,118,280 / 4,101,872 = 100.40%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "979,584 / 819,736 = 119.50%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "土地增值税 97.2%: 2.8 points short, within five" },
      { rule: "execution.behind-schedule", cell: "D10", why: "其他收入 679,516 / 700,000 = 97.1%: 2.9 points short, within five" },
      { rule: "execution.overspent", why: "revenue above its budget (企业所得税 119.5%) is collected beyond plan, not overspending" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年增长% is growth on 2013, no share of the budget" },
      { rule: "execution.total-mismatch", cell: "A11", why: "the note's 83.5% is a share in prose under the table" },
    ],
  },
};
