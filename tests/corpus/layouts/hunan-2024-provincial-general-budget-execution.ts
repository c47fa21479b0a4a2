import type { CorpusLayout } from "../types";

// 湖南省财政厅 2025-02-07: the report on the province's 2024 budget execution — 省级一般公共预算地方收入 388.8亿元, 为预算的101% — with the
// 省本级 spending by function laid out as the table the report's annexes print.
export const layout: CorpusLayout = {
  id: "hunan-2024-provincial-general-budget-execution",
  source: {
    title: "关于湖南省2024年预算执行情况与2025年预算草案的报告（省级一般公共预算收支执行表据正文拟）",
    url: "http://czt.hunan.gov.cn/czt/ztzl/hnczysgk/ysjsbg/202502/t20250207_33582219.html",
    publisher: "湖南省财政厅",
    date: "2025-02-07",
    changes:
      "As published: 省级一般公共预算地方收入 388.8亿元 at 101% of its budget (the budget 385.0 is ours, consistent with that rate). The report states " +
      "the 省本级 spending only as prose; the table (项目 | 预算数 | 执行数 | 为预算% in 亿元, an 一、 revenue line and a 二、 spending total above eight " +
      "functions) is laid out from it, all spending figures ours. Planted: 科学技术 at 81.6% of its budget in a finished year; 社会保障和就业's rate " +
      "typed 92.9% where 208.7 / 210.3 = 99.2%.",
  },
  classes: ["execution", "year-end", "revenue-and-spending", "section-total-above-lines", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "report-to-congress", "province-budget", "hunan"],
  settings: { district: "湖南省", asOf: "2024-12-31" },
  sheets: [
    {
      name: "执行表",
      widths: [34, 12, 12, 12],
      rows: [
        ["湖南省2024年省级一般公共预算收支执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "为预算%"],
        ["一、省级一般公共预算地方收入", 385.0, 388.8, "101.0%"],
        ["二、省本级一般公共预算支出", 820.2, 794.9, "96.9%"],
        ["1.一般公共服务支出", 62.4, 60.1, "96.3%"],
        ["2.公共安全支出", 98.5, 95.3, "96.8%"],
        ["3.教育支出", 120.6, 118.9, "98.6%"],
        ["4.科学技术支出", 58.0, 47.3, "81.6%"],
        ["5.社会保障和就业支出", 210.3, 208.7, "92.9%"],
        ["6.卫生健康支出", 76.8, 75.1, "97.8%"],
        ["7.农林水支出", 88.2, 86.5, "98.1%"],
        ["8.交通运输支出", 105.4, 103.0, "97.7%"],
        ["注：本表为快报数，最终以决算数为准。收入不含中央补助、一般债务收入及调入资金。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:C13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行表",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C9", why: "科学技术 47.3 of 58.0 = 81.6% in a finished year (time progress 100%): more than 5 points behind" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "208.7 / 210.3 = 99.24% → 99.2%, typed 92.9%" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget (388.8 / 385.0 = 101.0%) is collection, not overspending" },
      { rule: "execution.total-mismatch", cell: "B5", why: "62.4 + 98.5 + 120.6 + 58.0 + 210.3 + 76.8 + 88.2 + 105.4 = 820.2" },
      { rule: "execution.total-mismatch", cell: "C5", why: "60.1 + 95.3 + 118.9 + 47.3 + 208.7 + 75.1 + 86.5 + 103.0 = 794.9" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "95.3 / 98.5 = 96.75% → 96.8%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "794.9 / 820.2 = 96.92% → 96.9%" },
      { rule: "execution.behind-schedule", cell: "C6", why: "一般公共服务 96.3%: 3.7 points short of 100%, within 5" },
      { rule: "execution.behind-schedule", cell: "C5", why: "the spending total 96.9% is within 5 points; a total row gets no status of its own" },
      { rule: "input.unreadable-value", why: "the note row is text" },
    ],
  },
};
