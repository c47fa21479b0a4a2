import type { CorpusLayout } from "../types";

// 阿克苏日报 2021-05-29: the prefecture's finance bureau passed on the second batch of 2021 central 衔接推进乡村振兴 money, 3.72亿元 —
// nine counties and cities in one sentence, six tasks in the next. Set out as the two 分配表 such a 下达 notice annexes.
export const layout: CorpusLayout = {
  id: "aksu-2021-linkage-fund-batch2-allocation",
  source: {
    title: "地区财政拨付中央财政衔接推进乡村振兴补助资金3.72亿元（第二批；分县和分任务分配表据正文拟）",
    url: "http://www.aksxw.com/aksxw/content/2021-05/29/content_1162844.html",
    publisher: "阿克苏日报（阿克苏新闻网）",
    date: "2021-05-29",
    changes:
      "The report names the nine 县（市） and the six tasks with amounts in prose. Two tables are ours on one sheet: 表一 by 县（市） (序号 | 县（市） | " +
      "下达资金 | 备注) and 表二 by task (序号 | 任务 | 下达资金), each with its 合计; every amount is ours (totals kept at 37,200万元, i.e. 3.72亿元). " +
      "Planted: 表一's lines add up to 37,227 against its 合计 37,200 (库车市 typed 4,985).",
  },
  classes: [
    "composition", "allocation-by-county", "allocation-by-task", "two-tables-one-sheet", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "remark-column", "table-from-prose", "news-report", "prefecture-fund", "xinjiang",
  ],
  settings: { district: "阿克苏地区" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 40, 14, 14],
      rows: [
        ["2021年第二批中央财政衔接推进乡村振兴补助资金分配表", null, null, null],
        ["单位：万元", null, null, null],
        ["表一：分县（市）", null, null, null],
        ["序号", "县（市）", "下达资金", "备注"],
        [1, "乌什县", 5310, null],
        [2, "柯坪县", 3680, null],
        [3, "阿克苏市", 3295, null],
        [4, "温宿县", 5402, null],
        [5, "库车市", 4985, null],
        [6, "沙雅县", 3890, null],
        [7, "新和县", 3475, null],
        [8, "拜城县", 3930, null],
        [9, "阿瓦提县", 3260, "含国有农场任务"],
        ["合计", null, 37200, null],
        [null, null, null, null],
        ["表二：分任务", null, null, null],
        ["序号", "任务", "下达资金", null],
        [1, "巩固拓展脱贫攻坚成果和乡村振兴任务", 25026, null],
        [2, "以工代赈任务", 5912, null],
        [3, "少数民族发展任务", 5704, null],
        [4, "欠发达国有贫困农场巩固提升任务", 352, null],
        [5, "欠发达国有牧场巩固提升任务", 80, null],
        [6, "欠发达国有林场巩固提升任务", 126, null],
        ["合计", null, 37200, null],
        ["注：资金列2021年支出功能分类科目“2130504农村基础设施建设”等相关科目。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "A14:B14", "A16:D16", "A24:B24", "A25:D25"],
      numberFormats: { "C5:C24": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 14, columns: { B: "line", C: "amount" } },
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 17, lastRow: 24, columns: { B: "line", C: "amount" } },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C14",
        why: "表一 合计 37,200; 5,310 + 3,680 + 3,295 + 5,402 + 4,985 + 3,890 + 3,475 + 3,930 + 3,260 = 37,227 (27万元 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C24", why: "表二: 25,026 + 5,912 + 5,704 + 352 + 80 + 126 = 37,200, as stated" },
      { rule: "composition.total-mismatch", cell: "C17", why: "表二's header is no total; the two tables are two breakdowns of one sum, never added together" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "A25", why: "the note naming the budget subject code under the tables" },
    ],
  },
};
