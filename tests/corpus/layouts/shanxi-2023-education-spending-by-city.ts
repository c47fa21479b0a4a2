import type { CorpusLayout } from "../types";

// 山西省财政厅 2024-04 (reported): 2023 一般公共预算教育支出 913亿元 (first above 900亿, up 6%), and the 厅 sent the cities and counties a
// 通报 on their 2023 education spending. Laid out as that 通报's table by 市: 预算数 | 支出数 | 完成预算（%） | 比上年增长（%）, 全省合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "shanxi-2023-education-spending-by-city",
  source: {
    title: "去年山西一般公共预算教育支出首次突破900亿元 增幅再次入围全国前十（各市教育支出通报表据正文拟）",
    url: "http://fmstrip.com/29/8305.html",
    publisher: "山西省财政厅（记者任志霞报道，转载）",
    date: "2024-04-03",
    changes:
      "As published (in prose): 2023年全省一般公共预算教育支出913亿元, 比上年增长6%; the 厅 通报 each city's and county's 2023 education spending. " +
      "Laid out as that 通报's table by 市 with 省本级, 全省合计 first; every city figure and budget is ours (they add up to 913.0, up 6.0%). " +
      "Planted: 忻州市's 完成预算 typed 95.9 where 55.2 / 56.4 = 97.9%; the 合计 预算数 typed 939.6 where the lines add up to 936.9.",
  },
  classes: [
    "execution", "by-city", "provincial-level-line", "adjusted-budget-alone", "growth-rate-column", "total-row-first", "one-decimal-rates",
    "percent-in-header", "one-decimal-yiyuan", "yiyuan-caption", "year-end", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "shanxi",
  ],
  settings: { district: "山西省", asOf: "2023-12-31" },
  sheets: [
    {
      name: "教育支出",
      widths: [14, 12, 12, 14, 16],
      rows: [
        ["2023年全省一般公共预算教育支出情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["地区", "预算数", "支出数", "完成预算（%）", "比上年增长（%）"],
        ["全省合计", 939.6, 913.0, 97.2, 6.0],
        ["省本级", 146.8, 142.6, 97.1, 5.6],
        ["太原市", 121.5, 118.4, 97.4, 6.5],
        ["大同市", 76.2, 74.3, 97.5, 5.4],
        ["朔州市", 40.1, 38.9, 97.0, 5.7],
        ["忻州市", 56.4, 55.2, 95.9, 5.5],
        ["吕梁市", 70.3, 68.7, 97.7, 6.3],
        ["晋中市", 63.5, 62.1, 97.8, 5.8],
        ["阳泉市", 23.4, 22.8, 97.4, 5.6],
        ["长治市", 74.6, 72.5, 97.2, 6.3],
        ["晋城市", 48.9, 47.6, 97.3, 5.5],
        ["临汾市", 80.2, 78.3, 97.6, 6.0],
        ["运城市", 135.0, 131.6, 97.5, 6.7],
        ["注：支出数为一般公共预算教育支出，含上级转移支付安排的支出；比上年增长按可比口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:E16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "教育支出",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "忻州市 55.2 / 56.4 = 97.87%, stated 95.9" },
      { rule: "execution.total-mismatch", cell: "B4", why: "全省合计 预算数 939.6; the twelve lines add up to 936.9 (2.7 less)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "913.0 = 142.6+118.4+74.3+38.9+55.2+68.7+62.1+22.8+72.5+47.6+78.3+131.6" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "913.0 / 939.6 = 97.17%, stated 97.2, the figures as typed" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年增长 is growth on last year, not spending over budget" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "22.8 / 23.4 = 97.44%, stated 97.4" },
      { rule: "execution.behind-schedule", cell: "D8", why: "朔州市 97.0% at the year's end: 3 points below 100%, within the margin" },
      { rule: "execution.overspent", why: "every line spent less than its budget" },
      { rule: "input.unreadable-value", cell: "A17", why: "the note under the table" },
    ],
  },
};
