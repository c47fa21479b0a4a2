import type { CorpusLayout } from "../types";

// 福州市长乐区财政局 2018-09-13: 2017年区级“三公”经费公共财政拨款支出 in prose — 因公出国（境）费, 公务用车购置及运行费 (其中 1、公务用车购置费
// 2、公务用车运行费), 公务接待费, each against 2016 — and an annex 2017年长乐区“三公”经费公共财政拨款支出情况表 the stored copy does not show.
// Laid out from the prose: 项目 | 2017年支出数 | 比上年增减额 | 增减幅度, the lines numbered as the prose numbers them, the 其中 pair indented.
export const layout: CorpusLayout = {
  id: "changle-2017-three-public-district-final",
  source: {
    title: "2017年长乐区“三公”经费公共财政拨款支出情况（附件：2017年长乐区“三公”经费公共财政拨款支出情况表，表据正文拟）",
    url: "http://fzcl.gov.cn/xjwz/zwgk/zfxxgkzdgz/czzj/bjsgjfgk/201809/t20180913_2603583.htm",
    publisher: "福州市长乐区财政局",
    date: "2018-09-13",
    changes:
      "As published: the district-level scope (区级 “三公” 经费公共财政拨款支出), the three heads in the prose's order and numbering ((一) 因公出国（境）费, " +
      "(二) 公务用车购置及运行费 with 其中 1、公务用车购置费 2、公务用车运行费, (三) 公务接待费), each compared with 2016. The annex table is named but not shown: " +
      "laid out by us from the prose as 项目 | 2017年支出数 | 比上年增减额 | 增减幅度（%）. Every figure is ours (the published total was 1360.13万元). " +
      "Planted: the 合计 typed 1,341.80 where 21.40 + 1,094.80 + 215.60 = 1,331.80; its 增减额 −696.50 is worked from the lines.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "district-wide", "no-budget-column", "change-on-last-year-columns", "growth-rate-column",
    "qizhong-split", "subtotal-line", "outline-numbering", "total-at-top", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-from-prose", "past-year", "fujian",
  ],
  settings: { district: "长乐区" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 16, 16, 14],
      rows: [
        ["2017年长乐区“三公”经费公共财政拨款支出情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2017年支出数", "比上年增减额", "增减幅度（%）"],
        ["合计", 1341.8, -696.5, -34.34],
        ["（一）因公出国（境）费", 21.4, -26.8, -55.6],
        ["（二）公务用车购置及运行费", 1094.8, -665.2, -37.8],
        ["    其中：1、公务用车购置费", 32.5, -77.5, -70.45],
        ["          2、公务用车运行费", 1062.3, -587.7, -35.62],
        ["（三）公务接待费", 215.6, -4.5, -2.04],
        ["注：本表为区级行政单位、事业单位和其他单位使用一般公共预算财政拨款安排的“三公”经费支出；公务用车保有量及接待批次见正文。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00", "D4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 1,341.80 where 因公出国 21.40 + 公务用车 1,094.80 + 公务接待 215.60 = 1,331.80 (10.00万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "公务用车购置及运行费 1,094.80 = 购置 32.50 + 运行 1,062.30; the 其中 pair is not added into the 合计 again" },
      { rule: "execution.total-mismatch", cell: "C4", why: "增减额 −696.50 = −26.80 − 665.20 − 4.50" },
      { rule: "execution.rate-mismatch", why: "增减幅度 is growth on 2016, never an execution rate" },
      { rule: "execution.overspent", why: "no budget column: 比上年增减额 is a change on last year, no budget" },
      { rule: "execution.behind-schedule", why: "a past year's outcome; no budget stated" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no line" },
    ],
  },
};
