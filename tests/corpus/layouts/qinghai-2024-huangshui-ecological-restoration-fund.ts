import type { CorpusLayout } from "../types";

// 青海省财政厅 2024-02: 2024 central 重点生态保护修复治理资金 3.60亿元 for the 湟水流域山水林田湖草沙 project, by 市（州） with the
// number of sub-projects (单位：个、亿元); clean — everything adds up.
export const layout: CorpusLayout = {
  id: "qinghai-2024-huangshui-ecological-restoration-fund",
  source: {
    title: "青海省财政厅下达2024年中央重点生态保护修复治理资金3.60亿元（资金下达表据报道拟）",
    url: "http://253pk.com/newscenter/system/2024/02/15/030164562.shtml",
    publisher: "青海省财政厅",
    date: "2024-02",
    changes:
      "The news item gives the money and the sub-projects by area in prose (西宁市 2.36亿元 / 16个, 海东市 0.88亿元 / 7个, 海北藏族自治州 0.36亿元 / 1个; " +
      "24 sub-projects, 3.60亿元). The table is ours, with those figures as published and a use column of our own words. Nothing planted: a clean layout.",
  },
  classes: ["composition", "clean", "allocation-by-city", "count-column", "count-and-money-caption", "use-column", "two-decimal-yiyuan", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "central-transfer", "province-fund", "qinghai"],
  sheets: [
    {
      name: "下达表",
      widths: [6, 20, 12, 14, 40],
      rows: [
        ["2024年中央重点生态保护修复治理资金（湟水流域山水工程）下达情况表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：个、亿元"],
        ["序号", "市（州）", "分项目个数", "下达资金", "主要用途"],
        ["合计", null, 24, 3.6, null],
        [1, "西宁市", 16, 2.36, "湟水干流及支流生态修复、矿山修复、水土流失治理"],
        [2, "海东市", 7, 0.88, "湟水干流生态修复、农田整治"],
        [3, "海北藏族自治州", 1, 0.36, "湟水源头区域生态保护修复"],
        ["注：资金用于青藏高原生态屏障区东部湟水流域山水林田湖草沙一体化保护和修复工程建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "A8:E8"],
      numberFormats: { "D4:D7": "0.00" },
    },
  ],
  settings: { district: "青海省" },
  expect: {
    tables: [
      {
        sheet: "下达表",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2024,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "2.36 + 0.88 + 0.36 = 3.60" },
      { rule: "composition.total-mismatch", cell: "C4", why: "16 + 7 + 1 = 24 sub-projects, a count" },
      { rule: "composition.line-mismatch", why: "the counts are no quantity the money is a standard times" },
      { rule: "register.ineligible-location", why: "no register; 西宁、海东、海北 are 青海省's" },
      { rule: "input.unreadable-value", why: "主要用途 and the note are text" },
    ],
  },
};
