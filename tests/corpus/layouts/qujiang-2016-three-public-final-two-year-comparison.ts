import type { CorpusLayout } from "../types";

// 衢江区 2017-08: the district's 2016 一般公共预算 “三公” 决算 in prose, then a small grid — 年度 | 合计 | 因公出国（境）经费 | 公务接待费 |
// 公车购置及运行维护费 (合计 | 车辆购置 | 车辆运行) — with a row per year (2015年, 2016年) and a 2016年比2015年增减% row, notes under it.
// Years run down the rows and the 三公 lines across: the transpose of the usual statement.
export const layout: CorpusLayout = {
  id: "qujiang-2016-three-public-final-two-year-comparison",
  source: {
    title: "衢江区2016年“三公”经费决算情况（2016年决算数与2015年决算数对比情况）",
    url: "http://hongxinbengye.com/html/sgjf201708t20170809_652713.html",
    publisher: "衢州市衢江区财政局（转载）",
    date: "2017-08-09",
    changes:
      "Layout as published: the grid's header (公车购置及运行维护费 merged over 合计 | 车辆购置 | 车辆运行), the two year rows and the 增减% row, the notes " +
      "defining each expense (shortened). The figures are ours (the published 2016 total was 2,364万元). Planted: the 2016 合计 typed 2,384 where " +
      "14 + 1,348 + 1,012 = 2,374; the 增减% row is worked from the figures as they should be.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "years-as-rows", "lines-as-columns", "two-header-rows", "subtotal-column",
    "growth-row", "no-budget-column", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "past-year", "district-wide", "zhejiang",
  ],
  settings: { district: "衢江区" },
  sheets: [
    {
      name: "三公经费",
      widths: [20, 10, 14, 12, 12, 10, 10],
      rows: [
        ["衢江区2016年“三公”经费决算数与2015年决算数对比情况", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["年度", "合计", "因公出国（境）经费", "公务接待费", "公车购置及运行维护费", null, null],
        [null, null, null, null, "合计", "车辆购置", "车辆运行"],
        ["2015年", 2816, 86, 1392, 1338, 70, 1268],
        ["2016年", 2384, 14, 1348, 1012, 44, 968],
        ["2016年比2015年增减%", -15.7, -83.72, -3.16, -24.36, -37.14, -23.66],
        ["备注：因公出国（境）经费，反映单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。", null, null, null, null, null, null],
        ["公务接待费，反映单位按规定开支的各类公务接待（含外宾接待）费用。", null, null, null, null, null, null],
        ["公务用车购置及运行费，反映单位公务用车的购置支出（含车辆购置税）和公务用车的租用费、燃料费、维修费、过路过桥费、保险费等支出。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A8:G8", "A9:G9", "A10:G10"],
      numberFormats: { "B7:G7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "year", B: "actual" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "2016 合计 typed 2,384; 因公出国 14 + 公务接待 1,348 + 公车 1,012 = 2,374 (10 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "2015: 86 + 1,392 + 1,338 = 2,816" },
      { rule: "execution.total-mismatch", cell: "E6", why: "公车 合计 1,012 = 车辆购置 44 + 车辆运行 968 (and 1,338 = 70 + 1,268 in 2015)" },
      { rule: "execution.total-mismatch", cell: "B7", why: "the 增减% row is growth on 2015, not a sum of its cells" },
      { rule: "execution.rate-mismatch", cell: "B7", why: "growth on last year, never an execution rate" },
      { rule: "execution.overspent", why: "no budget column: two years' outcomes side by side" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国 14 was spent; no budget is stated anyway" },
      { rule: "input.unreadable-value", cell: "A8", why: "the 备注 lines under the grid define the expenses, no data" },
    ],
  },
};
