import type { CorpusLayout } from "../types";

// 辽宁省工业和信息化厅 2024-01-15 (辽工信改革〔2024〕6号): 347 firms named 辽宁省专精特新中小企业 (2023年度第二批), 51 passing review.
// Laid out as a city's award list for the newly named firms: the award under a merged header split 合计 | 其中：省级 | 市级.
export const layout: CorpusLayout = {
  id: "liaoning-2024-specialised-sme-award",
  source: {
    title: "辽宁省工业和信息化厅关于公布辽宁省专精特新中小企业（2023年度第二批）等名单的通知（辽工信改革〔2024〕6号）",
    url: "http://shoelacebooks.com/news/40516.html",
    publisher: "辽宁省工业和信息化厅",
    date: "2024-01-15",
    changes:
      "The notice is as published (347 + 51 firms, 8 renamed; 有效期 2024-01-01 to 2026-12-31). It names no award and the stored copy shows no " +
      "annex, so the list (序号 | 所在市 | 企业名称 | 统一社会信用代码 | 奖励资金（万元）: 合计 / 其中：省级 / 市级 | 备注), the 合计, the firms, codes " +
      "and amounts are ours; a fixed 30万元 a firm is chosen for the corpus. Planted: 大连旅顺精工 合计 40 where the award is 30.",
  },
  classes: ["register", "item-in-title", "fixed-cap", "credit-codes", "qizhong-split", "two-header-rows", "wanyuan-in-header", "remark-column", "liaoning"],
  settings: { asOf: "2024-03-31" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 32, 22, 10, 10, 10, 10],
      rows: [
        ["辽宁省专精特新中小企业（2023年度第二批）奖励资金拟安排表", null, null, null, null, null, null, null],
        ["序号", "所在市", "企业名称", "统一社会信用代码", "奖励资金（万元）", null, null, "备注"],
        [null, null, null, null, "合计", "其中：省级", "市级", null],
        [1, "沈阳市", "沈阳浑南智能传感科技有限公司", "91210100MA0XK2QF77", 30, 20, 10, null],
        [2, "大连市", "大连旅顺精工机械有限公司", "91210200MA1Q8W3E4T", 40, 20, 20, null],
        [3, "鞍山市", "鞍山千山耐材科技有限公司", "91210300MA10PL8N2T", 30, 20, 10, null],
        [4, "沈阳市", "沈阳铁西数控刀具有限公司", "91210100MA7CF4YD1K", 30, 20, 10, "通过复核"],
        [5, "大连市", "大连金州海工装备有限公司", "91210200MA0UJ6RT31", 30, 20, 10, null],
        ["合计", null, null, null, 160, 100, 60, null],
      ],
      merges: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A9:D9"],
      numberFormats: { "E4:G9": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "辽宁省专精特新中小企业奖励", capType: "fixed", capAmount: 30, unit: "万元", year: 2024, document: "辽工信改革〔2024〕6号（每户30万元：为语料选定，通知未载）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2024,
        item: "辽宁省专精特新中小企业奖励",
      },
    ],
    findings: [{ rule: "cap.exceeded", cell: "E5", why: "大连旅顺精工 合计 40 where the award is a fixed 30万元: 10万元 over" }],
    absent: [
      { rule: "cap.exceeded", cell: "F5", why: "省级 20 is a part of the award, not the award" },
      { rule: "cap.exceeded", cell: "E9", why: "合计 160 is no award" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "five firms, each once" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "input.unreadable-value", why: "备注 通过复核 is text by nature" },
    ],
  },
};
