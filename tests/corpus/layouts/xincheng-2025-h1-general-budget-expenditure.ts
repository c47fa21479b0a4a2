import type { CorpusLayout } from "../types";

// 西安市新城区 (陕西) 2025 first half: general-budget spending by function against the year-start budget, built from the
// report's list (支出…万元，完成预算的…%); the 国防 line overspent as published, two lines behind at mid-year.
export const layout: CorpusLayout = {
  id: "xincheng-2025-h1-general-budget-expenditure",
  source: {
    title: "西安市新城区人民政府关于新城区2025年上半年财政预算执行情况的报告（一般公共预算支出执行情况表据正文拟）",
    url: "http://www.xincheng.gov.cn/zwgk/zdxxgk/czxx/qzfczyjs/1952541432614498305.html",
    publisher: "西安市新城区财政局",
    date: "2025-07-23",
    changes:
      "The report gives the spending and its share of the year-start budget line by line in prose (全区一般公共预算支出229911万元，完成年初预算的63.1%; " +
      "一般公共服务 21124 / 40.8%, 国防 1566 / 1010.3%, 公共安全 17920 / 53.2%, 教育 58753 / 79.3%, 科学技术 315 / 20.1%, 文化旅游体育与传媒 624 / 90.8%; " +
      "the list goes on past the stored copy). The table is ours: the year-start budgets are derived from the published shares (rounded to the 万元), " +
      "the lines after 文化旅游体育与传媒 are gathered into one 其他各项支出 line of our own (202,402 / 129,609). Planted: 教育支出's share typed 69.3% " +
      "where 58,753 / 74,090 = 79.3%. As published: 国防 spent ten times its budget; 一般公共服务 (40.8%) and 科学技术 (20.1%) lag the half year.",
  },
  classes: ["execution", "budget-execution", "by-function", "total-row-first", "rate-column", "rates-as-numbers", "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "half-year", "year-in-title", "notes-under-table", "table-from-prose", "report-to-congress", "district-level", "shaanxi"],
  sheets: [
    {
      name: "支出执行",
      widths: [30, 16, 16, 18],
      rows: [
        ["新城区2025年上半年一般公共预算支出执行情况表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算数", "1-6月完成数", "完成年初预算%"],
        ["一般公共预算支出合计", 364360, 229911, 63.1],
        ["一般公共服务支出", 51775, 21124, 40.8],
        ["国防支出", 155, 1566, 1010.3],
        ["公共安全支出", 33684, 17920, 53.2],
        ["教育支出", 74090, 58753, 69.3],
        ["科学技术支出", 1567, 315, 20.1],
        ["文化旅游体育与传媒支出", 687, 624, 90.8],
        ["其他各项支出", 202402, 129609, 64.0],
        ["注：国防支出完成预算的1010.3%，主要是存在对企业发展补助等一次性专款支出；科学技术支出进度较慢，主要是科技三项费项目待区政府审议后在下半年拨付。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:C11": "#,##0", "D4:D11": "0.0" },
    },
  ],
  // Corrected after the seventy-second holdout's measurement (the layout stays counted as failed): the district was set
  // as 新城区 alone, which names two districts (呼和浩特's and 西安's); the engine refused it with one clear error, as it
  // should. The fund is 西安市新城区's.
  settings: { asOf: "2025-06-30", district: "西安市新城区" },
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "教育支出 58,753 / 74,090 = 79.30%, typed 69.3" },
      { rule: "execution.overspent", cell: "C6", why: "国防支出 spent 1,566 of a 155 budget (1010.3%), 1,411 over" },
      { rule: "execution.behind-schedule", cell: "D5", why: "一般公共服务支出 21,124 / 51,775 = 40.8%, time progress 6/12 = 50%: 9.2 points behind" },
      { rule: "execution.behind-schedule", cell: "D9", why: "科学技术支出 315 / 1,567 = 20.1% against 50%: 29.9 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 row gets no status of its own (and 63.1% is ahead of 50%)" },
      { rule: "execution.behind-schedule", cell: "D7", why: "公共安全支出 53.2% is ahead of 50%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "教育支出 is 79.3% spent whatever its share was typed as" },
      { rule: "execution.overspent", cell: "C10", why: "文化旅游体育与传媒支出 624 of 687 (90.8%) is within its budget" },
      { rule: "execution.total-mismatch", why: "51,775 + 155 + 33,684 + 74,090 + 1,567 + 687 + 202,402 = 364,360 and 21,124 + 1,566 + 17,920 + 58,753 + 315 + 624 + 129,609 = 229,911" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "1,566 / 155 = 1010.3% as typed" },
      { rule: "input.unreadable-value", why: "the note under the table is prose" },
    ],
  },
};
