import type { CorpusLayout } from "../types";

// 泉州市财政局 泉州市农业农村局 2022-07-01 泉财指标〔2022〕490号, 附件1: the 650万元 of 2022 市级乡村振兴专项资金 by 县（市、区）,
// 资金合计 then its two parts 农业产业强镇 | “一村一品”示范村, 单位：万元 over the grid, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "quanzhou-2022-industry-town-one-village-allocation",
  source: {
    title: "泉州市财政局 泉州市农业农村局关于下达2022年市级乡村振兴专项资金（农业产业强镇、“一村一品”示范村）的通知（附件1 分配表）",
    url: "http://nyncj.quanzhou.gov.cn/xxgk/zfxxgk/fdzdgknr/fpzj/202207/t20220701_2745515.htm",
    publisher: "泉州市财政局 泉州市农业农村局",
    date: "2022-07-01",
    changes:
      "The title, caption, header (县（市、区） | 资金合计 | 农业产业强镇 | “一村一品”示范村), the totals (650 = 450 + 200) and the first two rows' shape " +
      "(洛江区 20 | blank | 20; 泉港区 10 | blank | 10) are as published; the stored copy breaks off after 泉港区, so the other counties and their sums are " +
      "ours. Planted: 南安市 资金合计 typed 170 where 150 + 30 = 180, so the column also adds up to 640 against its 合计 650.",
  },
  classes: ["composition", "allocation-by-county", "total-and-parts-columns", "blank-parts", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "city-fund", "fujian"],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "附件1",
      widths: [16, 12, 14, 18],
      rows: [
        ["附件1", null, null, null],
        ["2022年市级乡村振兴专项资金（农业产业强镇、“一村一品”示范村）分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["县（市、区）", "资金合计", "农业产业强镇", "“一村一品”示范村"],
        ["洛江区", 20, null, 20],
        ["泉港区", 10, null, 10],
        ["石狮市", 10, null, 10],
        ["晋江市", 170, 150, 20],
        ["南安市", 170, 150, 30],
        ["惠安县", 30, null, 30],
        ["安溪县", 190, 150, 40],
        ["永春县", 20, null, 20],
        ["德化县", 20, null, 20],
        ["合计", 650, 450, 200],
      ],
      merges: ["A2:D2"],
      numberFormats: { "B5:D14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { A: "line", B: "amount", C: "amount:农业产业强镇", D: "amount:一村一品示范村" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B9", why: "南安市 资金合计 170 against 农业产业强镇 150 + “一村一品” 30 = 180" },
      { rule: "composition.total-mismatch", cell: "B14", why: "资金合计 column: 20 + 10 + 10 + 170 + 170 + 30 + 190 + 20 + 20 = 640, against its 合计 650" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C14", why: "农业产业强镇 450 = 150 + 150 + 150 (blanks add nothing)" },
      { rule: "composition.total-mismatch", cell: "D14", why: "“一村一品” 200 = 20 + 10 + 10 + 20 + 30 + 30 + 40 + 20 + 20" },
      { rule: "composition.total-mismatch", cell: "B5", why: "洛江区 20 = blank + 20: a blank part adds nothing" },
      { rule: "register.ineligible-location", why: "every county is one of 泉州市's" },
    ],
  },
};
