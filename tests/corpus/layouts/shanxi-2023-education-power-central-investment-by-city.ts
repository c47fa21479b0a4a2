import type { CorpusLayout } from "../types";

// 山西省发展改革委 2023-04 (山西发布): 教育强国推进工程（切块下达部分）2023年中央预算内投资计划 41061万元 passed down — 公办幼儿园 and
// 义务教育学校, 8 市 23 县, 52 projects, 总投资 80443万元, for the former 国家扶贫开发工作重点县. Laid out as a 分市 下达表: 序号 | 市 | 县数 |
// 项目数 | 总投资 | 中央预算内投资, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shanxi-2023-education-power-central-investment-by-city",
  source: {
    title: "41061万元分解下达！涉及太原、大同等8市23县共52个项目（分市下达表据报道拟）",
    url: "https://e993.com/caijing_1313d24303d233230323_mypzekh7438916",
    publisher: "山西省发展和改革委员会（山西发布）",
    date: "2023-04-11",
    changes:
      "As published: the totals (8 市, 23 县, 52 projects, 总投资 80,443, 中央预算内投资 41,061). The split by city is ours (the report names only 太原 " +
      "and 大同), each column adding to its published total. Planted: 吕梁市's 总投资 typed 19,600 (19,500), so the column's lines add to 80,543.",
  },
  classes: [
    "composition", "allocation-by-city", "count-columns", "two-amount-columns", "total-investment-beside-grant", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "shanxi",
  ],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "分市下达表",
      widths: [6, 12, 10, 10, 14, 18],
      rows: [
        ["2023年教育强国推进工程（切块下达部分）中央预算内投资计划分市下达表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "市", "县数（个）", "项目数（个）", "总投资", "中央预算内投资"],
        [1, "太原市", 1, 2, 2100, 1120],
        [2, "大同市", 4, 9, 13600, 6930],
        [3, "忻州市", 5, 11, 17200, 8760],
        [4, "吕梁市", 5, 12, 19600, 9940],
        [5, "临汾市", 4, 9, 14300, 7310],
        [6, "朔州市", 1, 2, 3100, 1580],
        [7, "长治市", 1, 3, 4543, 2311],
        [8, "运城市", 2, 4, 6100, 3110],
        ["合计", null, 23, 52, 80443, 41061],
        ["注：包括公办幼儿园和义务教育学校2个建设专项，总建筑面积约30万平方米，支持原国家扶贫开发工作重点县。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:B12", "A13:F13"],
      numberFormats: { "E4:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分市下达表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 12,
        columns: { B: "line", D: "quantity", E: "amount:总投资", F: "amount" }, year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E12", why: "总投资 lines 2,100 + 13,600 + 17,200 + 19,600 + 14,300 + 3,100 + 4,543 + 6,100 = 80,543, the 合计 says 80,443" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F12", why: "中央预算内投资 lines add to 41,061 exactly" },
      { rule: "composition.total-mismatch", cell: "C12", why: "1 + 4 + 5 + 5 + 4 + 1 + 1 + 2 = 23 (counts, and they add up)" },
      { rule: "composition.total-mismatch", cell: "D12", why: "2 + 9 + 11 + 12 + 9 + 2 + 3 + 4 = 52" },
      { rule: "composition.line-mismatch", cell: "F7", why: "no unit amount per project is stated: no unit × quantity check" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table is no data" },
    ],
  },
};
