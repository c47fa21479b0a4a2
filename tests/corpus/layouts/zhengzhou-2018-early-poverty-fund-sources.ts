import type { CorpusLayout } from "../types";

// 郑州市财政局 2018-03-06: 2018年提前下达财政扶贫资金分配情况公告公示 — its 资金来源 as 中央 / 省级 / 市级, each a pair of documents
// (豫财农 over 郑财预) and an amount, 中省资金 2,981 + 市本级 29,850 = 32,831万元; the allocation table itself is an attachment not shown.
// (The city's later, larger 2018 notice, republished by 新郑市, is zhengzhou-2018-poverty-fund-sources.)
export const layout: CorpusLayout = {
  id: "zhengzhou-2018-early-poverty-fund-sources",
  source: {
    title: "郑州市2018年提前下达财政扶贫资金分配情况公告公示（一、资金来源；表据公示拟）",
    url: "https://public.zhengzhou.gov.cn/D190202X/252948.jhtml",
    publisher: "郑州市财政局",
    date: "2018-03-06",
    changes:
      "The documents and amounts are as published (中央 24 / 1,903 / 106万, 省级 150 / 798万元 with 郑财预﹝2016﹞833号 as printed, 市级 2,850 / " +
      "27,000万元; 中省 2,981, 市本级 29,850, 合计 32,831). Laid out by us as a table: title, caption, columns 序号 | 资金来源 | 省级文号 | 市级文号 | " +
      "金额, a row per level with its own sum, the 合计 at the foot, the distribution principle as a note. Planted: 二、省级资金 typed 984 where its " +
      "two documents give 948 (the 合计 32,831 agrees with the documents).",
  },
  classes: [
    "composition", "fund-sources", "document-number-columns", "category-rows-with-figures", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "city-fund", "henan",
  ],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "资金来源",
      widths: [6, 14, 22, 22, 12],
      rows: [
        ["郑州市2018年提前下达财政扶贫资金来源表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "资金来源", "省级文号", "市级文号", "金额"],
        ["一", "中央资金", null, null, 2033],
        [1, null, "豫财农﹝2017﹞191号", "郑财预﹝2017﹞814号", 24],
        [2, null, "豫财农﹝2017﹞192号", "郑财预﹝2017﹞833号", 1903],
        [3, null, "豫财农﹝2017﹞195号", "郑财预﹝2017﹞838号", 106],
        ["二", "省级资金", null, null, 984],
        [1, null, "豫财农﹝2017﹞197号", "郑财预﹝2017﹞832号", 150],
        [2, null, "豫财农﹝2017﹞192号", "郑财预﹝2016﹞833号", 798],
        ["三", "市级资金", null, null, 29850],
        [1, null, "—", "郑财预﹝2017﹞831号", 2850],
        [2, null, "—", "郑财预﹝2017﹞833号", 27000],
        ["合计", null, null, null, 32831],
        ["注：中省资金共计2981万元，郑州市本级资金共计29850万元。扶贫资金按照因素分配法进行分配，因素指标包括建档立卡人口规模、年度脱贫攻坚任务、扶贫专项工作要求及绩效评价结果等。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:D14", "A15:E15"],
      numberFormats: { "E4:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金来源", kind: "composition", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "category", E: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "省级资金 984 against 150 + 798 = 948" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E14", why: "合计 32,831 = 24 + 1,903 + 106 + 150 + 798 + 2,850 + 27,000 (2,033 + 948 + 29,850): the slip is the 省级 row's, reported once" },
      { rule: "composition.total-mismatch", cell: "E4", why: "24 + 1,903 + 106 = 2,033" },
      { rule: "composition.total-mismatch", cell: "E11", why: "2,850 + 27,000 = 29,850" },
      { rule: "input.unreadable-value", cell: "C12", why: "— is no document (市级 money has none from the province)" },
      { rule: "input.unreadable-value", why: "the document numbers and the note are text" },
    ],
  },
};
