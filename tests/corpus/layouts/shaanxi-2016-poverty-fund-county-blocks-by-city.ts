import type { CorpusLayout } from "../types";

// 陕西日报 2016-04-08: 省扶贫办 / 省财政厅 send the 2016 中省财政专项扶贫项目资金, 24.92亿元 (中央首批提前下达 16.54亿, 省级 8.38亿),
// all in blocks (切块) to the 96 counties with poverty tasks. Laid out as the allocation by city, 资金 merged over 合计 | 中央 | 省级.
export const layout: CorpusLayout = {
  id: "shaanxi-2016-poverty-fund-county-blocks-by-city",
  source: {
    title: "陕西今年24.92亿元财政扶贫资金将全部切块到县（分配表据正文拟）",
    url: "https://xian.baogaosu.com/xinwen/%E5%85%83%E8%B4%A2%E6%94%BF%E6%89%B6%E8%B4%AB%E8%B5%84%E9%87%91%E5%B0%86%E5%85%A8%E9%83%A8%E5%88%87%E5%9D%97%E5%88%B0%E5%8E%BF/45642591",
    publisher: "陕西省扶贫办、陕西省财政厅（陕西日报）",
    date: "2016-04-08",
    changes:
      "As published: 24.92亿元 = 中央首批提前下达 16.54亿元 + 省级 8.38亿元, all in blocks to 96 counties. " +
      "Ours: the table by city (万元), each city's count of counties and its shares, the note. " +
      "Planted: 汉中市's 合计 typed 45,300 where 30,200 + 15,300 = 45,500, so the 合计 column's lines (249,000) also miss the foot 249,200.",
  },
  classes: ["composition", "allocation-by-city", "merged-header-over-three", "two-header-rows", "row-total-column", "count-column", "count-and-money-caption", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shaanxi"],
  sheets: [
    {
      name: "切块分配",
      widths: [6, 14, 12, 12, 18, 12],
      rows: [
        ["2016年中省财政专项扶贫项目资金切块分配表", null, null, null, null, null],
        ["单位：个、万元", null, null, null, null, null],
        ["序号", "市（区）", "县（区）个数", "资金", null, null],
        [null, null, null, "合计", "中央首批提前下达", "省级安排"],
        [1, "西安市", 5, 6300, 4200, 2100],
        [2, "铜川市", 4, 3100, 2100, 1000],
        [3, "宝鸡市", 10, 18900, 12600, 6300],
        [4, "咸阳市", 11, 17300, 11500, 5800],
        [5, "渭南市", 11, 25300, 16800, 8500],
        [6, "延安市", 13, 15700, 10400, 5300],
        [7, "汉中市", 11, 45300, 30200, 15300],
        [8, "榆林市", 12, 22000, 14600, 7400],
        [9, "安康市", 10, 53300, 35400, 17900],
        [10, "商洛市", 7, 41200, 27300, 13900],
        [11, "杨凌示范区", 2, 600, 300, 300],
        ["合计", null, 96, 249200, 165400, 83800],
        ["注：资金全部切块到有扶贫开发任务的县（市、区），80%用于国家扶贫开发工作重点县和片区县，70%以上用于扶持建档立卡贫困户发展产业。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A16:B16", "A17:F17"],
    },
  ],
  settings: { district: "陕西省" },
  expect: {
    tables: [
      { sheet: "切块分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "line", D: "amount", E: "amount:中央首批提前下达", F: "amount:省级安排" }, year: 2016 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "汉中市 合计 45,300; 中央 30,200 + 省级 15,300 = 45,500 (200万元 apart)" },
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 column's foot 249,200; its lines as typed give 6,300 + 3,100 + 18,900 + 17,300 + 25,300 + 15,700 + 45,300 + 22,000 + 53,300 + 41,200 + 600 = 249,000" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E16", why: "中央 165,400 = the eleven lines' sum" },
      { rule: "composition.total-mismatch", cell: "F16", why: "省级 83,800 = the eleven lines' sum" },
      { rule: "composition.total-mismatch", cell: "C16", why: "96 counties = 5 + 4 + 10 + 11 + 11 + 13 + 11 + 12 + 10 + 7 + 2, a count, never money" },
      { rule: "composition.line-mismatch", why: "县（区）个数 is a count beside the money, no unit price stated" },
    ],
  },
};
