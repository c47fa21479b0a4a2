import type { CorpusLayout } from "../types";

// 东阳市 2024-09-18: the 2023 决算 report's first part — each budget's revenue and spending as a share of the budget as adjusted
// (完成调整后预算的…%) beside growth on the year before, in 亿元, under 一、二、三 section rows.
export const layout: CorpusLayout = {
  id: "dongyang-2023-fiscal-final-accounts-summary",
  source: {
    title: "东阳市2023年财政决算（草案）报告 — 一、2023年财政收支决算情况（表据正文拟）",
    url: "http://www.dongyang.gov.cn/art/2024/9/18/art_1229304178_4185490.html",
    publisher: "东阳市人民政府",
    date: "2024-09-18",
    changes:
      "The page is prose; the table is ours (表据正文拟). As published: 财政总收入 146.43亿元 (98.9% of the adjusted budget, +6.7%); 一般公共预算支出 112.85 " +
      "(94.8%, -2.2%), of which 市本级 105.74 (94.5%, -3.1%); 政府性基金预算收入 104 (91.6%, +4.1%) and 支出 140.42 (99.2%, +19.3%); 国有资本经营预算 " +
      "收入 0.41 and 支出 0.2 (each 100%, +16.1%). The adjusted budgets are ours, chosen so that each published share holds. Planted: the fund " +
      "spending's share typed 98.2% where 140.42 / 141.55 = 99.2%. The published shares below 95% are, at the year's end, behind time progress " +
      "by more than five points: they are findings of the table as published, not planted.",
  },
  classes: [
    "execution", "final-accounts", "section-rows", "qizhong-line", "growth-column", "percent-text", "yiyuan-caption", "past-year",
    "revenue-lines", "built-from-prose", "county-level-city", "zhejiang",
  ],
  settings: { district: "东阳市" },
  sheets: [
    {
      name: "决算情况",
      widths: [34, 16, 12, 18, 14],
      rows: [
        ["东阳市2023年财政收支决算情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整后预算数", "决算数", "完成调整后预算%", "比上年增长%"],
        ["一、一般公共预算", null, null, null, null],
        ["财政总收入", 148.06, 146.43, "98.9%", "6.7%"],
        ["一般公共预算支出", 119.04, 112.85, "94.8%", "-2.2%"],
        ["  其中：市本级一般公共预算支出", 111.89, 105.74, "94.5%", "-3.1%"],
        ["二、政府性基金预算", null, null, null, null],
        ["政府性基金预算收入", 113.54, 104, "91.6%", "4.1%"],
        ["政府性基金预算支出", 141.55, 140.42, "98.2%", "19.3%"],
        ["三、国有资本经营预算", null, null, null, null],
        ["国有资本经营预算收入", 0.41, 0.41, "100%", "16.1%"],
        ["国有资本经营预算支出", 0.2, 0.2, "100%", "16.1%"],
        ["注：一般公共预算收入按照省财政厅确定的统计口径计算为87.34亿元，比上年增长7%；全市一般公共预算收支决算结转下年度支出2.9亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:E14"],
      numberFormats: { "B5:C13": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "决算情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "政府性基金预算支出: 140.42 / 141.55 = 99.20%, typed 98.2%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "政府性基金预算收入 104 / 113.54 = 91.6% against 100% at 2023's end: 8.4 points behind (revenue lines are measured)" },
      { rule: "execution.behind-schedule", cell: "D6", why: "一般公共预算支出 112.85 / 119.04 = 94.8% at 2023's end: 5.2 points behind" },
      { rule: "execution.behind-schedule", cell: "D7", why: "市本级 105.74 / 111.89 = 94.5% at 2023's end: 5.5 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D5", why: "财政总收入 146.43 / 148.06 = 98.9%: 1.1 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "D10", why: "140.42 / 141.55 = 99.2%, within 5 points (only the typed share is wrong)" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "比上年增长% is growth on 2022, never the rate" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "146.43 / 148.06 = 98.90%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "104 / 113.54 = 91.60%" },
      { rule: "execution.total-mismatch", cell: "C6", why: "a single 其中 line (市本级) may be less than its line" },
      { rule: "execution.overspent", why: "no line is above its adjusted budget; 国有资本 lines are exactly at it" },
      { rule: "execution.no-spending", why: "every budgeted line has figures" },
      { rule: "input.unreadable-value", why: "section rows carry no figures; the note is prose" },
    ],
  },
};
