import type { CorpusLayout } from "../types";

// 甘肃省 2011年 草原生态保护补助奖励机制实施方案, 三（五）实施牧民生产资料综合补贴: 国家核定我省22.1万户牧户生产资料补贴资金1.105亿元,
// 按每户500元的标准直接发放到户 (and 三（四）: 畜牧良种补贴资金584万元, 由省上集中统筹使用). Laid out as the 市（州） allocation the
// 方案 calls for: 序号 | 市（州） | 生产资料综合补贴（每户500元） over 牧户数（户） | 补贴资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "gansu-2011-herder-production-subsidy-by-city",
  source: {
    title: "甘肃省2011年草原生态保护补助奖励机制实施方案（牧民生产资料综合补贴分配表据方案拟）",
    url: "http://www.kleyou.com/html/text/lar/173517/17351704_3.html",
    publisher: "甘肃省农牧厅、财政厅（文库转载）",
    date: "2011",
    changes:
      "As published: the year, the 500元 per household standard, the 22.1万户 and the 1.105亿元 (11,050万元), and the 584万元 of 畜牧良种补贴 held by " +
      "the province (in the note). The 方案 gives no table: the split over 市（州）is ours, each line households × 500元 (表据方案拟). Planted: the " +
      "合计 of 补贴资金 typed 11,005 where the lines add up to 11,050 (= 221,000户 × 500元).",
  },
  classes: [
    "composition", "allocation-by-city", "standard-in-group-heading", "count-times-standard", "count-column", "count-and-money-caption",
    "two-header-rows", "total-at-foot", "transposed-digits", "whole-wanyuan", "notes-under-table", "table-from-prose", "provincial-allocation", "gansu",
  ],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "生产资料补贴",
      widths: [6, 16, 16, 16],
      rows: [
        ["甘肃省2011年牧民生产资料综合补贴资金分配表", null, null, null],
        [null, null, null, "单位：户、万元"],
        ["序号", "市（州）", "生产资料综合补贴（每户500元）", null],
        [null, null, "牧户数（户）", "补贴资金（万元）"],
        [1, "甘南州", 78000, 3900],
        [2, "武威市", 42000, 2100],
        [3, "张掖市", 36000, 1800],
        [4, "酒泉市", 24000, 1200],
        [5, "临夏州", 16000, 800],
        [6, "庆阳市", 12000, 600],
        [7, "白银市", 7000, 350],
        [8, "定西市", 6000, 300],
        ["合计", null, 221000, 11005],
        ["注：牦牛山羊良种补贴资金584万元由省上集中统筹使用，不分配到市（州）。", null, null, null],
      ],
      merges: ["A1:D1", "A3:A4", "B3:B4", "C3:D3", "A13:B13", "A14:D14"],
      numberFormats: { "C5:D13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "生产资料补贴", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13,
        columns: { B: "line", C: "quantity", D: "amount" }, year: 2011,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D13", why: "合计 11,005; 3,900 + 2,100 + 1,800 + 1,200 + 800 + 600 + 350 + 300 = 11,050 (45 short)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "every line is its households × 500元: 78,000 × 0.05 = 3,900 … 6,000 × 0.05 = 300" },
      { rule: "composition.total-mismatch", cell: "C13", why: "households 221,000 = 78,000 + 42,000 + 36,000 + 24,000 + 16,000 + 12,000 + 7,000 + 6,000, a count, not money" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table (584万元) is no figure of it" },
    ],
  },
};
