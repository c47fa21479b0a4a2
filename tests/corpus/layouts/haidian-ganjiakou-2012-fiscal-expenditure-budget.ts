import type { CorpusLayout } from "../types";

// 北京市海淀区甘家口街道办事处 2012年 财政拨款支出预算 (新京报 2012-07-17 on the 35 海淀 departments' first budget publication): the 街道's
// budget as 一、基本支出 and 二、项目支出 with its ten projects (普惠民生 … 巡防队、流管办队伍建设) under a 小计-like line, one 预算数 column in 万元.
export const layout: CorpusLayout = {
  id: "haidian-ganjiakou-2012-fiscal-expenditure-budget",
  source: {
    title: "北京海淀35个部门公布今年预算 未公布三公经费（甘家口街道2012年财政拨款支出预算表据正文拟）",
    url: "https://news.sohu.com/20120717/n348308922.shtml",
    publisher: "新京报（搜狐转载）",
    date: "2012-07-17",
    changes:
      "The report names the published forms (收支预算总表, 财政拨款支出预算表) and lists 甘家口街道's 2012 projects (普惠民生, 社会保险再就业, " +
      "社区居委会公益金, 社区党建, 老旧社区改造, 科技创安, 维护地区安全和稳定, 加强城市环境建设, 保持地区环境整洁, 巡防队流管办队伍的建设) with its " +
      "total, but shows no table: the 财政拨款支出预算表 (项目 | 预算数, 基本支出 / 项目支出 with the projects numbered under it) is laid out from " +
      "that prose (table-from-prose). Figures are ours. Planted: 二、项目支出 typed 7,344.84 where its ten projects add up to 7,244.84 " +
      "(the 合计 11,261.19 adds 基本支出 and the 项目支出 line as typed, so the slip is the 项目支出 line's alone).",
  },
  classes: ["execution", "budget-only", "own-budget", "basic-and-project-blocks", "subtotal-rows", "numbered-projects", "total-row-first", "thousands-separator", "two-decimal-wanyuan", "wanyuan-caption", "table-from-prose", "news-report", "street-office", "beijing"],
  settings: { district: "北京市海淀区" },
  sheets: [
    {
      name: "财政拨款支出预算表",
      widths: [34, 18],
      rows: [
        ["海淀区甘家口街道办事处2012年财政拨款支出预算表", null],
        [null, "单位：万元"],
        ["项目", "预算数"],
        ["合计", 11261.19],
        ["一、基本支出", 3916.35],
        ["二、项目支出", 7344.84],
        ["  1.普惠民生", 1286.4],
        ["  2.社会保险再就业", 412.75],
        ["  3.社区居委会公益金", 186],
        ["  4.社区党建", 95.3],
        ["  5.老旧社区改造", 2104.6],
        ["  6.科技创安", 318.2],
        ["  7.维护地区安全和稳定", 264.85],
        ["  8.加强城市环境建设", 1027.5],
        ["  9.保持地区环境整洁", 846.9],
        ["  10.巡防队、流管办队伍建设", 702.34],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B4:B16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "财政拨款支出预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "二、项目支出 7,344.84 where its ten projects add up to 1,286.40 + 412.75 + 186.00 + 95.30 + 2,104.60 + 318.20 + 264.85 + 1,027.50 + 846.90 + 702.34 = 7,244.84 (100.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 11,261.19 = 基本支出 3,916.35 + 项目支出 7,344.84 as typed; the slip is reported once, at the 项目支出 line" },
      { rule: "execution.behind-schedule", why: "a budget-only table: no spending column" },
      { rule: "execution.no-spending", why: "a budget-only table states no spending at all" },
      { rule: "execution.overspent", why: "no spending is stated" },
    ],
  },
};
