import type { CorpusLayout } from "../types";

// 青岛 press report (2017-01): of Shandong's six counties and districts with 一般公共预算收入 above 100亿元 in 2016, five are Qingdao's —
// 黄岛 212.4, 崂山 131.1, 即墨 105.1, 市北 102.3, 市南 100.9, each with its growth — as 区市 | 2016年完成 | 2015年完成 | 同比增长%, a 合计 at
// the foot and the province's totals in the note.
export const layout: CorpusLayout = {
  id: "qingdao-2016-districts-over-10bn-revenue",
  source: {
    title: "山东收入过百亿县市区6个 青岛占5席（2016年青岛市收入过百亿元区市完成情况表据报道拟）",
    url: "https://zjoyee.com/Fortune/2017/96468.html",
    publisher: "青岛日报（转载）",
    date: "2017",
    changes:
      "The report is prose; no grid was found for it. Kept as published: the five districts' 2016 revenue and growth, the province's 5860亿元 " +
      "(+8.5%) and 8750亿元 (+6.1%). Ours: the 2015 column (derived from the growth), the 合计 row and the table's shape. Planted: the 2016 合计 " +
      "typed 615.8 where the five add up to 651.8 (digits swapped).",
  },
  classes: ["execution", "revenue-by-district", "comparison-with-last-year", "no-budget-column", "growth-column", "rates-as-text", "one-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-level", "shandong"],
  settings: { district: "青岛市", asOf: "2017-01-31" },
  sheets: [
    {
      name: "过百亿区市",
      widths: [14, 14, 14, 12],
      rows: [
        ["2016年青岛市一般公共预算收入过百亿元区市完成情况", null, null, null],
        [null, null, null, "单位：亿元"],
        ["区市", "2016年完成", "2015年完成", "同比增长%"],
        ["黄岛区", 212.4, 190.84, "11.3%"],
        ["崂山区", 131.1, 118.97, "10.2%"],
        ["即墨市", 105.1, 91.07, "15.4%"],
        ["市北区", 102.3, 95.61, "7.0%"],
        ["市南区", 100.9, 99.8, "1.1%"],
        ["合计", 615.8, 596.29, "9.3%"],
        ["注：2016年全省一般公共预算收入完成5860亿元，比上年同口径增长8.5%；一般公共预算支出完成8750亿元，增长6.1%。全省收入过百亿元的县（市、区）6个，除济南市历下区外均在青岛。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:B9": "0.0", "C4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "过百亿区市", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B9", why: "212.4 + 131.1 + 105.1 + 102.3 + 100.9 = 651.8, the 合计 says 615.8" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C9", why: "190.84 + 118.97 + 91.07 + 95.61 + 99.80 = 596.29" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "同比增长% is growth on 2015, no share of a budget" },
      { rule: "execution.behind-schedule", why: "revenue with no budget: nothing to measure" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.overspent", why: "2015's outcome is a comparison, no budget" },
      { rule: "execution.total-mismatch", cell: "A10", why: "the province's figures in the note are no lines" },
    ],
  },
};
