import type { CorpusLayout } from "../types";

// 江夏区科技和经信局 2023-06-06: two award levels in one list, each under a category row;
// two header rows (认定情况 split into 级别/批次); credit codes.
export const layout: CorpusLayout = {
  id: "jiangxia-2023-specialised-sme-award",
  source: {
    title: "关于第一至四批国家级、省级专精特新“小巨人”企业奖励资金的公示（附件：江夏区第一至四批国家级、省级专精特新“小巨人”企业奖励资金明细表）",
    url: "http://chabeiquan.com.cn/news/info/id/5486.html",
    publisher: "武汉市江夏区科学技术和经济信息化局",
    date: "2023-06-06",
    changes:
      "The notice (69 firms, 2650万元) is stored without its annex: columns, category rows and per-level amounts " +
      "are ours, the annex title as published. 10 firms; names and codes (area 420115) invented. The per-level " +
      "amounts (100 / 50万元) are chosen for the corpus, not read from 武政规〔2021〕17号. Planted: row 16 repeats " +
      "row 12 (same firm, same level). Row 13 names a 国家级 firm again under 省级: a different item, not a duplicate.",
  },
  classes: ["register", "category-rows-give-item", "two-header-rows", "credit-codes", "wanyuan-caption"],
  settings: { district: "江夏区" },
  sheets: [
    {
      name: "附件",
      widths: [6, 30, 22, 8, 8, 10],
      rows: [
        ["江夏区第一至四批国家级、省级专精特新“小巨人”企业奖励资金明细表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "认定情况", null, "奖励金额"],
        [null, null, null, "级别", "批次", null],
        ["一、国家级专精特新“小巨人”企业", null, null, null, null, null],
        [1, "武汉江夏精密光电有限公司", "91420115MA7RJF3677", "国家级", "第一批", 100],
        [2, "湖北纸坊新材料股份有限公司", "91420115MA8HRB370D", "国家级", "第二批", 100],
        [3, "武汉庙山激光科技有限公司", "91420115MA2BYCJ69N", "国家级", "第三批", 100],
        [4, "武汉藏龙岛生物技术有限公司", "91420115MA24D1M164", "国家级", "第四批", 100],
        ["二、省级专精特新中小企业", null, null, null, null, null],
        [5, "武汉金口重工机械有限公司", "91420115MA650G3565", "省级", "第一批", 50],
        [6, "武汉五里界食品科技有限公司", "91420115MA8UW9Q38U", "省级", "第二批", 50],
        [7, "武汉江夏精密光电有限公司", "91420115MA7RJF3677", "省级", "第二批", 50],
        [8, "武汉乌龙泉矿业装备有限公司", "91420115MA25XJF45B", "省级", "第三批", 50],
        [9, "湖北安山电气有限公司", "91420115MA42LD2E3G", "省级", "第四批", 50],
        [10, "武汉五里界食品科技有限公司", "91420115MA8UW9Q38U", "省级", "第二批", 50],
        ["合计", null, null, null, null, 700],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A5:F5", "A10:F10", "A17:E17"],
    },
  ],
  catalog: {
    items: [
      { name: "国家级专精特新“小巨人”企业", capType: "fixed", capAmount: 100, unit: "万元", document: "武政规〔2021〕17号" },
      { name: "省级专精特新中小企业", capType: "fixed", capAmount: 50, unit: "万元", document: "武政规〔2021〕17号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { B: "enterprise", C: "creditCode", E: "batch", F: "approved" },
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        cell: "F16",
        why: "武汉五里界食品科技有限公司 (91420115MA8UW9Q38U) under 二、省级专精特新中小企业 in row 12 and again in row 16",
      },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "F5", why: "row 5 is the category row 一、国家级专精特新“小巨人”企业, not an award with an unreadable amount" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "row 10 is the category row 二、省级专精特新中小企业: there is no code to check" },
      { rule: "cap.unknown-policy", why: "each row's item is its category row (国家级 / 省级), both in the catalog" },
      {
        rule: "register.duplicate",
        cell: "F13",
        why: "武汉江夏精密光电有限公司 appears under 国家级 (row 6) and 省级 (row 13): two different items",
      },
      { rule: "cap.exceeded", cell: "F17", why: "合计 (700 = 4 × 100 + 6 × 50) is not an award" },
      { rule: "cap.exceeded", cell: "F6", why: "100 is the 国家级 amount; the row's item comes from the category row above it" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
