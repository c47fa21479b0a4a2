import type { CorpusLayout } from "../types";

// 郑州市扶贫办 (on 新郑市和庄镇's disclosure page, 2021-07-14): where the city's 财政专项扶贫资金 came from — 中央, 省级 and 市级 money,
// each level stated first as "共计" and then by the pair of documents (the province's 豫财农, the city's 郑财预) that passed it down.
export const layout: CorpusLayout = {
  id: "zhengzhou-2018-poverty-fund-sources",
  source: {
    title: "郑州市扶贫办关于财政专项扶贫资金分配情况公告公示（一、资金来源）",
    url: "https://public.xinzheng.gov.cn/D6201Z/6221294.jhtml",
    publisher: "新郑市和庄镇人民政府（转郑州市扶贫办）",
    date: "2021-07-14",
    changes:
      "Kept as published: 一、资金来源 with the three levels, each heading stating its 共计, the lines under it by 省级文号 and 市级文号 with " +
      "their 不含中牟县 / 巩义市 remarks. The page runs them as text; the columns (资金级次 | 省级文号 | 市级文号 | 金额 | 备注) and the 合计 " +
      "are laid out from it. Amounts are ours, and so are some document numbers. Planted: 省级资金 共计 typed 5510 over lines " +
      "adding up to 5410; the 合计 adds the lines.",
  },
  classes: ["composition", "fund-sources", "levels-of-government", "subtotal-on-heading-row", "document-numbers-as-lines", "remark-column", "amounts-in-remarks", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "city-fund", "henan"],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "资金来源",
      widths: [6, 18, 20, 20, 12, 34],
      rows: [
        ["郑州市扶贫办关于财政专项扶贫资金分配情况公告公示", null, null, null, null, null],
        ["一、资金来源", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "资金级次", "省级文号", "市级文号", "金额", "备注"],
        ["1", "中央资金 共计", null, null, 2034, null],
        [null, null, "豫财农﹝2017﹞191号", "郑财预﹝2017﹞814号", 36, "下达资金中不含中牟县24万元"],
        [null, null, "豫财农﹝2017﹞192号", "郑财预﹝2017﹞833号", 1850, "下达资金中不含中牟县495万元"],
        [null, null, "豫财农﹝2017﹞195号", "郑财预﹝2017﹞838号", 118, "不含中牟县32万元、巩义市10万元"],
        [null, null, "豫财农﹝2018﹞59号", "郑财预﹝2018﹞254号", 30, null],
        ["2", "省级资金 共计", null, null, 5510, null],
        [null, null, "豫财农﹝2017﹞197号", "郑财预﹝2017﹞832号", 150, "不含中牟县50万元、巩义市100万元"],
        [null, null, "豫财农﹝2017﹞192号", "郑财预﹝2017﹞833号", 820, "下达资金中不含巩义538万元"],
        [null, null, "豫财农﹝2018﹞55号", "郑财预﹝2018﹞265号", 540, "不含中牟县123万元、巩义市148万元"],
        [null, null, "豫财农﹝2018﹞53号", "郑财预﹝2018﹞266号", 3900, "下达资金中不含中牟县200万元"],
        ["3", "市级资金 共计", null, null, 32386, null],
        [null, null, null, "郑财预﹝2017﹞831号", 2850, null],
        [null, null, null, "郑财预﹝2017﹞833号", 26800, null],
        [null, null, null, "郑财预﹝2018﹞76号", 309, null],
        [null, null, null, "郑财预﹝2018﹞77号", 1860, null],
        [null, null, null, "郑财预﹝2018﹞264号", 567, null],
        ["合计", null, null, null, 39830, null],
        ["二、分配情况：按各县（市、区）脱贫任务和项目库入库项目分配，详见附件。", null, null, null, null, null],
        ["监督举报电话：0371-12317", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A21:D21", "A22:F22", "A23:F23"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金来源",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 21,
        columns: { B: "category", D: "line", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "E10", why: "省级资金 共计 5510, its lines 150 + 820 + 540 + 3900 = 5410: 100万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "E21", why: "合计 39830 = the lines 2034 + 5410 + 32386 (the 省级 slip is reported once, at its heading)" },
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "E5", why: "中央资金 2034 = 36 + 1850 + 118 + 30" },
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "E15", why: "市级资金 32386 = 2850 + 26800 + 309 + 1860 + 567" },
      { rule: "input.unreadable-value", sheet: "资金来源", why: "the 备注 amounts (不含中牟县24万元) are remarks, not figures of the table" },
    ],
  },
};
