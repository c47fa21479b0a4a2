import type { CorpusLayout } from "../types";

// 山西省发改委 2017-07-27 (via the State Council site, 2017-08-01): 上半年全省重点工程 完成投资1017.1亿元, 完成率32.4%; 产业转型项目 are
// 68.6% of the projects, 58.9% of the year's plan and 60.8% of the money spent; 6月 alone 494.4亿元 (15.8% of the plan). The report
// says 表格附后, but the stored copy has no table: it is set out from the report as such a progress table is published.
export const layout: CorpusLayout = {
  id: "shanxi-2017-h1-key-projects-by-type",
  source: {
    title: "山西省发布上半年重点工程建设情况 产业转型项目持续发力（完成情况表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-08/01/content_5215261.htm",
    publisher: "山西省人民政府网站（中国政府网转载）",
    date: "2017-08-01",
    changes:
      "As published: the whole (1017.1亿元, 32.4% of the year's plan), 产业转型项目's shares (68.6% of projects, 58.9% of the plan, 60.8% of the money " +
      "spent), 6月 494.4亿元 = 15.8% of the plan, and 3–5月's monthly rates 4.6%, 6.9%, 8.2% (kept as the note). The table said to follow is not in " +
      "the stored copy: the columns and the split of the rest into 基础设施 and 社会民生 are ours (the plan 3,139.2亿元 is 1017.1 / 32.4%; 产业转型 " +
      "1,849.0 and 618.4 from the shares; project counts ours, 389 of 567 = 68.6%). Planted: 基础设施项目's 完成率 typed 30.8 where 302.9 / 1,080.2 = 28.0.",
  },
  classes: ["execution", "investment-progress", "key-projects", "adjusted-budget", "percent-number-column", "share-column", "count-column", "total-first", "yiyuan-caption", "half-year", "notes-under-table", "table-not-in-stored-copy", "table-from-prose", "news-report", "province-level", "shanxi"],
  settings: { asOf: "2017-06-30", district: "山西省" },
  sheets: [
    {
      name: "完成情况",
      widths: [18, 10, 14, 14, 12, 22],
      rows: [
        ["2017年上半年全省重点工程建设完成情况", null, null, null, null, null],
        ["单位：个、亿元", null, null, null, null, null],
        ["项目类别", "项目个数", "年度投资计划", "1-6月完成投资", "完成率（%）", "占重点工程完成投资比重（%）"],
        ["全省重点工程", 567, 3139.2, 1017.1, 32.4, 100],
        ["产业转型项目", 389, 1849.0, 618.4, 33.4, 60.8],
        ["基础设施项目", 126, 1080.2, 302.9, 30.8, 29.8],
        ["社会民生项目", 52, 210.0, 95.8, 45.6, 9.4],
        ["注：6月当月完成投资494.4亿元，占全年计划的15.8%；3月至5月每月投资完成率分别为4.6%、6.9%、8.2%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A8:F8"],
      numberFormats: { "C4:D7": "0.0", "E4:F7": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "基础设施项目: 302.9 / 1,080.2 = 28.04% → 28.0, typed 30.8" },
      { rule: "execution.behind-schedule", cell: "E6", why: "基础设施项目 28.0% against 6/12 = 50% as of 2017-06-30: 22.0 points behind" },
      { rule: "execution.behind-schedule", cell: "E5", why: "产业转型项目: 618.4 / 1,849.0 = 33.4% against 50%: 16.6 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E7", why: "社会民生项目 95.8 / 210.0 = 45.6%: 4.4 points below 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "E4", why: "全省重点工程 is the total row: no status of its own" },
      { rule: "execution.total-mismatch", cell: "C4", why: "3,139.2 = 1,849.0 + 1,080.2 + 210.0" },
      { rule: "execution.total-mismatch", cell: "D4", why: "1,017.1 = 618.4 + 302.9 + 95.8" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,017.1 / 3,139.2 = 32.40%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "618.4 / 1,849.0 = 33.45% → 33.4" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "占比重 is a share of the money spent (618.4 / 1,017.1 = 60.8%), not a rate of the plan" },
      { rule: "execution.total-mismatch", cell: "B4", why: "567 = 389 + 126 + 52, a count of projects, never money" },
      { rule: "execution.overspent", why: "no kind has completed more than its plan" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note's 494.4亿元 and monthly rates are prose, not lines" },
    ],
  },
};
