import type { CorpusLayout } from "../types";

// 安徽 加快皖北地区经济发展财政贴息资金: the management rules' 第二条 (six cities and four counties) and 第三条 (yearly quotas to
// each city, tilted to 亳州、宿州、阜阳) laid out as the quota table offices send down — 合计 first, then two groups each
// headed by its 小计 row (一、皖北六市小计, 二、四县（市）小计), whole 万元, a 备注 naming the tilt, the allocation rule as a note.
export const layout: CorpusLayout = {
  id: "wanbei-2022-loan-interest-quota-allocation",
  source: {
    title: "安徽省加快皖北地区经济发展财政贴息资金管理办法（额度计划分配表据正文拟）",
    url: "http://m.pjcrystal.cn/display.asp?id=21200",
    publisher: "卧涛科技 (repost of 安徽省发展改革委、省财政厅 rules)",
    date: "2022-04-08",
    changes:
      "The places (皖北六市 淮北、亳州、宿州、蚌埠、阜阳、淮南 and 四县 定远县、凤阳县、明光市、霍邱县), the yearly quota to each " +
      "(第三条: 下达各市年度贴息资金额度计划) and its factors and tilt are the rules' own; the table, its headings and every figure are " +
      "ours (the rules publish no amounts). Planted: 四县（市）小计 typed 1,560 where its four lines give 1,650 (the 合计 11,150 agrees " +
      "with the lines).",
  },
  classes: ["composition", "allocation-by-city", "table-from-prose", "total-row-first", "subtotals-heading-groups", "whole-wanyuan", "remark-column", "notes-under-table", "province-fund", "anhui"],
  sheets: [
    {
      name: "额度计划",
      widths: [8, 22, 16, 18],
      rows: [
        ["2022年加快皖北地区经济发展财政贴息资金额度计划分配表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "市、县（市）", "贴息资金额度", "备注"],
        ["合计", null, 11150, null],
        ["一", "皖北六市小计", 9500, null],
        [1, "淮北市", 1200, null],
        [2, "亳州市", 1850, "困难地区倾斜"],
        [3, "宿州市", 1900, "困难地区倾斜"],
        [4, "蚌埠市", 1300, null],
        [5, "阜阳市", 2100, "困难地区倾斜"],
        [6, "淮南市", 1150, null],
        ["二", "四县（市）小计", 1560, null],
        [1, "定远县", 420, null],
        [2, "凤阳县", 400, null],
        [3, "明光市", 380, null],
        [4, "霍邱县", 450, null],
        ["注：各市额度根据上年度绩效评价结果、地区人口、所辖县（市、区）数量、经济社会发展情况等因素分配，并向亳州、宿州和阜阳市等困难地区倾斜。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A17:D17"],
      numberFormats: { "C4:C16": "#,##0" },
    },
  ],
  settings: { district: "安徽省" },
  expect: {
    tables: [
      { sheet: "额度计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { A: "code", B: "line", C: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C12", why: "四县（市）小计 1,560 ≠ 420 + 400 + 380 + 450 = 1,650" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 11,150 = 9,500 + 1,650, the 小计s as their lines add up; the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "C5", why: "皖北六市小计 9,500 = 1,200 + 1,850 + 1,900 + 1,300 + 2,100 + 1,150" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated" },
      { rule: "input.unreadable-value", why: "备注 and the note are text" },
    ],
  },
};
