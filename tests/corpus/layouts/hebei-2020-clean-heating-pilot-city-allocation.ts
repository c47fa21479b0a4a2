import type { CorpusLayout } from "../types";

// 河北省财政厅 2020-07-15: 关于下达2020年中央大气污染防治资金（用于北方地区冬季清洁取暖试点城市补助）预算的通知 — 7.9亿元 to 石家庄、唐山、
// 保定、廊坊、衡水, 支出功能分类科目 “2110301大气”, 具体金额见附件 (2020年中央财政北方地区冬季清洁取暖试点城市补助资金分配表). The stored copy
// gives the notice and the annex's title only; the annex is laid out as such 分配表 are: 序号 | 市 | 补助资金 | 支出功能分类科目 | 备注, 合计 first.
export const layout: CorpusLayout = {
  id: "hebei-2020-clean-heating-pilot-city-allocation",
  source: {
    title: "河北省财政厅关于下达2020年中央大气污染防治资金（用于北方地区冬季清洁取暖试点城市补助）预算的通知（附件分配表据正文拟）",
    url: "https://www.jxwvip.com/mobile/news/show-34.html",
    publisher: "河北省财政厅",
    date: "2020-07-15",
    changes:
      "As published: the notice (the five cities, 7.9亿元 in all, 科目 2110301大气, 财资环〔2020〕42号) and the annex's title; the annex's body is not in the " +
      "stored copy. Ours: the annex's layout (附件 label, caption, 合计 first, the 科目 and 备注 columns) and each city's figure. Planted: the five cities add " +
      "up to 79,300 against the 合计 79,000 (the notice's 7.9亿元).",
  },
  classes: [
    "composition", "allocation-by-city", "total-row-first", "whole-wanyuan", "wanyuan-caption", "function-code-column", "remark-column",
    "annex-label", "year-in-title", "table-from-prose", "province-level", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "附件",
      widths: [8, 14, 14, 22, 26],
      rows: [
        ["附件", null, null, null, null],
        ["2020年中央财政北方地区冬季清洁取暖试点城市补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市", "补助资金", "支出功能分类科目", "备注"],
        ["合计", null, 79000, null, null],
        [1, "石家庄市", 19000, "2110301大气", "2017年试点城市"],
        [2, "唐山市", 18500, "2110301大气", "2017年试点城市"],
        [3, "保定市", 17300, "2110301大气", "2017年试点城市"],
        [4, "廊坊市", 13200, "2110301大气", "2017年试点城市"],
        [5, "衡水市", 11300, "2110301大气", "2017年试点城市"],
      ],
      merges: ["A2:E2", "A5:B5"],
      numberFormats: { "C5:C10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 79,000 ≠ 19,000 + 18,500 + 17,300 + 13,200 + 11,300 = 79,300 (300 short)" },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "D6", why: "2110301大气 is the 支出功能分类科目, text, not an amount" },
      { rule: "composition.total-mismatch", cell: "D5", why: "the 科目 column holds no figures" },
      { rule: "register.ineligible-location", why: "an allocation among the province's cities; no register" },
      { rule: "cap.unknown-policy", why: "an allocation, not an award list" },
      { rule: "register.duplicate", why: "an allocation, not an award list" },
    ],
  },
};
