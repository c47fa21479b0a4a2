import type { CorpusLayout } from "../types";

// 安徽省财政厅 2022-01: 2022 中央及省级衔接推进乡村振兴补助资金 released early, 66.9亿元 = 中央 38.2 + 省级 28.7, by task (巩固拓展…,
// 以工代赈, 少数民族发展, 欠发达国有林场 / 农场), as 合计 | 其中：中央资金 | 省级资金, the 合计 row first.
export const layout: CorpusLayout = {
  id: "anhui-2022-linkage-fund-advance-by-task",
  source: {
    title: "强化绩效管理 安徽省财政提前下达2022年补助资金66.9亿元（分任务分配表据报道拟）",
    url: "http://www.scbzol.com/finance/20220112/17790.html",
    publisher: "安徽日报（转载）",
    date: "2022-01-12",
    changes:
      "The report is prose: 66.9亿元 early, 中央 38.2亿元 and 省级 28.7亿元, allocated by factors to five tasks it names. The table is ours in 万元: " +
      "the totals are the report's (669,000 = 382,000 + 287,000), the split by task ours. Planted: 以工代赈's 合计 typed 55,000 while its 中央 38,000 + " +
      "省级 12,000 = 50,000, so the row misses its parts and the 合计 column's lines (674,000 as typed) miss the 合计 row's 669,000.",
  },
  classes: [
    "composition", "allocation-by-task", "row-total-column", "qizhong-split-columns", "two-header-rows", "split-under-merged-header",
    "total-row-first", "outline-numbering", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report",
    "province-fund", "anhui",
  ],
  settings: { district: "安徽省" },
  sheets: [
    {
      name: "分任务",
      widths: [6, 30, 14, 14, 14],
      rows: [
        ["2022年提前下达中央及省级衔接推进乡村振兴补助资金分配表（分任务，表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "任务", "合计", "其中", null],
        [null, null, null, "中央资金", "省级资金"],
        ["合计", null, 669000, 382000, 287000],
        ["一", "巩固拓展脱贫攻坚成果和乡村振兴", 580000, 318000, 262000],
        ["二", "以工代赈", 55000, 38000, 12000],
        ["三", "少数民族发展", 15000, 9000, 6000],
        ["四", "欠发达国有林场巩固提升", 19000, 14000, 5000],
        ["五", "欠发达国有农场巩固提升", 5000, 3000, 2000],
        ["注：本批资金按因素法分配，由省财政厅会同省乡村振兴局按《安徽省衔接推进乡村振兴补助资金绩效评价及考核办法》跟踪指导。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A5:B5", "A11:E11"],
      numberFormats: { "C5:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分任务",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", B: "line", C: "amount", D: "amount:中央资金", E: "amount:省级资金" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "C7", why: "以工代赈 合计 55,000, its parts 38,000 + 12,000 = 50,000: 5,000万元 apart" },
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "C5", why: "合计 column: 580,000 + 55,000 + 15,000 + 19,000 + 5,000 = 674,000 as typed, against 669,000" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "D5", why: "318,000 + 38,000 + 9,000 + 14,000 + 3,000 = 382,000" },
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "E5", why: "262,000 + 12,000 + 6,000 + 5,000 + 2,000 = 287,000" },
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "C6", why: "318,000 + 262,000 = 580,000" },
      { rule: "composition.total-mismatch", sheet: "分任务", cell: "C9", why: "14,000 + 5,000 = 19,000" },
    ],
  },
};
