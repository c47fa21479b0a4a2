import type { CorpusLayout } from "../types";

// 江苏省财政厅 2022-07: 2022年度边境地区转移支付 2,101万元 for the 12 coastal 市县, set out by city with 小计 rows, the 合计 first.
export const layout: CorpusLayout = {
  id: "jiangsu-2022-border-area-transfer-allocation",
  source: {
    title: "增长21%！江苏财政加大沿海边境地区支持力度（2022年度边境地区转移支付资金分配表据报道拟）",
    url: "https://view.inews.qq.com/a/20220705A08CRK00",
    publisher: "现代快报（江苏省财政厅消息）",
    date: "2022-07-05",
    changes:
      "The report is prose: 2,101万元, up 21% on the year, for the 12 coastal 市县, as a general transfer needing no local match. The table, the " +
      "twelve places (three 连云港, five 盐城, four 南通) and their amounts are ours and add up to the report's 2,101. Planted: 盐城市 小计 typed 821 " +
      "while its five lines add up to 812 (the 合计 agrees with the lines).",
  },
  classes: [
    "composition", "allocation-by-county", "city-subtotal-rows", "city-merged-down", "total-row-first", "whole-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "jiangsu",
  ],
  settings: { district: "江苏省" },
  sheets: [
    {
      name: "分配表",
      widths: [12, 16, 14],
      rows: [
        ["2022年度边境地区转移支付资金分配表（表据报道拟）", null, null],
        [null, null, "单位：万元"],
        ["市", "县（市、区）", "分配资金"],
        ["合计", null, 2101],
        ["连云港市", "小计", 556],
        [null, "连云区", 228],
        [null, "赣榆区", 186],
        [null, "灌云县", 142],
        ["盐城市", "小计", 821],
        [null, "响水县", 138],
        [null, "滨海县", 165],
        [null, "射阳县", 172],
        [null, "大丰区", 181],
        [null, "东台市", 156],
        ["南通市", "小计", 733],
        [null, "如东县", 204],
        [null, "海门区", 151],
        [null, "启东市", 226],
        [null, "通州区", 152],
        ["注：资金列入一般性转移支付管理，不要求市县财政配套，用于边境和海洋事务管理、改善边境地区民生和促进边境贸易发展。", null, null],
      ],
      merges: ["A1:C1", "A4:B4", "A5:A8", "A9:A14", "A15:A19", "A20:C20"],
      numberFormats: { "C4:C19": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "category", B: "line", C: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C9", why: "盐城市 小计 821, its lines 138 + 165 + 172 + 181 + 156 = 812: 9万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C4", why: "合计 2,101 = 556 + 812 + 733, the lines' own sums; the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C5", why: "228 + 186 + 142 = 556" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "C15", why: "204 + 151 + 226 + 152 = 733" },
      { rule: "register.ineligible-location", why: "every county is a coastal county or district of 江苏" },
    ],
  },
};
