import type { CorpusLayout } from "../types";

// 陕西 2024-08: 中央专项彩票公益金支持革命老区乡村振兴项目资金 — 商南县、蓝田县、绥德县 chosen, 1.56亿元 of central money. Laid
// out as the province's allocation table: 设区市 | 县（区） | 分配资金 (合计 | 乡村产业发展 | 乡村建设 | 乡村治理) | 主要建设内容, whole
// 万元, 合计 at the foot. 绥德县's 合计 typed 5,300 over parts of 5,200 — its row and the column's foot disagree.
export const layout: CorpusLayout = {
  id: "shaanxi-2024-old-area-lottery-county-allocation",
  source: {
    title: "陕西省革命老区乡村振兴项目建设获支持（2024年中央专项彩票公益金支持革命老区乡村振兴项目资金分配表据报道拟）",
    url: "http://sannong.cnwest.com/snzx/a/2024/08/13/22734731.html",
    publisher: "三秦都市报（陕西省财政厅、陕西省农业农村厅）",
    date: "2024-08-13",
    changes:
      "As published: 农业农村部、财政部 chose 商南县、蓝田县、绥德县 as the 2024 项目资金支持县, 1.56亿元 of central money in all (9 counties " +
      "and 4.37亿元 since 2021). No table is published. Ours: the allocation table (设区市, the split by use 乡村产业发展 / 乡村建设 / " +
      "乡村治理, 主要建设内容, note); the three counties' shares are ours and add up to the published 15,600万元. Planted: 绥德县 合计 " +
      "typed 5,300 while its parts 3,000 + 1,950 + 250 = 5,200 (the foot 15,600 stays the true total, so the 合计 column no longer " +
      "adds up to it either).",
  },
  classes: [
    "composition", "allocation-by-county", "city-and-county-columns", "merged-amount-header", "use-split-columns", "row-and-column-slip",
    "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "central-fund",
    "province-level", "shaanxi",
  ],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 10, 10, 12, 10, 10, 40],
      rows: [
        ["2024年中央专项彩票公益金支持革命老区乡村振兴项目资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "县（区）", "分配资金", null, null, null, "主要建设内容"],
        [null, null, null, "合计", "乡村产业发展", "乡村建设", "乡村治理", null],
        [1, "商洛市", "商南县", 5200, 3100, 1800, 300, "茶产业提质增效、产业路及村内道路、村级综合服务设施"],
        [2, "西安市", "蓝田县", 5200, 2800, 2100, 300, "设施农业园区、农村供水保障、人居环境整治"],
        [3, "榆林市", "绥德县", 5300, 3000, 1950, 250, "山地苹果与小杂粮加工、淤地坝配套、村级治理阵地"],
        ["合计", null, null, 15600, 8900, 5850, 850, null],
        ["注：资金由县级统筹用于项目建设，不得用于村级债务、楼堂馆所等支出。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A8:C8", "A9:H9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "category", C: "line", D: "amount", E: "amount:乡村产业发展", F: "amount:乡村建设", G: "amount:乡村治理" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "绥德县 合计 5,300; its parts 3,000 + 1,950 + 250 = 5,200 (100 more)" },
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 column's foot 15,600; its lines as typed 5,200 + 5,200 + 5,300 = 15,700 (100 less)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "乡村产业发展 3,100 + 2,800 + 3,000 = 8,900; 乡村建设 1,800 + 2,100 + 1,950 = 5,850; 乡村治理 300 + 300 + 250 = 850" },
      { rule: "composition.total-mismatch", cell: "D5", why: "商南县 5,200 = 3,100 + 1,800 + 300; 蓝田县 5,200 = 2,800 + 2,100 + 300" },
      { rule: "register.ineligible-location", why: "an allocation among 陕西's counties, not a register; every county lies in 陕西省" },
      { rule: "cap.unknown-policy", why: "an allocation to counties is a composition, not an award list" },
      { rule: "input.unreadable-value", cell: "H5", why: "主要建设内容 is a remark describing the line" },
    ],
  },
};
