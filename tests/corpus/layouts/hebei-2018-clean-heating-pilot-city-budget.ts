import type { CorpusLayout } from "../types";

// 河北省财政厅 2018-11: 关于下达2018年中央大气污染防治资金（用于北方地区冬季清洁取暖试点城市补助）预算的通知 — 37.6亿元 to nine cities
// (石家庄、唐山、张家口、保定、廊坊、衡水、邯郸、邢台、沧州), with the table “2018年中央财政北方地区冬季清洁取暖试点城市补助资金预算表（单位：万元）”
// whose body the stored copy does not show. Laid out as 序号 | 城市 | 试点批次 | 预算金额, 合计 at the foot, with figures of our own adding up to 376,000.
export const layout: CorpusLayout = {
  id: "hebei-2018-clean-heating-pilot-city-budget",
  source: {
    title: "河北省财政厅关于下达2018年中央大气污染防治资金（用于北方地区冬季清洁取暖试点城市补助）预算的通知（预算表据正文拟）",
    url: "https://m.shzx.org/a/25-69793-0.html",
    publisher: "河北省财政厅",
    date: "2018-11",
    changes:
      "As published: the notice (nine cities, 37.6亿元, 财建〔2018〕588号, 资金分解意见 due 2018-11-30) and the table's title with its unit (单位：万元); the " +
      "table's body is an image the stored copy lacks. Ours: the columns (序号 | 城市 | 试点批次 | 预算金额), the batch of each city and every figure, adding up " +
      "to the notice's 376,000. Nothing planted: a clean allocation.",
  },
  classes: [
    "composition", "allocation-by-city", "category-column", "total-at-foot", "whole-wanyuan", "unit-in-title", "year-in-title",
    "table-from-prose", "province-level", "clean", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "预算表",
      widths: [8, 14, 24, 14],
      rows: [
        ["2018年中央财政北方地区冬季清洁取暖试点城市补助资金预算表", null, null, null],
        ["单位：万元", null, null, null],
        ["序号", "城市", "试点批次", "预算金额"],
        [1, "石家庄市", "第一批（2017年）试点城市", 56000],
        [2, "唐山市", "第一批（2017年）试点城市", 50000],
        [3, "保定市", "第一批（2017年）试点城市", 50000],
        [4, "廊坊市", "第一批（2017年）试点城市", 50000],
        [5, "衡水市", "第一批（2017年）试点城市", 30000],
        [6, "张家口市", "第二批（2018年）试点城市", 30000],
        [7, "邯郸市", "第二批（2018年）试点城市", 40000],
        [8, "邢台市", "第二批（2018年）试点城市", 40000],
        [9, "沧州市", "第二批（2018年）试点城市", 30000],
        ["合计", null, null, 376000],
      ],
      merges: ["A1:D1", "A2:D2", "A13:C13"],
      numberFormats: { "D4:D13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "code", B: "line", C: "category", D: "amount" },
        year: 2018,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "56,000 + 50,000 × 3 + 30,000 + 30,000 + 40,000 + 40,000 + 30,000 = 376,000" },
      { rule: "input.unreadable-value", cell: "C4", why: "the batch is text describing the city, its year in brackets no figure" },
      { rule: "register.ineligible-location", why: "an allocation among the province's cities; no register" },
      { rule: "cap.unknown-policy", why: "an allocation, not an award list" },
    ],
  },
};
