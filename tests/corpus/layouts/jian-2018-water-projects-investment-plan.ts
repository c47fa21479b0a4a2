import type { CorpusLayout } from "../types";

// 吉安市 (江西) 2018: the central and provincial water-project investment plans sent down to the city — three programmes (灌区续建
// 配套, 五河治理防洪, 农村饮水安全巩固提升), each with its sources split under one merged 投资计划 heading (中央 / 省级 / 地方).
export const layout: CorpusLayout = {
  id: "jian-2018-water-projects-investment-plan",
  source: {
    title: "中央、省下达江西省吉安市水利项目资金2.4416亿元",
    url: "http://www.yinxiadownload.com/newscenter/df/jx/201803/t20180326_709700.html",
    publisher: "中国水利网站（通讯员 周健）",
    date: "2018-03-26",
    changes:
      "The page is a news item; the table is ours (表据正文拟). As published: 灌区续建配套 2,145万元 central, for 泰和南车灌区 (30万亩); 五河治理防洪 " +
      "17,941万元 (中央 8,971, 地方配套 8,970) for 泰和县、吉安县、吉水县、新干县、安福县; 农村饮水安全巩固提升 13,313万元 (中央预算内 2,254, 省级 3,540, " +
      "市县自筹 7,519) for nine counties. The headline's 2.4416亿元 does not reconcile with these parts and is not carried into the table. The " +
      "split of 五河治理 by county is ours. Planted: 安福县's 地方配套 is typed 1,560 where 1,650 is meant — its line no longer adds up " +
      "across (1,650 + 1,560 = 3,210 against 3,300) and the 二 subtotal's 地方 column (8,970) no longer matches its lines (8,880).",
  },
  classes: ["composition", "category-rows", "subtotals", "outline-numbering", "merged-header", "source-split", "row-and-column-totals", "built-from-prose", "wanyuan-caption", "jiangxi"],
  sheets: [
    {
      name: "投资计划",
      widths: [6, 36, 30, 12, 14, 12, 14, 24],
      rows: [
        ["吉安市2018年中央、省下达水利项目投资计划表（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元", null],
        ["序号", "项目名称", "实施县（市、区）", "投资计划", null, null, null, "备注"],
        [null, null, null, "合计", "中央预算内投资", "省级补助", "地方配套及自筹", null],
        ["一", "大中型灌区续建配套与节水改造工程", null, 2145, 2145, 0, 0, null],
        [1, "泰和南车灌区续建工程", "泰和县", 2145, 2145, 0, 0, "改善灌溉面积30万亩"],
        ["二", "五河治理防洪工程", null, 17941, 8971, 0, 8970, null],
        [2, "泰和县五河治理防洪工程", "泰和县", 3820, 1910, 0, 1910, null],
        [3, "吉安县五河治理防洪工程", "吉安县", 3560, 1780, 0, 1780, null],
        [4, "吉水县五河治理防洪工程", "吉水县", 4010, 2005, 0, 2005, null],
        [5, "新干县五河治理防洪工程", "新干县", 3251, 1626, 0, 1625, null],
        [6, "安福县五河治理防洪工程", "安福县", 3300, 1650, 0, 1560, null],
        ["三", "农村饮水安全巩固提升工程", null, 13313, 2254, 3540, 7519, null],
        [7, "农村饮水安全巩固提升工程", "全市9个县（市）", 13313, 2254, 3540, 7519, "解决建档立卡贫困人口9456人饮水安全问题"],
        ["合计", null, null, 33399, 13370, 3540, 16489, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A15:C15"],
    },
  ],
  settings: { district: "吉安市" },
  expect: {
    tables: [
      {
        sheet: "投资计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", D: "amount", E: "amount:中央预算内投资", F: "amount:省级补助", G: "amount:地方配套及自筹" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D12", why: "安福县 合计 3,300 across; 1,650 + 0 + 1,560 = 3,210 (90万元 short in its parts)" },
      { rule: "composition.total-mismatch", cell: "G7", why: "二 地方配套 8,970; its lines add up to 1,910 + 1,780 + 2,005 + 1,625 + 1,560 = 8,880" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D7", why: "二 17,941 = 3,820 + 3,560 + 4,010 + 3,251 + 3,300, and = 8,971 + 0 + 8,970 across" },
      { rule: "composition.total-mismatch", cell: "E7", why: "二 中央 8,971 = 1,910 + 1,780 + 2,005 + 1,626 + 1,650" },
      { rule: "composition.total-mismatch", cell: "D11", why: "新干县 3,251 = 1,626 + 1,625 (an odd split, but whole)" },
      { rule: "composition.total-mismatch", cell: "D15", why: "合计 33,399 = 2,145 + 17,941 + 13,313 and = 13,370 + 3,540 + 16,489 across" },
      { rule: "composition.total-mismatch", cell: "G15", why: "合计 地方 16,489 = 0 + 8,970 + 7,519 as the subtotals state; the slip inside 二 is reported at G7" },
      { rule: "composition.total-mismatch", cell: "D14", why: "13,313 = 2,254 + 3,540 + 7,519" },
      { rule: "register.ineligible-location", why: "no register; every county named is in 吉安市" },
      { rule: "composition.line-mismatch", why: "30万亩 and 9456人 are in the 备注 text, no unit price" },
      { rule: "input.unreadable-value", why: "备注 is text" },
    ],
  },
};
