import type { CorpusLayout } from "../types";

// 陕西日报 2022-11-19 (记者 程伟, from 省乡村振兴局): 49亿元 of central and provincial 衔接资金 went this year to the 11 national and 15
// provincial 乡村振兴重点帮扶县, 48.07% of all the money sent down to counties. Set out as the summary a provincial office keeps, by 设区市:
// counts of key counties, then the money, 合计 | 中央 | 省级.
export const layout: CorpusLayout = {
  id: "shaanxi-2022-key-county-linkage-funds",
  source: {
    title: "我省今年向重点帮扶县投入中央和省级衔接资金49亿元（分市汇总表据正文拟）",
    url: "https://esb.sxdaily.com.cn/pc/content/202211/19/content_797577.html",
    publisher: "陕西日报",
    date: "2022-11-19",
    changes:
      "The report gives the 49亿元 total, the 11 national and 15 provincial key counties and the 48.07% share, not any table. The summary " +
      "(序号 | 设区市 | 重点帮扶县个数 国家级 / 省级 | 衔接资金 合计 / 中央 / 省级, 单位：个、万元, 合计 at the foot, the share as a note) is ours, as " +
      "are the cities' counts and sums (they keep 11, 15 and 490,000万元). Planted: the 中央 column's foot typed 397,900 where its lines add up " +
      "to 379,900 (digits swapped); the 合计 foot 490,000 agrees with its column and with 379,900 + 110,100.",
  },
  classes: [
    "composition", "by-city", "count-columns", "count-and-money-caption", "qizhong-columns", "row-total-column", "two-header-rows",
    "whole-wanyuan", "total-at-foot", "transposed-digits", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shaanxi",
  ],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "分市汇总",
      widths: [6, 12, 10, 10, 12, 12, 12],
      rows: [
        ["2022年中央和省级衔接资金支持国家和省级乡村振兴重点帮扶县分市汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：个、万元"],
        ["序号", "设区市", "重点帮扶县个数", null, "衔接资金", null, null],
        [null, null, "国家级", "省级", "合计", "中央", "省级"],
        [1, "安康市", 4, 3, 126000, 98600, 27400],
        [2, "商洛市", 3, 3, 109000, 84300, 24700],
        [3, "汉中市", 2, 3, 93000, 71800, 21200],
        [4, "延安市", 0, 2, 40000, 30500, 9500],
        [5, "榆林市", 1, 2, 56000, 43200, 12800],
        [6, "宝鸡市", 1, 1, 43000, 33600, 9400],
        [7, "渭南市", 0, 1, 23000, 17900, 5100],
        ["合计", null, 11, 15, 490000, 397900, 110100],
        ["注：投入重点帮扶县的衔接资金占下达到县资金总量的48.07%。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:D3", "E3:G3", "A12:B12", "A13:G13"],
      numberFormats: { "E5:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分市汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", E: "amount", F: "amount:中央", G: "amount:省级" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "分市汇总",
        cell: "F12",
        why: "中央 foot 397,900; its lines 98,600 + 84,300 + 71,800 + 30,500 + 43,200 + 33,600 + 17,900 = 379,900 (18,000 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分市汇总", cell: "E12", why: "合计 490,000 = its lines; with 中央 as its lines add up, 379,900 + 110,100 = 490,000 across: the slip is F12's alone" },
      { rule: "composition.total-mismatch", sheet: "分市汇总", cell: "G12", why: "省级 27,400 + 24,700 + 21,200 + 9,500 + 12,800 + 9,400 + 5,100 = 110,100" },
      { rule: "composition.total-mismatch", sheet: "分市汇总", cell: "E7", why: "汉中 71,800 + 21,200 = 93,000; every city's 合计 is its two parts" },
      { rule: "composition.total-mismatch", sheet: "分市汇总", cell: "C12", why: "counts 4 + 3 + 2 + 0 + 1 + 1 + 0 = 11 and 3 + 3 + 3 + 2 + 2 + 1 + 1 = 15, counted, never money" },
      { rule: "input.unreadable-value", sheet: "分市汇总", cell: "A13", why: "the note's 48.07% is no line" },
    ],
  },
};
