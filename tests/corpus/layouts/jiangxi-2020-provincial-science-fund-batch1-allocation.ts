import type { CorpusLayout } from "../types";

// 江西省财政厅 2020-05-11: the first batch of 2020 省级科技计划专项经费 sent down to 省直部门 and 设区市 / 赣江新区 (附件1 2020年江西省科技专项
// （第一批）资金分配表, an xls), spent under 20604 技术研究与开发, the provincial units by economic class and the cities under 51301.
// Laid out as the allocation annex: 合计 first, then 一、省直部门 and 二、市县 each with its 小计.
export const layout: CorpusLayout = {
  id: "jiangxi-2020-provincial-science-fund-batch1-allocation",
  source: {
    title: "江西省财政厅关于下达2020年省级科技计划专项经费预算（第一批）的通知（附件1 2020年江西省科技专项（第一批）资金分配表）",
    url: "http://www.lc123.net/zc/2020-05-15/1273526.html",
    publisher: "江西省财政厅",
    date: "2020-05-11",
    changes:
      "The stored copy is the notice; its annex 1 (an xls) is not shown. Kept from the notice: the annex's title, the two kinds of recipient " +
      "(省直有关部门; 设区市 and 赣江新区), the function class 20604技术研究与开发 and the cities' economic class 51301上下级政府间转移支出. The " +
      "table's columns, recipients and figures are ours. Planted: 二、市县 小计 typed 2,110 where its six lines give 2,100 (the 合计 4,250 agrees " +
      "with the lines: 2,150 + 2,100).",
  },
  classes: [
    "composition", "allocation-by-unit", "total-row-first", "section-subtotals", "class-code-columns", "whole-wanyuan", "wanyuan-caption",
    "cities-as-lines", "annex-not-shown", "province-fund", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "资金分配表",
      widths: [6, 22, 12, 22, 26],
      rows: [
        ["2020年江西省科技专项（第一批）资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位", "分配金额", "支出功能分类科目", "政府预算经济分类科目"],
        ["合计", null, 4250, null, null],
        ["一、省直部门小计", null, 2150, null, null],
        [1, "江西省科学院", 980, "20604技术研究与开发", "50502商品和服务支出"],
        [2, "南昌大学", 620, "20604技术研究与开发", "50502商品和服务支出"],
        [3, "江西农业大学", 350, "20604技术研究与开发", "50502商品和服务支出"],
        [4, "江西省农业科学院", 200, "20604技术研究与开发", "50601资本性支出（一）"],
        ["二、市县小计", null, 2110, null, null],
        [5, "南昌市", 560, "20604技术研究与开发", "51301上下级政府间转移支出"],
        [6, "赣州市", 480, "20604技术研究与开发", "51301上下级政府间转移支出"],
        [7, "九江市", 350, "20604技术研究与开发", "51301上下级政府间转移支出"],
        [8, "吉安市", 300, "20604技术研究与开发", "51301上下级政府间转移支出"],
        [9, "上饶市", 260, "20604技术研究与开发", "51301上下级政府间转移支出"],
        [10, "赣江新区", 150, "20604技术研究与开发", "51301上下级政府间转移支出"],
      ],
      merges: ["A1:E1", "A4:B4", "A5:B5", "A10:B10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", C: "amount" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "二、市县 小计 2,110, but 560 + 480 + 350 + 300 + 260 + 150 = 2,100 (off by 10)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 4,250 = the lines 2,150 + 2,100: the slip is the 小计's, reported once" },
      { rule: "composition.total-mismatch", cell: "C5", why: "省直部门 2,150 = 980 + 620 + 350 + 200" },
      { rule: "input.unreadable-value", cell: "D6", why: "a class code and name is text, no amount" },
      { rule: "register.ineligible-location", why: "an allocation to the province's own cities and units, no award list" },
    ],
  },
};
