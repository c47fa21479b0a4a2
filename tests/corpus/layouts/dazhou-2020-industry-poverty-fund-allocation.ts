import type { CorpusLayout } from "../types";

// 达州市财政局 / 达州市经济和信息化局 2020-05-13 财政扶贫资金项目公告: the province's 工业发展及中小企业发展扶贫资金 split by
// 县（市、区） and a 市级 line, published as 名称 | 内容 prose. Built here as the allocation table the prose states, with a 其中 column
// for the cold-chain park the 资金使用方向 names.
export const layout: CorpusLayout = {
  id: "dazhou-2020-industry-poverty-fund-allocation",
  source: {
    title: "达州市2020年度财政扶贫资金项目公告（工业发展及中小企业发展扶贫资金分配表；表据公告拟）",
    url: "http://www.dazhou.gov.cn/xxgk-show-18798.html",
    publisher: "达州市财政局、达州市经济和信息化局",
    date: "2020-05-13",
    changes:
      "As published: the fund (2020年省下达我市工业发展及中小企业发展扶贫资金1679万元), the seven 县（市、区） and the 市级企业 line in the " +
      "notice's order, the 资金使用方向 (冷链物流食品工业园项目建设、工业产业扶贫及中小企业发展项目) and the 公告单位. The page is prose; the " +
      "table (序号 | 县（市、区） | 分配资金 | 其中：冷链物流食品工业园项目 | 备注), the per-line figures and the 其中 figure are ours " +
      "(the lines still add to 1,679). Planted: the 合计 typed 1,697 where the eight lines add to 1,679.",
  },
  classes: [
    "composition", "allocation-by-county", "city-level-line", "qizhong-column", "remark-column", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "city-fund", "sichuan",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 14, 22, 26],
      rows: [
        ["2020年省下达工业发展及中小企业发展扶贫资金分配表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "县（市、区）", "分配资金", "其中：冷链物流食品工业园项目", "备注"],
        [1, "通川区", 860, 600, "含冷链物流食品工业园"],
        [2, "达川区", 125, null, null],
        [3, "宣汉县", 170, null, null],
        [4, "渠县", 208, null, null],
        [5, "大竹县", 96, null, null],
        [6, "开江县", 35, null, null],
        [7, "万源市", 72, null, null],
        [8, "市级企业", 113, null, "中小企业公共服务体系建设"],
        ["合计", null, 1697, 600, null],
        ["注：相关县（市、区）要尽快将资金拨付到具体企业、项目，用于工业产业扶贫，专款专用。", null, null, null, null],
        ["公告单位：达州市财政局　达州市经济和信息化局", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A12:B12", "A13:E13", "A14:E14"],
    },
  ],
  settings: { district: "达州市" },
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "amount" },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C12",
        why: "合计 1,697; the lines 860 + 125 + 170 + 208 + 96 + 35 + 72 + 113 = 1,679 (the notice's 1679万元): 18万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "其中 600 is the one 其中 figure (通川区), not a further line; its foot 600 agrees" },
      { rule: "composition.total-mismatch", cell: "C4", why: "通川区 860 is a line; its 其中 600 is part of it, not added beside it" },
      { rule: "register.ineligible-location", why: "the counties and districts are 达州's; 市级企业 is the city's own line" },
      { rule: "input.unreadable-value", why: "the 备注 and the notes under the table are text" },
    ],
  },
};
