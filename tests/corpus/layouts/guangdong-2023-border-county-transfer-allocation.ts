import type { CorpusLayout } from "../types";

// 广东省财政厅 2023-05: 省际边界地区转移支付 of 8.1亿元 — 3000万元 to each of the 26 counties (cities) on the province's borders and to 南澳县,
// the province's one island county, 项目制 备案. Laid out as the allocation table by 地市 (merged down) and county, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangdong-2023-border-county-transfer-allocation",
  source: {
    title: "8.1亿元！广东下达的这笔转移支付资金覆盖27个县(市)（南方网；分配表据正文拟）",
    url: "http://photo.guhantai.com/guonei/20230512/52291.html",
    publisher: "广东省财政厅（南方网报道）",
    date: "2023-05-12",
    changes:
      "As published: 8.1亿元 of 省际边界地区转移支付, 26 border counties (cities) and 南澳县, 3000万元 each, 项目制备案. The report names no county: the 27 " +
      "counties here are ours, chosen from the counties along the Fujian, Jiangxi, Hunan and Guangxi borders, and the table form (序号 | 地市 | 县（市） | " +
      "下达金额 | 备注, 单位：万元, 合计 81,000) is ours. Planted: 连平县 given 3,500 where every county gets 3,000, so the 27 lines (81,500) miss the 合计.",
  },
  classes: ["composition", "allocation-by-county", "equal-shares", "city-merged-down", "whole-wanyuan", "wanyuan-caption", "remark-column", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guangdong"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 22, 14, 10],
      rows: [
        ["2023年省际边界地区转移支付资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "地市", "县（市）", "下达金额", "备注"],
        [1, "汕头市", "南澳县", 3000, null],
        [2, "韶关市", "南雄市", 3000, null],
        [3, null, "始兴县", 3000, null],
        [4, null, "仁化县", 3000, null],
        [5, null, "乐昌市", 3000, null],
        [6, null, "乳源瑶族自治县", 3000, null],
        [7, "河源市", "和平县", 3000, null],
        [8, null, "连平县", 3500, null],
        [9, null, "龙川县", 3000, null],
        [10, null, "东源县", 3000, null],
        [11, "梅州市", "大埔县", 3000, null],
        [12, null, "丰顺县", 3000, null],
        [13, null, "蕉岭县", 3000, null],
        [14, null, "平远县", 3000, null],
        [15, null, "兴宁市", 3000, null],
        [16, "潮州市", "饶平县", 3000, null],
        [17, "清远市", "连州市", 3000, null],
        [18, null, "阳山县", 3000, null],
        [19, null, "连南瑶族自治县", 3000, null],
        [20, null, "连山壮族瑶族自治县", 3000, null],
        [21, "肇庆市", "怀集县", 3000, null],
        [22, null, "封开县", 3000, null],
        [23, "云浮市", "郁南县", 3000, null],
        [24, null, "罗定市", 3000, null],
        [25, "茂名市", "信宜市", 3000, null],
        [26, null, "化州市", 3000, null],
        [27, "湛江市", "廉江市", 3000, null],
        ["合计", null, null, 81000, null],
        ["注：每个省际边界县（市）及南澳县安排3000万元，实行“项目制”备案管理，重点支持制造强省建设、百县千镇万村高质量发展工程和绿美广东生态建设等方面项目。", null, null, null, null],
      ],
      merges: ["A1:E1", "B5:B9", "B10:B13", "B14:B18", "B20:B23", "B24:B25", "B26:B27", "B28:B29", "A31:C31", "A32:E32"],
      numberFormats: { "D4:D31": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 31,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D31", why: "合计 81,000 where the 27 lines give 26 × 3,000 + 3,500 = 81,500: 500万元 apart (连平县, D11)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "a 地市 merged down over its counties is a label, not a subtotal row" },
      { rule: "composition.line-mismatch", why: "no unit or quantity column: 3000万元 each is in the note only" },
      { rule: "composition.line-rounded", why: "whole 万元 throughout" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
