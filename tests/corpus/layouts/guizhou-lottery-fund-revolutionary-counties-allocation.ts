import type { CorpusLayout } from "../types";

// 贵州: 中央专项彩票公益金 5100万元 for three 革命老区 counties (威宁、习水、纳雍), 36 poor villages, 5.8万余人 covered.
// The report gives totals only; the allocation by county is ours (title suffix 表据报道拟).
export const layout: CorpusLayout = {
  id: "guizhou-lottery-fund-revolutionary-counties-allocation",
  source: {
    title: "贵州省威宁、习水、纳雍三个革命老区县获得中央专项彩票公益金5100万元扶贫资金（分县分配表据报道拟）",
    url: "http://group.lc1001.com/topic/4429355.html",
    publisher: "（转载新闻，游昔昔）",
    changes:
      "As published: 5100万元, three counties 威宁、习水、纳雍, 36 贫困村, 覆盖农村人口5.8万余人, 参与式扶贫. " +
      "Ours: the table (序号 | 县 | 所属市（州） | 贫困村（个） | 覆盖人口（人） | 补助资金（万元） | 备注), each county's villages, people and money, the note. " +
      "Planted: 纳雍县 typed 1,650 where the three must give the 合计 5,100 (they add to 5,200).",
  },
  classes: ["composition", "allocation-by-county", "city-beside-county", "count-columns", "people-count-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "remark-column", "notes-under-table", "table-from-prose", "news-report", "central-lottery-fund", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 14, 12, 14, 16, 20],
      rows: [
        ["中央专项彩票公益金支持贵州革命老区扶贫资金分配表", null, null, null, null, null, null],
        ["序号", "县", "所属市（州）", "贫困村（个）", "覆盖人口（人）", "补助资金（万元）", "备注"],
        [1, "威宁县", "毕节市", 14, 22400, 2000, "基础设施、环境改善"],
        [2, "习水县", "遵义市", 11, 18100, 1550, "基础设施、特色产业"],
        [3, "纳雍县", "毕节市", 11, 17600, 1650, "基础设施、特色产业"],
        ["合计", null, null, 36, 58100, 5100, null],
        ["注：项目以“参与式扶贫”方式实施，资金用于改善贫困村基础设施和群众生产生活条件、发展特色优势产业。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A6:C6", "A7:G7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 6, columns: { B: "line", C: "category", D: "quantity", F: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F6", why: "合计 5,100; the counties 2,000 + 1,550 + 1,650 = 5,200 (100万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D6", why: "贫困村 14 + 11 + 11 = 36, as stated" },
      { rule: "composition.total-mismatch", cell: "E6", why: "覆盖人口 22,400 + 18,100 + 17,600 = 58,100 (5.8万余人), as stated" },
      { rule: "composition.line-mismatch", why: "no unit amount is stated; the counts are not multiplied into the money" },
      { rule: "register.ineligible-location", why: "威宁、习水、纳雍 and 毕节市、遵义市 all lie in 贵州省" },
    ],
  },
};
