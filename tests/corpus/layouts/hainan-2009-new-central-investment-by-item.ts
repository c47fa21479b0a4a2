import type { CorpusLayout } from "../types";

// 海南省发改委 2009-03-30: the part of 2009's new central investment sent down by 3月24日 (15.21亿元, 80.4% of the
// year's 18.92亿元), by item — 廉租房, 垦区棚户区改造（第一批）, 农村饮水 … 城镇污水垃圾处理 — with remarks (下达铁道部).
export const layout: CorpusLayout = {
  id: "hainan-2009-new-central-investment-by-item",
  source: {
    title: "国家发改委下达海南省2009年部分新增中央投资15.21亿元（分项目表据报道拟）",
    url: "http://www.tcxyyx.com/News/IndustryNewsArticle/a9734f36-6477-4b41-b44a-c7866c65f2b1",
    publisher: "海南省发展和改革委员会（转载）",
    date: "2009-03-30",
    changes:
      "The report lists the twelve items with their money in prose; the table — 序号 | 项目类别 | 下达中央投资 | 备注, 单位：万元, 合计 at " +
      "the foot, the share of the year's plan in a note — is built from it. The items and remarks (第一批, 大中型沼气部分, 下达铁道部) are as " +
      "published; the amounts are ours. Planted: the 合计 typed 152100 while the twelve lines add up to 151710.",
  },
  classes: ["composition", "allocation-by-item", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "share-of-plan-in-note", "notes-under-table", "table-from-prose", "news-report", "province-level", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "新增中央投资",
      widths: [6, 34, 16, 16],
      rows: [
        ["海南省2009年部分新增中央投资下达情况表（表据报道拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目类别", "下达中央投资", "备注"],
        [1, "廉租房项目", 5800, null],
        [2, "垦区棚户区改造工程", 15000, "第一批资金"],
        [3, "农村饮水安全工程", 3400, null],
        [4, "农村公路改造工程", 19600, null],
        [5, "农网完善项目", 10000, null],
        [6, "农村沼气工程", 5910, "大中型沼气部分"],
        [7, "重大水利工程", 22400, null],
        [8, "新建东环铁路工程", 30000, "下达铁道部"],
        [9, "中等职业教育工程", 3000, null],
        [10, "基层医疗卫生服务体系", 5600, null],
        [11, "中西部农村初中校舍改造", 6000, null],
        [12, "城镇污水垃圾处理设施建设工程", 25000, null],
        ["合计", null, 152100, null],
        ["注：截至3月24日，已下达部分占2009年新增中央投资计划总额的80%以上。", null, null, null],
      ],
      merges: ["A1:D1", "A16:B16", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "新增中央投资", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { A: "code", B: "line", C: "amount" }, year: 2009 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C16", why: "the twelve lines add up to 151710 (5800 + 15000 + 3400 + 19600 + 10000 + 5910 + 22400 + 30000 + 3000 + 5600 + 6000 + 25000) against 合计 152100 (390 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit or count: 第一批 and 大中型沼气部分 are remarks, not quantities" },
      { rule: "input.unreadable-value", why: "备注 and the note are text; 80% in the note is no figure of the table" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated in the workbook or settings" },
    ],
  },
};
