import type { CorpusLayout } from "../types";

// 四川省扶贫开发局 / 财政厅 2019-07: the 2018 central lottery fund for poor old revolutionary areas, 20,000万元 — 2,000万元 to each of
// ten counties (平武, 昭化, 阆中, 金川, 小金, 壤塘, 松潘, 康定, 丹巴, 炉霍), and how each used it: villages, works, 项目总投资 with 其中
// 中央专项彩票公益金 2,000 and 其他整合涉农资金 the rest. Laid out as the 使用情况 table by 市（州） and county.
export const layout: CorpusLayout = {
  id: "sichuan-2018-lottery-fund-old-area-use",
  source: {
    title: "四川省2018年度中央专项彩票公益金支持贫困革命老区扶贫开发资金分配使用情况（表据正文拟）",
    url: "https://pitimail.com/10462/10464/10797/2019/7/2/38907d698d484bac8eab61402cef6805.shtml",
    publisher: "四川省扶贫开发局 四川省财政厅",
    date: "2019-07-02",
    changes:
      "As published: the ten counties under their cities and prefectures with 2,000万元 each (20,000万元 in all); 平武县 27 villages, 项目总投资 " +
      "2,033.34 = 2,000 + 33.34; 昭化区 31 villages, 2,048.23 = 2,000 + 48.23; 阆中市 13 villages, 2,221.65 = 2,000 + 221.65, with their works. " +
      "The stored copy stops there: the other seven counties' villages, works and figures, and the table (序号 | 市（州） | 县（市、区） | 贫困村（个） | " +
      "主要建设内容 | 项目总投资 | 资金来源 over 中央专项彩票公益金 and 其他整合涉农资金), its caption and 合计 row are ours. Planted: the 合计 row's " +
      "项目总投资 written 20,796.57 where the counties add up to 20,769.57.",
  },
  classes: [
    "composition", "allocation-by-county", "sources-beside-total-investment", "merged-header-over-two", "two-header-rows", "cities-as-categories",
    "count-columns", "count-and-money-caption", "works-text-column", "two-decimal-wanyuan", "total-at-foot", "table-from-prose", "province-level", "sichuan",
  ],
  sheets: [
    {
      name: "使用情况",
      widths: [6, 10, 12, 10, 44, 14, 16, 16],
      rows: [
        ["四川省2018年度中央专项彩票公益金支持贫困革命老区扶贫开发资金使用情况表", null, null, null, null, null, null, null],
        ["单位：个、万元", null, null, null, null, null, null, null],
        ["序号", "市（州）", "县（市、区）", "贫困村（个）", "主要建设内容", "项目总投资", "资金来源", null],
        [null, null, null, null, null, null, "中央专项彩票公益金", "其他整合涉农资金"],
        [1, "绵阳市", "平武县", 27, "浆砌挡墙40000立方米，混凝土挡墙1.5万立方米，路面恢复3.5公里及护栏等附属设施", 2033.34, 2000, 33.34],
        [2, "广元市", "昭化区", 31, "新建村内道路51.47公里，加宽、修复村内道路59.1公里", 2048.23, 2000, 48.23],
        [3, "南充市", "阆中市", 13, "塘堰整治19座，蓄水池16口，维修渠道8.5公里，提灌站1处", 2221.65, 2000, 221.65],
        [4, "阿坝州", "金川县", 18, "村内道路硬化38.6公里，便民桥4座", 2146.04, 2000, 146.04],
        [5, "阿坝州", "小金县", 22, "村内道路硬化26.3公里，灌溉渠道12.4公里", 2087.5, 2000, 87.5],
        [6, "阿坝州", "壤塘县", 15, "村内道路硬化21.8公里，人饮管网9.6公里", 2012.6, 2000, 12.6],
        [7, "阿坝州", "松潘县", 20, "村内道路硬化30.2公里，挡土墙6200立方米", 2105.32, 2000, 105.32],
        [8, "甘孜州", "康定市", 12, "村内道路硬化18.5公里，蓄水池22口", 2064.18, 2000, 64.18],
        [9, "甘孜州", "丹巴县", 16, "村内道路硬化24.7公里，安全护栏5.2公里", 2030.75, 2000, 30.75],
        [10, "甘孜州", "炉霍县", 14, "村内道路硬化19.9公里，便民桥3座", 2019.96, 2000, 19.96],
        ["合计", null, null, 188, null, 20796.57, 20000, 769.57],
      ],
      merges: ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "A15:C15"],
      numberFormats: { "F5:H15": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "使用情况",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "category", C: "line", D: "quantity", F: "amount:项目总投资", G: "amount", H: "amount:其他整合涉农资金" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F15", why: "合计 项目总投资 20,796.57; the counties 2,033.34 + 2,048.23 + 2,221.65 + 2,146.04 + 2,087.50 + 2,012.60 + 2,105.32 + 2,064.18 + 2,030.75 + 2,019.96 = 20,769.57: 27万元 apart, far beyond the rounding of 2-decimal 万元" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G15", why: "中央专项彩票公益金 10 × 2,000 = 20,000" },
      { rule: "composition.total-mismatch", cell: "H15", why: "33.34 + 48.23 + 221.65 + 146.04 + 87.50 + 12.60 + 105.32 + 64.18 + 30.75 + 19.96 = 769.57" },
      { rule: "composition.total-mismatch", cell: "F5", why: "each county's 项目总投资 is 2,000 + its 其他整合涉农资金 (平武 2,000 + 33.34 = 2,033.34 … 炉霍 2,000 + 19.96 = 2,019.96); the 合计 row's slip is reported once, at F15, since with 20,769.57 the row agrees (20,000 + 769.57)" },
      { rule: "composition.total-mismatch", cell: "D15", why: "贫困村 is a count: 27 + 31 + 13 + 18 + 22 + 15 + 20 + 12 + 16 + 14 = 188" },
      { rule: "composition.line-mismatch", why: "贫困村（个） is no quantity of a unit price: no unit amount column" },
      { rule: "composition.approved-mismatch", why: "no approved figure apart from the table's own 合计 (20,000 as the notice states)" },
      { rule: "input.unreadable-value", why: "主要建设内容 is text describing the works" },
    ],
  },
};
