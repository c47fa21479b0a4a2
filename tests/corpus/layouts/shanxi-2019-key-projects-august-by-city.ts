import type { CorpusLayout } from "../types";

// 山西省重点工程领导组办公室 (as reported 2019-09-21): provincial key projects to the end of August 2019 — the cross-city projects and
// the eleven cities, ranked by 完成率 as the report ranks them, under the provincial whole; eight months of twelve gone.
export const layout: CorpusLayout = {
  id: "shanxi-2019-key-projects-august-by-city",
  source: {
    title: "省市两级重点工程项目已确定1317项（1-8月省级重点工程分市完成投资情况表据正文拟）",
    url: "https://m.news.shi-fen.com/china/201909/50-474974.html",
    publisher: "转载自山西省重点工程领导组办公室通报",
    date: "2019-09-21",
    changes:
      "As reported: 省级重点工程建设项目 with their 年度投资计划 and 完成投资, the 跨市项目 apart, and the eleven cities in the report's order from " +
      "长治 down to 晋中 by 完成率. The report gives the cities' rates only, in sentences; the table (序号 | 地区 | 年度投资计划 | 完成投资 | 完成率, " +
      "单位：亿元, the whole first) is laid out from it, and every figure is ours (长治's published 124.9% brought under its plan). Planted: the " +
      "whole's 完成投资 typed 664.8 over lines adding up to 654.8; 晋中市 at 52.6%, more than 5 points behind 8/12 = 66.67%.",
  },
  classes: ["execution", "investment-progress", "allocation-by-city", "total-row-first", "ranked-by-rate", "cross-city-line", "one-decimal-rate", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report", "provincial-key-projects", "shanxi"],
  settings: { asOf: "2019-08-31", district: "山西省" },
  sheets: [
    {
      name: "分市完成情况",
      widths: [6, 22, 14, 12, 10],
      rows: [
        ["2019年1—8月省级重点工程建设项目分市完成投资情况", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "地区", "年度投资计划", "完成投资", "完成率"],
        [null, "省级重点工程建设项目", 923.0, 664.8, 0.709],
        [1, "跨市项目", 220.0, 138.6, 0.63],
        [2, "长治市", 58.4, 56.1, 0.961],
        [3, "忻州市", 62.5, 53.9, 0.862],
        [4, "晋城市", 71.2, 58.5, 0.822],
        [5, "大同市", 80.6, 65.4, 0.811],
        [6, "吕梁市", 66.0, 52.4, 0.794],
        [7, "阳泉市", 30.5, 21.1, 0.692],
        [8, "朔州市", 45.8, 31.3, 0.683],
        [9, "临汾市", 55.4, 35.9, 0.648],
        [10, "太原市", 120.3, 76.2, 0.633],
        [11, "运城市", 60.2, 38.0, 0.631],
        [12, "晋中市", 52.1, 27.4, 0.526],
        ["注：各市按完成率由高到低排列；数据截至2019年8月底。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "C4:D16": "0.0", "E4:E16": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分市完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "分市完成情况", cell: "D4", why: "完成投资 664.8, the twelve lines 138.6 + 56.1 + … + 27.4 = 654.8: 10亿元 apart" },
      { rule: "execution.behind-schedule", sheet: "分市完成情况", cell: "E16", why: "晋中市: 27.4 / 52.1 = 52.6% against 8/12 = 66.67% as of 2019-08-31: 14.1 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "分市完成情况", cell: "C4", why: "923.0 = 220.0 + 58.4 + 62.5 + 71.2 + 80.6 + 66.0 + 30.5 + 45.8 + 55.4 + 120.3 + 60.2 + 52.1" },
      { rule: "execution.rate-mismatch", sheet: "分市完成情况", cell: "E4", why: "654.8 / 923.0 = 70.9%, as its lines add up (the slip is reported once, at D4)" },
      { rule: "execution.behind-schedule", sheet: "分市完成情况", cell: "E14", why: "太原市 63.3%: 3.3 points below 66.67%, within 5" },
      { rule: "execution.behind-schedule", sheet: "分市完成情况", cell: "E15", why: "运城市 63.1%: 3.5 points below, within 5" },
      { rule: "execution.behind-schedule", sheet: "分市完成情况", cell: "E5", why: "跨市项目 63.0%: 3.7 points below, within 5" },
      { rule: "execution.behind-schedule", sheet: "分市完成情况", cell: "E4", why: "the whole is a total row and gets no status of its own" },
      { rule: "execution.overspent", why: "长治市 96.1% is the highest; no line above its plan" },
      { rule: "execution.rate-mismatch", sheet: "分市完成情况", cell: "E6", why: "56.1 / 58.4 = 96.06% → 96.1%; every city's rate agrees with its figures" },
    ],
  },
};
