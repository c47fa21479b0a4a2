import type { CorpusLayout } from "../types";

// 福州市统计局 2020-06-01: water-conservancy investment completed by the end of May (28.31亿元, 47.27% of the year's plan; 罗源县 54.84%,
// 闽清县 52.25%, both ahead of 序时进度). Built as the progress table by county: 年度计划投资 | 1-5月累计完成投资 | 完成率（%）, 合计 at the
// foot, the time progress stated in the note.
export const layout: CorpusLayout = {
  id: "fuzhou-2020-may-water-investment-progress",
  source: {
    title: "1至5月福州水利投资完成28.31亿元 — 福州市2020年1-5月水利投资完成情况表（表据报道拟）",
    url: "http://news.fznews.com.cn/dsxw/20200601/5ed4b8fb7ddcf.shtml",
    publisher: "福州市统计局（福州新闻网）",
    date: "2020-06-01",
    changes:
      "The report is prose: the as-of (1-5月), the measure (累计完成投资, 占年度计划的%), 罗源县 54.84% and 闽清县 52.25% as 超过序时进度. The table by " +
      "county is ours (nine counties and districts, plans and amounts invented; 罗源 and 闽清 keep their published rates; the published 28.31亿元 / " +
      "47.27% are not kept). Planted: 连江县's rate typed 48.00 where 27,900 / 62,000 = 45.00%; 永泰县 35.00% against a time progress of 5/12 = 41.67%; " +
      "仓山区 nothing completed by the end of May.",
  },
  classes: [
    "execution", "investment-progress", "year-plan", "as-of-in-title", "rates-as-numbers", "percent-in-heading", "time-progress-in-note",
    "county-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report",
    "city-fund", "fujian",
  ],
  settings: { district: "福州市", asOf: "2020-05-31" },
  sheets: [
    {
      name: "水利投资",
      widths: [6, 14, 16, 22, 14],
      rows: [
        ["福州市2020年1-5月水利投资完成情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "年度计划投资", "1-5月累计完成投资", "完成率（%）"],
        [1, "闽侯县", 98000, 46550, 47.5],
        [2, "连江县", 62000, 27900, 48],
        [3, "罗源县", 31000, 17000, 54.84],
        [4, "闽清县", 28000, 14630, 52.25],
        [5, "永泰县", 36000, 12600, 35],
        [6, "长乐区", 54000, 25380, 47],
        [7, "福清市", 86000, 39560, 46],
        [8, "马尾区", 22000, 8800, 40],
        [9, "仓山区", 18000, 0, 0],
        ["合计", null, 435000, 192420, 44.23],
        ["注：完成率=1-5月累计完成投资/年度计划投资；截至5月底序时进度为41.67%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:B13", "A14:E14"],
      numberFormats: { "C4:D13": "#,##0", "E4:E13": "0.00" },
    },
  ],
  // Corrected after measurement (counted failed): the corpus reads a plan of investment in a progress table (年度计划投资 |
  // 完成投资 | 完成率) as the budget execution measures, adjustedBudget (hainan-2020-may, shandong-2020-jan-may and others).
  expect: {
    tables: [
      {
        sheet: "水利投资",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "连江县 27,900 / 62,000 = 45.00%; 48.00 typed" },
      { rule: "execution.behind-schedule", cell: "E8", why: "永泰县 12,600 / 36,000 = 35.00% by 31 May; time progress 5/12 = 41.67%: 6.67 points behind (more than 5)" },
      { rule: "execution.no-spending", cell: "D12", why: "仓山区: nothing of its 18,000 plan completed by 31 May" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E11", why: "马尾区 40.00% is 1.67 points behind 41.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "E5", why: "连江县's true 45.00% is ahead of 41.67%" },
      { rule: "execution.behind-schedule", cell: "E13", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "C13", why: "the nine plans add up to 435,000" },
      { rule: "execution.total-mismatch", cell: "D13", why: "the nine amounts add up to 192,420" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "192,420 / 435,000 = 44.23%, as typed" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "罗源县 17,000 / 31,000 = 54.84%; 闽清县 14,630 / 28,000 = 52.25%" },
      { rule: "execution.overspent", why: "no county completed more than its plan" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
