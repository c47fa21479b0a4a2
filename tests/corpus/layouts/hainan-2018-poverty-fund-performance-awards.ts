import type { CorpusLayout } from "../types";

// 海南省 2018: the awards for the 2017 扶贫资金绩效考评, paid inside the second batch of 中央和省级财政专项扶贫资金 (琼财农〔2018〕663号), by
// 市县: 合计 | 中央奖励资金 | 省级奖励资金, 合计 first among the columns and at the foot.
export const layout: CorpusLayout = {
  id: "hainan-2018-poverty-fund-performance-awards",
  source: {
    title: "海口市2017年扶贫资金绩效考评获奖励资金全省第一（2018年第二批中央和省级财政专项扶贫资金绩效考评奖励资金分配表据正文拟）",
    url: "https://haoyyx.com/html/.szqk201806t20180613_1200296.html",
    publisher: "海口市财政局 (reposted)",
    date: "2018-06-13",
    changes:
      "The eight 市县 and their awards (海口 1150, 琼海 1050, 临高 800, 三亚 800, 澄迈 600, 屯昌 600, 昌江 300, 定安 200万元) and 海口's split (中央 300, " +
      "省级 850) are as published; the table (title, columns, the other 市县's split between 中央 and 省级, the 文号 line and the note) is ours, built " +
      "from the prose. Planted: 临高县's 合计 typed 820 over 中央 220 + 省级 580 = 800 (the published figure), so the 合计 column's lines add up to " +
      "5,520 against the foot's 5,500.",
  },
  classes: ["composition", "allocation-by-county", "total-column-first", "two-source-columns", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hainan"],
  settings: { asOf: "2018-06-13", district: "海南省" },
  sheets: [
    {
      name: "奖励资金分配表",
      widths: [6, 12, 12, 16, 16],
      rows: [
        ["2018年第二批中央和省级财政专项扶贫资金绩效考评奖励资金分配表（表据正文拟）", null, null, null, null],
        ["琼财农〔2018〕663号附件", null, null, null, "单位：万元"],
        ["序号", "市县", "合计", "中央奖励资金", "省级奖励资金"],
        [1, "海口市", 1150, 300, 850],
        [2, "琼海市", 1050, 280, 770],
        [3, "临高县", 820, 220, 580],
        [4, "三亚市", 800, 220, 580],
        [5, "澄迈县", 600, 160, 440],
        [6, "屯昌县", 600, 160, 440],
        [7, "昌江黎族自治县", 300, 80, 220],
        [8, "定安县", 200, 60, 140],
        ["合计", null, 5500, 1480, 4020],
        ["注：奖励资金依据2017年度市县财政专项扶贫资金绩效考评结果分配，包含在第二批扶贫资金中。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A12:B12", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "amount", D: "amount:中央奖励资金", E: "amount:省级奖励资金" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "临高县 合计 820 where 中央 220 + 省级 580 = 800: 20 over" },
      { rule: "composition.total-mismatch", cell: "C12", why: "合计 column's lines as typed: 1150 + 1050 + 820 + 800 + 600 + 600 + 300 + 200 = 5,520, foot 5,500" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "中央 1,480 = 300 + 280 + 220 + 220 + 160 + 160 + 80 + 60" },
      { rule: "composition.total-mismatch", cell: "E12", why: "省级 4,020 = 850 + 770 + 580 + 580 + 440 + 440 + 220 + 140" },
      { rule: "composition.total-mismatch", cell: "C4", why: "海口 1,150 = 300 + 850" },
      { rule: "register.ineligible-location", why: "every 市县 is 海南省's" },
      { rule: "input.unreadable-value", sheet: "奖励资金分配表", cell: "A2", why: "the 文号 line above the header is a caption" },
    ],
  },
};
