import type { CorpusLayout } from "../types";

// 达州市财政局: a 公告 table (名称 | 内容) announcing the province's second batch of 省级财政交通建设项目扶贫资金, 3,836万元 — 宣汉县 3,800 for
// 交通精准扶贫普通省道, 达川区 36 for 农村公路桥梁. Built here as the allocation the 项目资金安排 cell states, the notice's rules under it.
export const layout: CorpusLayout = {
  id: "dazhou-provincial-transport-poverty-fund-batch2",
  source: {
    title: "省安排我市第二批省级财政交通建设项目扶贫资金3836万元（资金安排表据公告拟）",
    url: "http://www.dazhou.gov.cn/xxgk-show-3374.html",
    publisher: "达州市财政局",
    changes:
      "As published: the 公告事项 (省安排我市第二批省级财政交通建设项目扶贫资金3836万元), the two allocations of the 项目资金安排 cell (宣汉县 " +
      "交通精准扶贫普通省道 3,800万元; 达川区 农村公路桥梁 36万元), the 规定及要求 (shortened into the note) and the 公告单位. The page gives " +
      "them in a two-column 名称 | 内容 notice, not as a table: the allocation table, its headings and its 合计 row are ours (表据公告拟), " +
      "the two amounts the notice's. Planted: the 合计 typed 3,863 where 3,800 + 36 = 3,836.",
  },
  classes: [
    "composition", "allocation-by-county", "use-column", "counties-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "sign-off-under-table", "table-from-prose", "city-finance-notice", "province-fund", "sichuan",
  ],
  sheets: [
    {
      name: "资金安排",
      widths: [8, 14, 28, 14],
      rows: [
        ["第二批省级财政交通建设项目扶贫资金安排表（表据公告拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "项目类别", "下达资金"],
        [1, "宣汉县", "交通精准扶贫普通省道", 3800],
        [2, "达川区", "农村公路桥梁", 36],
        ["合计", null, null, 3863],
        ["说明：省级交通专项资金由省级财政安排，财政厅、交通运输厅负责管理，专项用于全省交通建设及行业发展，采取规划分配、特定补助和据实据效等方法下达。", null, null, null],
        ["公告单位：达州市财政局", null, null, null],
      ],
      merges: ["A1:D1", "A6:C6", "A7:D7", "A8:D8"],
    },
  ],
  settings: { district: "达州市" },
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 3, lastRow: 6, columns: { B: "line", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "合计 3,863; the lines 3,800 + 36 = 3,836 (the notice's own sum): 27万元 more than its lines (whole 万元, no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 1, 2 number the lines; they are no amounts" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated in the workbook's cells or the settings" },
      { rule: "register.ineligible-location", why: "宣汉县 and 达川区 are in 达州市; the table is an allocation, not a register" },
      { rule: "input.unreadable-value", why: "the 说明 and 公告单位 lines are notes, not data" },
    ],
  },
};
