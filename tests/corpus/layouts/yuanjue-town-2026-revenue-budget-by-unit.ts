import type { CorpusLayout } from "../types";

// 荣昌区远觉镇人民政府 2026-02-26: 2026年部门预算情况说明 — six 二级预算单位 (镇本级, 综合行政执法大队, 便民服务中心, 新时代文明实践服务中心,
// 产业发展服务中心, 村镇建设服务中心) and 收入合计 2046.61万元 (一般公共预算拨款 2021.56, 政府性基金预算拨款 25.05, 上年结转 0). Laid out as a
// 部门收入总表 by unit: 单位名称 | 合计 | 上年结转 | 本年收入 over its sources, 合计 first.
export const layout: CorpusLayout = {
  id: "yuanjue-town-2026-revenue-budget-by-unit",
  source: {
    title: "重庆市荣昌区远觉镇人民政府2026年部门预算情况说明（部门收入总表，表据正文拟）",
    url: "http://www.rongchang.gov.cn/jz/yjz/zwgk_70755/fdzdgknr_70758/ysjs/ysgk/202602/t20260226_15458453.html",
    publisher: "重庆市荣昌区远觉镇人民政府",
    date: "2026-02-26",
    changes:
      "The stored page gives the town's duties, its six 二级预算单位 by name and, in prose, 收入合计 2046.61万元 = 一般公共预算拨款 2021.56 + " +
      "政府性基金预算拨款 25.05, 上年结转 0; no table body is shown. The 部门收入总表 by unit (单位名称 | 合计 | 上年结转 | 本年收入: 一般公共预算拨款 / " +
      "政府性基金预算拨款 / 国有资本经营预算收入 / 事业收入 / 其他收入, 合计 first) is laid out from that; the totals are the page's, the units' " +
      "shares ours (the fund money all the 镇本级's). Planted: the 政府性基金预算拨款 foot typed 52.05 where its one line is 25.05; with 25.05 " +
      "the 合计 row agrees across (0 + 2021.56 + 25.05 = 2046.61), so only the foot is wrong.",
  },
  classes: [
    "execution", "budget-only", "department-budget", "initial-budget", "income-by-source", "lines-are-units", "empty-columns",
    "merged-header-over-sources", "two-header-rows", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-from-prose", "transposed-digits", "town", "chongqing",
  ],
  settings: { district: "荣昌区" },
  sheets: [
    {
      name: "部门收入总表",
      widths: [26, 12, 10, 14, 14, 14, 10, 10],
      rows: [
        ["重庆市荣昌区远觉镇人民政府2026年部门收入总表", null, null, null, null, null, null, null],
        ["部门：重庆市荣昌区远觉镇人民政府", null, null, null, null, null, null, "单位：万元"],
        ["单位名称", "合计", "上年结转", "本年收入", null, null, null, null],
        [null, null, null, "一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算收入", "事业收入", "其他收入"],
        ["合计", 2046.61, 0, 2021.56, 52.05, null, null, null],
        ["重庆市荣昌区远觉镇人民政府本级", 1402.37, 0, 1377.32, 25.05, null, null, null],
        ["重庆市荣昌区远觉镇综合行政执法大队", 168.42, 0, 168.42, null, null, null, null],
        ["重庆市荣昌区远觉镇便民服务中心", 121.86, 0, 121.86, null, null, null, null],
        ["重庆市荣昌区远觉镇新时代文明实践服务中心", 63.18, 0, 63.18, null, null, null, null],
        ["重庆市荣昌区远觉镇产业发展服务中心", 176.95, 0, 176.95, null, null, null, null],
        ["重庆市荣昌区远觉镇村镇建设服务中心", 113.83, 0, 113.83, null, null, null, null],
        ["注：收入较去年减少71.94万元，主要是一般公共预算拨款减少。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:H3", "A12:H12"],
      numberFormats: { "B5:H11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "部门收入总表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", D: "initialBudget:一般公共预算拨款", E: "initialBudget:政府性基金预算拨款" },
        year: 2026,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "E5",
        why: "政府性基金预算拨款 foot 52.05; its one line, 镇本级, 25.05 (27.00 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 2046.61 = 1402.37 + 168.42 + 121.86 + 63.18 + 176.95 + 113.83; across, with the fund foot as its line adds up, 0 + 2021.56 + 25.05 = 2046.61: the slip is E5's alone" },
      { rule: "execution.total-mismatch", cell: "D5", why: "一般公共预算拨款 2021.56 = 1377.32 + 168.42 + 121.86 + 63.18 + 176.95 + 113.83" },
      { rule: "execution.total-mismatch", cell: "B6", why: "镇本级 1402.37 = 1377.32 + 25.05; every unit's 合计 is its sources" },
      { rule: "execution.no-spending", why: "a budget for the year ahead: nothing is spent yet" },
      { rule: "execution.behind-schedule", why: "a budget: no spending measured against it" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note's 71.94 is no line" },
    ],
  },
};
