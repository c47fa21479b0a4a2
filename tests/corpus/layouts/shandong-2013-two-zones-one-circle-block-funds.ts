import type { CorpusLayout } from "../types";

// 山东省发改委、省财政厅 2013-07: 2013年“两区”和“一圈一带”建设专项资金分配方案 — 48亿元 in all, of which 26.5亿元 cut into blocks for the 17 cities
// (11亿元 for the 两区, 15.5亿元 for the 一圈一带; 济南 and 青岛 2亿元 each, every other city 1.5亿元), per the annex
// 《各市切块资金安排表》, reported by 鲁网财经.
export const layout: CorpusLayout = {
  id: "shandong-2013-two-zones-one-circle-block-funds",
  source: {
    title: "山东48亿元专项资金支持“两区”和一圈一带（2013年“两区”和“一圈一带”建设资金各市切块资金安排表据正文拟）",
    url: "http://f.sdnews.com.cn/sdcj/201307/t20130729_1296204.htm",
    publisher: "山东省发展和改革委员会、山东省财政厅（鲁网财经报道）",
    date: "2013-07-29",
    changes:
      "The report gives the totals (26.5亿元 in blocks: 11亿元 两区, 15.5亿元 一圈一带) and each city's block (济南、青岛 2亿元, the other 15 cities " +
      "1.5亿元), not the split of a city's block between the two programmes: that split is ours (it keeps the published totals), laid out as the " +
      "annex's title names it (市别 | 合计 | “两区”建设 | “一圈一带”建设, in 万元, — where a city has no share). Planted: 日照's 合计 typed 16,000 " +
      "where its one share is 15,000, so the 合计 column's foot 265,000 also misses its typed lines (266,000).",
  },
  classes: [
    "composition", "allocation-by-city", "row-total-column", "programmes-as-columns", "dash-as-nothing", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "切块资金安排表",
      widths: [10, 12, 14, 16],
      rows: [
        ["2013年“两区”和“一圈一带”建设资金各市切块资金安排表", null, null, null],
        ["单位：万元", null, null, null],
        ["市别", "合计", "“两区”建设", "“一圈一带”建设"],
        ["济南市", 20000, "—", 20000],
        ["青岛市", 20000, 20000, "—"],
        ["淄博市", 15000, 5000, 10000],
        ["枣庄市", 15000, "—", 15000],
        ["东营市", 15000, 15000, "—"],
        ["烟台市", 15000, 15000, "—"],
        ["潍坊市", 15000, 15000, "—"],
        ["济宁市", 15000, "—", 15000],
        ["泰安市", 15000, "—", 15000],
        ["威海市", 15000, 15000, "—"],
        ["日照市", 16000, 15000, "—"],
        ["莱芜市", 15000, "—", 15000],
        ["临沂市", 15000, "—", 15000],
        ["德州市", 15000, "—", 15000],
        ["聊城市", 15000, "—", 15000],
        ["滨州市", 15000, 10000, 5000],
        ["菏泽市", 15000, "—", 15000],
        ["合计", 265000, 110000, 155000],
        ["注：切块资金采取贷款贴息、财政补助等方式，主要用于城乡发展规划制定、重点区域发展亟需的高端人才引进、职业教育项目、旅游规划编制以及特色园区基础设施建设。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A22:D22"],
      numberFormats: { "B4:D21": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "切块资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { A: "line", B: "amount", C: "amount:“两区”建设", D: "amount:“一圈一带”建设" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B14", why: "日照市: 合计 16,000, but its shares add up to 15,000 + — = 15,000 (1,000 apart)" },
      {
        rule: "composition.total-mismatch",
        cell: "B21",
        why: "合计 265,000; the 合计 lines as typed add up to 20,000 × 2 + 15,000 × 14 + 16,000 = 266,000",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C21", why: "“两区” 20,000 + 5,000 + 15,000 × 5 (东营, 烟台, 潍坊, 威海, 日照) + 10,000 = 110,000" },
      { rule: "composition.total-mismatch", cell: "D21", why: "“一圈一带” 20,000 + 10,000 + 15,000 × 8 + 5,000 = 155,000" },
      { rule: "composition.total-mismatch", cell: "B6", why: "淄博市 5,000 + 10,000 = 15,000; 滨州市 10,000 + 5,000 = 15,000; every other row but 日照 has one share equal to its 合计" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "C4", why: "— marks a city with no share of that programme" },
      { rule: "input.unreadable-value", cell: "A22", why: "the note under the table" },
    ],
  },
};
