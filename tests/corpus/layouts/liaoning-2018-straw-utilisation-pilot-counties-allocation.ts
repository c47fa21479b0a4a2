import type { CorpusLayout } from "../types";

// 辽宁省农委 2018-07-08 公示: eleven 秸秆综合利用试点县 chosen by competition (辽中、海城、凤城、黑山、阜蒙、彰武、灯塔、
// 西丰、建平、朝阳、绥中). The notice names the counties only; laid out as the money's allocation by city and county,
// a 小计 under each city with two counties, figures of our own.
export const layout: CorpusLayout = {
  id: "liaoning-2018-straw-utilisation-pilot-counties-allocation",
  source: {
    title: "辽宁省2018年秸秆综合利用试点县遴选结果公示（试点县补助资金分配表据公示拟）",
    url: "https://m.camda.cn/message/2018/12944.html",
    publisher: "辽宁省农村经济委员会",
    date: "2018-07-08",
    changes:
      "As published: the eleven counties chosen (县级自主申报、市级择优推荐、省级评审立项), 公示期 5 days; no money. " +
      "Ours: the table (市 | 试点县（市、区） | 秸秆综合利用目标（万吨） | 补助资金（万元）), 小计 rows for 阜新市 and 朝阳市, all figures. " +
      "Planted: 朝阳市's 小计 typed 2,100 where 建平县 1,000 + 朝阳县 1,000 make 2,000 (the 合计 follows the lines).",
  },
  classes: ["composition", "allocation-by-county", "city-merged-down", "subtotal-rows", "quantity-column", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "liaoning"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 18, 22, 18],
      rows: [
        ["2018年辽宁省秸秆综合利用试点县补助资金分配表", null, null, null, null],
        ["序号", "市", "试点县（市、区）", "秸秆综合利用目标（万吨）", "补助资金（万元）"],
        [1, "沈阳市", "辽中区", 40, 1000],
        [2, "鞍山市", "海城市", 35, 1000],
        [3, "丹东市", "凤城市", 25, 800],
        [4, "锦州市", "黑山县", 40, 1000],
        [5, "阜新市", "阜蒙县", 45, 1200],
        [6, null, "彰武县", 40, 1000],
        [null, null, "小计", 85, 2200],
        [7, "辽阳市", "灯塔市", 25, 800],
        [8, "铁岭市", "西丰县", 30, 800],
        [9, "朝阳市", "建平县", 40, 1000],
        [10, null, "朝阳县", 35, 1000],
        [null, null, "小计", 75, 2100],
        [11, "葫芦岛市", "绥中县", 30, 800],
        ["合计", null, null, 385, 10400],
        ["注：补助资金用于秸秆肥料化、饲料化、燃料化等综合利用；试点县按“县级自主申报、市级择优推荐、省级评审立项”程序确定。", null, null, null, null],
      ],
      merges: ["A1:E1", "B7:B9", "B12:B14", "A16:C16", "A17:E17"],
    },
  ],
  settings: { district: "辽宁省" },
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 16, columns: { B: "category", C: "line", D: "quantity", E: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E14", why: "朝阳市 小计 2,100 ≠ 建平县 1,000 + 朝阳县 1,000 = 2,000" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E16", why: "合计 10,400 = the eleven counties' 1,000 + 1,000 + 800 + 1,000 + 1,200 + 1,000 + 800 + 800 + 1,000 + 1,000 + 800; the 小计 slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "E9", why: "阜新市 小计 2,200 = 1,200 + 1,000" },
      { rule: "composition.total-mismatch", cell: "D16", why: "目标 385万吨 = the counties' 40 + 35 + 25 + 40 + 45 + 40 + 25 + 30 + 40 + 35 + 30" },
      { rule: "composition.line-mismatch", why: "no unit standard is stated: 万吨 is a target, not a multiplier" },
    ],
  },
};
