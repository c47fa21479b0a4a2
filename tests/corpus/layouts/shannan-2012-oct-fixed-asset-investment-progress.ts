import type { CorpusLayout } from "../types";

// 西藏日报 2012-11-07: 山南地区 1—10月 社会固定资产投资 75.74亿元, 完成年度计划97.7%, then 国家投资 / 招商引资 / 援藏投资 / 民间投资 each with
// 完成年度计划% and growth. Laid out as the 地区's progress table: 项目 | 年度计划 | 1—10月累计完成 | 完成年度计划% | 同比增长% in 亿元, 合计 first.
export const layout: CorpusLayout = {
  id: "shannan-2012-oct-fixed-asset-investment-progress",
  source: {
    title: "西藏山南今年前10个月固定资产投资快速增长（固定资产投资完成情况表据报道拟）",
    url: "http://district.ce.cn/newarea/roll/201211/07/t20121107_23827175.shtml",
    publisher: "西藏日报（中国经济网转载）",
    date: "2012-11-07",
    changes:
      "As published: the four sources of 山南's investment to the end of October 2012 (国家投资 53.1亿元, 招商引资 8.2, 援藏投资 3.35, 民间投资 11.08), their growth " +
      "(43.5%, —, 40.3%, 10.2%) and the 30.2% overall. The year's plans are ours (国家投资's 55.10 so that it stays under plan, where the report gives 106%), " +
      "民间投资 rounded to 11.09 so the lines meet 75.74. Planted: the 合计 年度计划 typed 85.20 (lines 82.50); 援藏投资's share typed 95.0% (3.35 / 3.70 = 90.5%).",
  },
  classes: ["execution", "investment-progress", "sources-as-lines", "plan-and-done", "growth-column", "dash-cells", "one-decimal-rates", "rate-column-as-number", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "prefecture-level", "xizang"],
  settings: { district: "西藏自治区山南市", asOf: "2012-10-31" },
  sheets: [
    {
      name: "投资完成情况",
      widths: [22, 12, 16, 16, 12],
      rows: [
        ["山南地区2012年1—10月固定资产投资完成情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年度计划", "1—10月累计完成", "完成年度计划%", "同比增长%"],
        ["全地区合计", 85.2, 75.74, 91.8, 30.2],
        ["1.国家投资", 55.1, 53.1, 96.4, 43.5],
        ["2.招商引资", 10.0, 8.2, 82.0, "—"],
        ["3.援藏投资", 3.7, 3.35, 95.0, 40.3],
        ["4.民间投资", 13.7, 11.09, 80.9, 10.2],
        ["注：国家投资含中央和自治区投资；民间投资含农牧民安居工程和工矿私人建房。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "0.00", "D4:E8": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "投资完成情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2012 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年度计划 55.10 + 10.00 + 3.70 + 13.70 = 82.50, not the 85.20 stated" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "援藏投资 3.35 / 3.70 = 90.5%, not the 95.0 stated" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "53.10 + 8.20 + 3.35 + 11.09 = 75.74, as stated" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "the total's 91.8 = 75.74 / 82.50, the plan as its lines add up: the slip is reported once, at the plan" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "11.09 / 13.70 = 80.95% rounds to 80.9" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "同比增长% is growth on last year, never a rate" },
      { rule: "execution.behind-schedule", cell: "C8", why: "民间投资 80.9% against time progress 10/12 = 83.33%: 2.4 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "C6", why: "招商引资 82.0% is 1.3 points behind 83.33%, within 5" },
      { rule: "execution.overspent", why: "every source stays under its year's plan" },
      { rule: "input.unreadable-value", cell: "E6", why: "— is no growth figure given, not a value to read" },
    ],
  },
};
