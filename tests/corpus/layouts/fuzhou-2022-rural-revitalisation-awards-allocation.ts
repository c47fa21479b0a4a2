import type { CorpusLayout } from "../types";

// 福州日报 2023-03-22: the 2022年度省级乡村振兴奖补资金 reaching 福州 — 1 重点特色乡（镇）at 1000万元 and 15 实绩突出村 at 400万元
// each, 7000万元 in all. Built from the report as the usual allocation grid: 合计 first, a 小计 row per kind, the towns and villages
// by 县（市、区）, the standard in a note under the table.
export const layout: CorpusLayout = {
  id: "fuzhou-2022-rural-revitalisation-awards-allocation",
  source: {
    title: "福建下达乡村振兴奖补资金5亿元 福州1个镇和15个村获奖补（福州市分配表据正文拟）",
    url: "https://news.fznews.com.cn/fzxw/20230322/9JsQkY30R2.shtml",
    publisher: "福州日报（福州新闻网）",
    date: "2023-03-22",
    changes:
      "Built from the prose (table from prose): the town, the fifteen villages, their counties, the standards (1000 and 400万元) and the " +
      "7000万元 total are as reported; the grid (合计 first, 小计 rows under 一、/二、, 序号, 单位：万元, the note) is ours. Planted: 罗源县 " +
      "起步镇庭洋坂村 typed 300, so the 实绩突出村 小计 6000 is not its fifteen lines (5900); the 合计 7000 adds the two 小计 as typed.",
  },
  classes: ["composition", "allocation-by-village", "villages-as-lines", "county-column", "total-row-first", "subtotal-rows", "section-rows", "standard-in-note", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "provincial-fund", "fujian"],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 12, 40, 14],
      rows: [
        ["2022年度省级乡村振兴奖补资金分配表（福州市）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "奖补对象", "奖补资金"],
        ["合计", null, null, 7000],
        ["一、乡村振兴重点特色乡（镇）小计", null, null, 1000],
        [1, "福清市", "海口镇", 1000],
        ["二、乡村振兴实绩突出村小计", null, null, 6000],
        [1, "福清市", "上迳镇县圃村", 400],
        [2, "福清市", "东张镇三星村", 400],
        [3, "闽侯县", "荆溪镇埔前村", 400],
        [4, "闽侯县", "小箬乡尚锦村", 400],
        [5, "闽侯县", "上街镇新洲村（福州高新区村镇办新洲村）", 400],
        [6, "连江县", "筱埕镇筱埕村", 400],
        [7, "闽清县", "池园镇丽山村", 400],
        [8, "闽清县", "省璜镇山边村", 400],
        [9, "罗源县", "起步镇庭洋坂村", 300],
        [10, "永泰县", "同安镇西安村", 400],
        [11, "永泰县", "梧桐镇椿阳村", 400],
        [12, "长乐区", "鹤上镇东平村", 400],
        [13, "长乐区", "潭头镇岭南村", 400],
        [14, "仓山区", "城门镇绍岐村", 400],
        [15, "晋安区", "寿山乡寿山村", 400],
        ["注：重点特色乡（镇）每个奖补1000万元，实绩突出村每个奖补400万元，用于支持乡村产业振兴以及补齐农村基础设施、生态环境保护修复和公共服务短板等。", null, null, null],
      ],
      merges: ["A1:D1", "A4:C4", "A5:C5", "A7:C7", "A23:D23"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 22, columns: { C: "line", D: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D7", why: "实绩突出村 小计 6000 ≠ 14 × 400 + 300 = 5900" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D4", why: "合计 7000 = 1000 + 6000, the two 小计 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", sheet: "分配表", cell: "D5", why: "小计 1000 = 海口镇 1000" },
      { rule: "register.ineligible-location", why: "the counties are 福州's own, and the table is an allocation, not a list of firms" },
      { rule: "input.unreadable-value", sheet: "分配表", cell: "A23", why: "the note under the table is text" },
    ],
  },
};
