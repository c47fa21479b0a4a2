import type { CorpusLayout } from "../types";

// 平顶山市财政局 2022-07-29: the third batch of the city's 2022 衔接 money (平财预〔2022〕376号, 2960万元) by county by factors —
// 2022年财政衔接推进乡村振兴补助资金分配情况表 with the caption 单位：万元 on the title line, 市县名称 | 资金合计 | 中央资金 | 省级资金 |
// 市级资金 | 备注, the 中央 and 省级 columns blank (all of it city money), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "pingdingshan-2022-city-linkage-batch3-allocation",
  source: {
    title: "平顶山市财政衔接推进乡村振兴补助资金（平财预[2022]376号）分配情况公告公示（四、分配情况表）",
    url: "https://pds.gov.cn/contents/31703/333753.html",
    publisher: "平顶山市财政局",
    date: "2022-07-29",
    changes:
      "As published: the title with its caption, the six headings, the five lines in their order with their figures (舞钢市 154, 宝丰县 89, " +
      "鲁山县 2024, 叶县 467, 石龙区 226), blank 中央 / 省级 columns and 合计 2960; the notice's 资金来源 and 分配原则 shortened into a note. " +
      "Planted: the 资金合计 column's foot typed 2690 (a transposition) where its lines and the 市级 column give 2960.",
  },
  classes: ["composition", "allocation-by-county", "money-by-level", "row-total-column", "empty-level-columns", "blank-as-nothing", "caption-in-title-row", "whole-wanyuan", "total-at-foot", "notes-under-table", "city-fund", "henan"],
  settings: { asOf: "2022-07-29" },
  sheets: [
    {
      name: "分配情况表",
      widths: [12, 12, 12, 12, 12, 10],
      rows: [
        ["2022年财政衔接推进乡村振兴补助资金分配情况表", null, null, null, "单位：万元", null],
        ["市县名称", "资金合计", "中央资金", "省级资金", "市级资金", "备注"],
        ["舞钢市", 154, null, null, 154, null],
        ["宝丰县", 89, null, null, 89, null],
        ["鲁山县", 2024, null, null, 2024, null],
        ["叶县", 467, null, null, 467, null],
        ["石龙区", 226, null, null, 226, null],
        ["合计", 2690, null, null, 2960, null],
        ["资金来源：2022年第三批市级财政衔接推进乡村振兴补助资金（巩固拓展脱贫攻坚成果和乡村振兴任务）2960万元（平财预〔2022〕376号），按因素分配法测算分配。", null, null, null, null, null],
      ],
      merges: ["A1:D1", "E1:F1", "A9:F9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { A: "line", B: "amount", C: "amount:中央资金", D: "amount:省级资金", E: "amount:市级资金" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B8", why: "资金合计 foot 2690; its lines 154 + 89 + 2024 + 467 + 226 = 2960 (270万元 apart), as its own 市级 part 2960 says" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "市级资金 2960 = its five lines" },
      { rule: "composition.total-mismatch", cell: "B3", why: "each line's 资金合计 = its 市级资金; the blank 中央 / 省级 cells are nothing" },
      { rule: "composition.total-mismatch", cell: "C8", why: "blank columns sum to nothing and state nothing" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
    ],
  },
};
