import type { CorpusLayout } from "../types";

// 磐安县 2016-02 report on the 2015 budget's execution: the page states the general-budget spending (214738万元, 完成调整预算的
// 99.94%) in prose. Built here as the execution table such a report annexes: 功能分类 lines | 调整预算数 | 执行数 | 完成调整预算%.
export const layout: CorpusLayout = {
  id: "panan-2015-general-budget-expenditure-execution",
  source: {
    title: "关于磐安县2015年财政预算执行情况和2016年财政预算（草案）的报告 — 2015年一般公共预算支出执行情况表（表据报告拟）",
    url: "https://www.panan.gov.cn/art/2016/2/15/art_1229170644_54096684.html",
    publisher: "磐安县人民政府（县财政局）",
    date: "2016-02-15",
    changes:
      "As published: the year, the total (一般公共预算支出214738万元，完成调整预算的99.94%) and the report's wording 完成调整预算. The report " +
      "is prose; the table (项目 | 调整预算数 | 执行数 | 完成调整预算%), its nine 功能分类 lines and their figures are ours, chosen to add to " +
      "214,738 of 214,867. Planted: 教育支出 spent 41,356 of a 41,200 budget (100.38%); 农林水支出's rate typed 98.90 where 38,560 / " +
      "38,600 = 99.90%.",
  },
  classes: [
    "execution", "functional-classification-lines", "adjusted-budget-only", "rates-as-numbers", "two-decimal-rates", "whole-wanyuan",
    "wanyuan-caption", "year-end", "total-at-foot", "notes-under-table", "table-from-prose", "county-budget", "zhejiang",
  ],
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 16],
      rows: [
        ["2015年磐安县一般公共预算支出执行情况表", null, null, null],
        ["单位：万元", null, null, null],
        ["项目", "调整预算数", "执行数", "完成调整预算%"],
        ["一般公共服务支出", 21560, 21402, 99.27],
        ["公共安全支出", 9830, 9815, 99.85],
        ["教育支出", 41200, 41356, 100.38],
        ["科学技术支出", 6420, 6405, 99.77],
        ["社会保障和就业支出", 28950, 28930, 99.93],
        ["医疗卫生与计划生育支出", 22310, 22296, 99.94],
        ["农林水支出", 38600, 38560, 98.9],
        ["城乡社区支出", 26880, 26870, 99.96],
        ["其他各项支出", 19117, 19104, 99.93],
        ["支出合计", 214867, 214738, 99.94],
        ["注：执行数不含安排预算稳定调节基金1100万元、结转下年支出13350万元和上解支出2650万元。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A14:D14"],
      numberFormats: { "B4:C13": "#,##0", "D4:D13": "0.00" },
    },
  ],
  settings: { asOf: "2015-12-31", district: "磐安县" },
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C6", why: "教育支出 spent 41,356 of an adjusted budget of 41,200: 156万元 over (100.38%)" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "农林水支出 38,560 / 38,600 = 99.90%, typed 98.90" },
    ],
    absent: [
      { rule: "execution.total-mismatch", why: "the lines add to 214,867 (budget) and 214,738 (spent), as the 支出合计 states" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "214,738 / 214,867 = 99.94%, as stated" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "41,356 / 41,200 = 100.38%, as stated" },
      { rule: "execution.behind-schedule", why: "year-end figures: every line is within a point of its budget" },
      { rule: "execution.overspent", cell: "C13", why: "the total row gets no status of its own, and 214,738 is under 214,867" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
