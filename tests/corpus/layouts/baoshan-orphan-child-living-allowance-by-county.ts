import type { CorpusLayout } from "../types";

// 保山市民政局: the 孤儿、事实无人抚养儿童 basic-living allowance paid by county — 州(市) merged down, 孤儿数 split 机构养育 | 散居, people
// counted by kind, 实发资金合计 then its sources (中央和省级 | 州(市)配套 | 县(市、区)配套), a 结余资金 column after them, and the
// standards written once in a cell merged down the last column.
export const layout: CorpusLayout = {
  id: "baoshan-orphan-child-living-allowance-by-county",
  source: {
    title: "保山市孤儿、事实无人抚养儿童基本生活保障资金发放情况表",
    url: "https://baoshan.gov.cn/info/6127/10101674.htm",
    publisher: "保山市民政局",
    changes:
      "Layout as published: two header rows (孤儿数 over 机构养育 | 散居), 保山市 merged down the first column, 市本级 and the five counties, 合计 at the " +
      "foot, the standards (集中供养孤儿 2000元/人·月; 散居孤儿、艾滋病感染儿童 1350元/人·月; 事实无人抚养儿童差额补助) in one merged cell. The " +
      "stored copy's rows are ragged; every count and amount here is ours. Planted: the 中央和省级补助资金 合计 typed 127.80 where its lines add " +
      "to 127.08 (digits swapped).",
  },
  classes: [
    "composition", "allocation-by-county", "source-split-columns", "count-columns", "two-header-rows", "merged-city-column",
    "merged-standard-column", "balance-column-not-a-part", "city-level-line", "total-at-foot", "two-decimal-wanyuan", "unit-in-header",
    "city-fund", "yunnan",
  ],
  settings: { district: "保山市" },
  sheets: [
    {
      name: "发放情况",
      widths: [8, 10, 10, 8, 8, 12, 12, 12, 14, 12, 12, 14, 40],
      rows: [
        ["保山市孤儿、事实无人抚养儿童基本生活保障资金发放情况表", null, null, null, null, null, null, null, null, null, null, null, null],
        [
          "州(市)", "县(市、区)", "实发人数合计(人)", "孤儿数(人)", null, "事实无人抚养儿童数(人)", "艾滋病病毒感染儿童数(人)", "实发资金合计(万元)",
          "中央和省级补助资金(万元)", "州(市)配套资金(万元)", "县(市、区)配套资金(万元)", "结余资金(中央和省级)(万元)", "补助标准(元/月/人)",
        ],
        [null, null, null, "机构养育", "散居", null, null, null, null, null, null, null, null],
        [
          "保山市", "市本级", 52, 13, 0, 39, 0, 12.48, 8.2, 4.28, 0, 0,
          "集中供养孤儿：2000元/人·月；孤儿大中学生：740元/月+10000元/每学年助学资金；散居孤儿、艾滋病感染儿童补助标准为1350元/人·月；事实无人抚养儿童差额补助",
        ],
        [null, "隆阳区", 213, 0, 58, 131, 24, 33.06, 31.36, 0.85, 0.85, 1.2, null],
        [null, "施甸县", 103, 0, 26, 69, 8, 15.98, 15.18, 0.4, 0.4, 0.62, null],
        [null, "腾冲市", 274, 0, 66, 188, 20, 42.54, 42.54, 0, 0, 2.35, null],
        [null, "龙陵县", 140, 0, 24, 104, 12, 21.73, 21.73, 0, 0, 0.96, null],
        [null, "昌宁县", 52, 0, 23, 27, 2, 8.07, 8.07, 0, 0, 0.41, null],
        ["合计", null, 834, 13, 197, 558, 66, 133.86, 127.8, 5.53, 1.25, 5.54, null],
      ],
      merges: ["A1:M1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:L3", "M2:M3", "A4:A9", "M4:M10", "A10:B10"],
      numberFormats: { "H4:L10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "发放情况",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", H: "amount", I: "amount:中央和省级补助资金", J: "amount:州(市)配套资金", K: "amount:县(市、区)配套资金" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "I10", why: "中央和省级 合计 127.80 where 8.20 + 31.36 + 15.18 + 42.54 + 21.73 + 8.07 = 127.08 (0.72 over); with 127.08 the row agrees (127.08 + 5.53 + 1.25 = 133.86), so reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H10", why: "实发资金 133.86 = 12.48 + 33.06 + 15.98 + 42.54 + 21.73 + 8.07" },
      { rule: "composition.total-mismatch", cell: "H5", why: "隆阳区 33.06 = 31.36 + 0.85 + 0.85; the 结余资金 1.20 beside is no part of what was paid" },
      { rule: "composition.total-mismatch", cell: "H4", why: "市本级 12.48 = 8.20 + 4.28 + 0" },
      { rule: "composition.total-mismatch", cell: "L10", why: "结余 5.54 = 0 + 1.20 + 0.62 + 2.35 + 0.96 + 0.41" },
      { rule: "composition.line-mismatch", why: "the standards are prose in one merged cell, several rates and a 差额 top-up: no unit amount a line multiplies" },
      { rule: "composition.total-mismatch", cell: "C10", why: "the people are counts: 834 = 52 + 213 + 103 + 274 + 140 + 52, never money" },
      { rule: "register.ineligible-location", why: "市本级 and the five counties are 保山市's own" },
    ],
  },
};
