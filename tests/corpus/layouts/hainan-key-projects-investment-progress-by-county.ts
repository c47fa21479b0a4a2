import type { CorpusLayout } from "../types";

// 海南省 重点项目 report: each 市县's 完成投资 (亿元) with its rank, and its 进度 with its rank (海口市 57%, 陵水 93%, 昌江 41%, 屯昌 8% …).
// Built here as the table those sentences read from: 市县 | 年度计划投资 | 完成投资 | 投资进度 | 位次, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hainan-key-projects-investment-progress-by-county",
  source: {
    title: "海南省重点项目建设进展情况（一、投资完成情况 各市县完成投资及进度；分市县情况表据报告拟）",
    url: "http://www.kleyou.com/html/text/lar/173386/17338601_3.html",
    publisher: "海南省重点项目建设主管部门（报告转载）",
    changes:
      "As published: the measures by 市县 (完成投资 in 亿元 with its 位居第…, 进度 in % with its rank), the 市县 named and the way progress " +
      "is stated (完成投资 / 年度计划, whole per cent in the report). The report is prose and its stored copy states neither the year nor the " +
      "period: the table, the 年度计划投资 column, the caption's 1—6月 (asOf set to 06-30 of a year of ours) and every figure are ours; eight " +
      "市县 of the seventeen. Planted: 定安县's 投资进度 typed 64.0% where 2.21 / 4.80 = 46.0% (digits swapped); at 1—6月 (time progress " +
      "6/12 = 50%) 昌江 43.0%, 万宁 44.0% and 屯昌 7.9% are more than 5 points behind.",
  },
  classes: [
    "execution", "investment-progress", "plan-and-completed", "rate-column", "rank-column", "counties-as-places", "autonomous-county-names",
    "two-decimal-yiyuan", "one-decimal-rates", "units-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "province-report", "hainan",
  ],
  sheets: [
    {
      name: "分市县",
      widths: [6, 20, 16, 14, 12, 8],
      rows: [
        ["全省重点项目分市县投资完成情况表（1—6月）（表据报告拟）", null, null, null, null, null],
        ["序号", "市县", "年度计划投资（亿元）", "完成投资（亿元）", "投资进度", "进度位次"],
        [1, "海口市", 112, 64.8, "57.9%", 3],
        [2, "陵水黎族自治县", 30, 27.6, "92.0%", 1],
        [3, "昌江黎族自治县", 48, 20.64, "43.0%", 7],
        [4, "万宁市", 38, 16.72, "44.0%", 6],
        [5, "琼中黎族苗族自治县", 9, 6.93, "77.0%", 2],
        [6, "乐东黎族自治县", 12.5, 5.85, "46.8%", 4],
        [7, "定安县", 4.8, 2.21, "64.0%", 5],
        [8, "屯昌县", 2.4, 0.19, "7.9%", 8],
        ["合计", null, 256.7, 144.94, "56.5%", null],
        ["注：投资进度＝完成投资÷年度计划投资；位次按投资进度排列。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:B11", "A12:F12"],
      numberFormats: { "C3:D11": "0.00" },
    },
  ],
  settings: { asOf: "2011-06-30", district: "海南省" },
  expect: {
    tables: [
      { sheet: "分市县", kind: "execution", unit: "亿元", headerRow: 2, lastRow: 11, columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" } },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E9", why: "定安县 2.21 / 4.80 = 46.0%; stated 64.0%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "昌江黎族自治县 20.64 / 48.00 = 43.0% as of 2011-06-30 (time progress 6/12 = 50.0%): 7.0 points behind, beyond 5" },
      { rule: "execution.behind-schedule", cell: "D6", why: "万宁市 16.72 / 38.00 = 44.0% against 50.0%: 6.0 points behind, beyond 5" },
      { rule: "execution.behind-schedule", cell: "D10", why: "屯昌县 0.19 / 2.40 = 7.9% against 50.0%: 42.1 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D8", why: "乐东黎族自治县 5.85 / 12.50 = 46.8%: 3.2 points behind 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "D9", why: "定安县 at its true 46.0% is 4.0 points behind, within 5 (its stated 64.0% is the slip)" },
      { rule: "execution.behind-schedule", cell: "D11", why: "a 合计 row gets no status of its own (144.94 / 256.70 = 56.5% anyway)" },
      { rule: "execution.rate-mismatch", cell: "E3", why: "海口市 64.80 / 112.00 = 57.86%, shown 57.9%" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "144.94 / 256.70 = 56.46%, shown 56.5%" },
      { rule: "execution.total-mismatch", cell: "C11", why: "112 + 30 + 48 + 38 + 9 + 12.5 + 4.8 + 2.4 = 256.70, as stated" },
      { rule: "execution.total-mismatch", cell: "D11", why: "64.80 + 27.60 + 20.64 + 16.72 + 6.93 + 5.85 + 2.21 + 0.19 = 144.94, as stated" },
      { rule: "execution.total-mismatch", cell: "F11", why: "进度位次 1–8 are ranks, not amounts; the 合计 row leaves them blank" },
      { rule: "execution.overspent", why: "no 市县 has done more than its year's plan" },
    ],
  },
};
