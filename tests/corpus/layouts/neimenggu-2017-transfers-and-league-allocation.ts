import type { CorpusLayout } from "../types";

// 内蒙古 2017: a news report's two sentences — what the centre sent (2523亿元, 其中 返还性和一般性转移支付 1464 | 专项 1059) and
// what the region sent down to its 盟市 (2207.3亿元, 1151.8 | 1055.5) — laid out as two tables on one sheet under one 亿元
// caption, each under its own 表一 / 表二 title line: the first with its 其中 lines and a growth column, the second by 盟市 with
// the 合计 first and the two kinds of transfer as part columns.
export const layout: CorpusLayout = {
  id: "neimenggu-2017-transfers-and-league-allocation",
  source: {
    title: "2017年中央财政对内蒙古各类补助资金达2523亿元 自治区下达盟市各类补助资金2207.3亿元（表据正文拟）",
    url: "https://xwzx.qqzyw.com/show-164887.html",
    publisher: "news report (杨帆)",
    changes:
      "表一 holds the report's own figures (2523 = 1464 + 1059; 增长6.2%) and 表二's 合计 row its 2207.3 = 1151.8 + 1055.5; the tables, " +
      "their headings and the split among the twelve 盟市 are ours (the report gives no 盟市 figures). Planted: 通辽市's 合计 typed " +
      "268.2 where its parts give 258.2, so the 盟市 lines as typed add up to 2,217.3 under a 合计 of 2,207.3.",
  },
  classes: ["composition", "two-tables-one-sheet", "table-title-lines", "qizhong-lines", "growth-column", "allocation-by-league", "total-row-first", "yiyuan-caption", "one-decimal", "table-from-prose", "news-report", "region-fund", "neimenggu"],
  sheets: [
    {
      name: "补助资金",
      widths: [8, 40, 14, 22, 16],
      rows: [
        ["2017年中央对内蒙古补助及自治区下达盟市补助资金情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["表一　中央财政对内蒙古补助资金", null, null, null, null],
        ["项目", null, "金额", "同比增长", null],
        ["各类补助资金合计", null, 2523, "6.2%", null],
        ["其中：返还性资金和一般性转移支付资金", null, 1464, null, null],
        ["　　　专项转移支付资金", null, 1059, null, null],
        [null, null, null, null, null],
        ["表二　自治区下达盟市补助资金分配表", null, null, null, null],
        ["序号", "盟市", "合计", "返还性和一般性转移支付", "专项转移支付"],
        ["合计", null, 2207.3, 1151.8, 1055.5],
        [1, "呼和浩特市", 151, 68.4, 82.6],
        [2, "包头市", 124.1, 52.7, 71.4],
        [3, "呼伦贝尔市", 311.7, 168.9, 142.8],
        [4, "兴安盟", 219.9, 121.6, 98.3],
        [5, "通辽市", 268.2, 142.3, 115.9],
        [6, "赤峰市", 328, 176.8, 151.2],
        [7, "锡林郭勒盟", 164.9, 88.5, 76.4],
        [8, "乌兰察布市", 214.9, 118.2, 96.7],
        [9, "鄂尔多斯市", 100.2, 41.9, 58.3],
        [10, "巴彦淖尔市", 176.7, 92.6, 84.1],
        [11, "乌海市", 45.9, 21.3, 24.6],
        [12, "阿拉善盟", 111.8, 58.6, 53.2],
        ["注：自治区下达盟市各类补助资金2207.3亿元，增长7.9%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A9:E9", "A11:B11", "A24:E24"],
      numberFormats: { "C5:C7": "0.0", "C11:E23": "0.0" },
    },
  ],
  settings: { district: "内蒙古自治区" },
  expect: {
    tables: [
      { sheet: "补助资金", kind: "composition", unit: "亿元", headerRow: 4, lastRow: 7, columns: { A: "line", C: "amount" }, year: 2017 },
      {
        sheet: "补助资金",
        kind: "composition",
        unit: "亿元",
        headerRow: 10,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "amount", D: "amount:返还性和一般性转移支付", E: "amount:专项转移支付" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C16", why: "通辽市 合计 268.2 ≠ 142.3 + 115.9 = 258.2" },
      { rule: "composition.total-mismatch", cell: "C11", why: "合计 2,207.3 ≠ the 盟市 lines as typed, 151.0 + 124.1 + 311.7 + 219.9 + 268.2 + 328.0 + 164.9 + 214.9 + 100.2 + 176.7 + 45.9 + 111.8 = 2,217.3" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "2,523 = 1,464 + 1,059" },
      { rule: "composition.total-mismatch", cell: "D11", why: "1,151.8 = the twelve 一般性 figures" },
      { rule: "composition.total-mismatch", cell: "E11", why: "1,055.5 = the twelve 专项 figures" },
      { rule: "composition.total-mismatch", cell: "C12", why: "呼和浩特市 151.0 = 68.4 + 82.6 (and the other 盟市 likewise)" },
      { rule: "input.unreadable-value", why: "同比增长 6.2% is a growth rate, not an amount" },
    ],
  },
};
