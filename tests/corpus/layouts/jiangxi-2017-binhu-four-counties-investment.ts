import type { CorpusLayout } from "../types";

// 江西省发改委 2017 (late March): provincial capital-construction money for the four lakeside counties (鄱阳、余干、万年、都昌) under
// the province's 小康攻坚 guidance — 38 projects, water infrastructure and people's-livelihood work, by county with row and column totals.
export const layout: CorpusLayout = {
  id: "jiangxi-2017-binhu-four-counties-investment",
  source: {
    title: "江西省发展改革委安排鄱余万都滨湖四县省预算内基建投资项目38个 下达资金3612万元",
    url: "http://ksswc.com/2017/0324/53552.html",
    publisher: "江西省发展改革委",
    date: "2017-03-24",
    changes:
      "The page is prose; the table is ours (表据正文拟). As published: 38 projects and 3,612万元 for 鄱阳、余干、万年、都昌; 1,250万元 for water " +
      "infrastructure (病险水库除险加固, 圩堤整治, 排涝) and 2,362万元 for 33 livelihood projects. The split by county and the project counts per " +
      "county are ours. Planted: 万年县's 合计 is typed 712 where its two parts add up to 702 — its row does not add up across, and the 合计 " +
      "column's foot (3,612) no longer matches the counties as typed (3,622).",
  },
  classes: ["composition", "row-and-column-totals", "count-column", "count-unit-caption", "total-row", "built-from-prose", "wanyuan-caption", "jiangxi"],
  sheets: [
    {
      name: "分县安排",
      widths: [6, 14, 12, 20, 20, 12],
      rows: [
        ["2017年鄱余万都滨湖四县省预算内基建投资安排表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, "单位：个、万元", null],
        ["序号", "县名", "项目个数", "水利基础设施项目", "民生及基础设施项目", "合计"],
        [1, "鄱阳县", 11, 380, 720, 1100],
        [2, "余干县", 10, 320, 610, 930],
        [3, "万年县", 8, 250, 452, 712],
        [4, "都昌县", 9, 300, 580, 880],
        ["合计", null, 38, 1250, 2362, 3612],
        ["注：水利基础设施项目用于病险水库除险加固、河湖圩堤整治、排涝能力建设；民生项目用于农村道路改造、饮水设施、污水治理、产业扶贫以及教育、卫生、文化等。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "E2:F2", "A8:B8", "A9:F9"],
    },
  ],
  settings: { district: "江西省" },
  expect: {
    tables: [
      {
        sheet: "分县安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", C: "quantity", D: "amount:水利基础设施项目", E: "amount:民生及基础设施项目", F: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F6", why: "万年县 合计 712 across; 250 + 452 = 702 (10万元 too much)" },
      { rule: "composition.total-mismatch", cell: "F8", why: "合计 column 3,612; the counties as typed add up to 1,100 + 930 + 712 + 880 = 3,622" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "1,250 = 380 + 320 + 250 + 300" },
      { rule: "composition.total-mismatch", cell: "E8", why: "2,362 = 720 + 610 + 452 + 580" },
      { rule: "composition.total-mismatch", cell: "C8", why: "项目个数 38 = 11 + 10 + 8 + 9, a count, not money" },
      { rule: "composition.total-mismatch", cell: "F4", why: "鄱阳县 1,100 = 380 + 720" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects, no unit price: amounts are not count × a standard" },
      { rule: "register.ineligible-location", why: "no register; the four counties are in 江西省" },
      { rule: "input.unreadable-value", why: "the note is prose" },
    ],
  },
};
