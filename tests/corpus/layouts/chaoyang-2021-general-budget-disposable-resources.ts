import type { CorpusLayout } from "../types";

// 北京市朝阳区 关于2021年财政决算草案的报告 (区人大常委会, 2022-08): the report builds the year's 一般公共预算当年财力 in prose — the
// district's own revenue, less the 体制上解 to the city, plus the city's 体制补助 / 定额及结算补助 / 追加资金, the transfer in from the
// 国有资本经营预算, less the bond repayment handed up. The table is built from that prose: 项目 | 2021年决算数, with 减： lines typed as
// negatives and 当年财力 at the foot.
export const layout: CorpusLayout = {
  id: "chaoyang-2021-general-budget-disposable-resources",
  source: {
    title: "关于朝阳区2021年财政决算草案的报告（一般公共预算当年财力构成；表据正文拟）",
    url: "http://chyrd.bjchy.gov.cn/rdkw/hk/shiqiliuci/8a24f0b48321b5a40183366671740087.html",
    publisher: "朝阳区财政局（朝阳区第十七届人大常委会第六次会议会刊）",
    date: "2022-08",
    changes:
      "The report states the 当年财力 and its sources in one sentence; the table (项目 | 2021年决算数, 加： / 减： lines, 当年财力 at the " +
      "foot) is ours, built from that sentence in its order. All figures are ours (万元, whole numbers as the report writes them). Planted: " +
      "当年财力 typed 4,960,660 where the lines as typed give 4,906,660 (two digits swapped).",
  },
  classes: ["composition", "sources-build-up", "negative-lines", "plus-minus-labels", "total-at-foot", "whole-wanyuan-large", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-level", "beijing"],
  sheets: [
    {
      name: "当年财力",
      widths: [40, 20],
      rows: [
        ["朝阳区2021年一般公共预算当年财力构成表（表据正文拟）", null],
        ["单位：万元", null],
        ["项目", "2021年决算数"],
        ["一般公共预算收入", 5428630],
        ["减：对市体制上解", -1712450],
        ["加：市体制补助", 421300],
        ["    市定额及结算补助", 96840],
        ["    市追加资金", 938270],
        ["    国有资本经营预算转入一般公共预算资金", 2460],
        ["减：上缴北京市一般债券还本付息", -268390],
        ["一般公共预算当年财力", 4960660],
        ["注：当年财力不含上年结转及调入预算稳定调节基金。", null],
      ],
      merges: ["A1:B1", "A2:B2", "A12:B12"],
      numberFormats: { "B4:B11": "#,##0" },
    },
  ],
  settings: { district: "北京市朝阳区" },
  expect: {
    tables: [
      // Corrected after the hundred-and-twenty-seventh holdout's measurement (counted failed): stated at first as a composition.
      // The corpus states a final account with one 决算数 column as execution of its actual figures (nanning-etdz-2023,
      // duji-2021, beijing-stats-2021), so the slip is execution.total-mismatch.
      { sheet: "当年财力", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "actual" }, year: 2021 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "B11",
        why: "当年财力 4,960,660; the lines as typed give 5,428,630 − 1,712,450 + 421,300 + 96,840 + 938,270 + 2,460 − 268,390 = 4,906,660 (54,000万元 less)",
      },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "B5", why: "a 减： line typed as a negative is a figure, not a slip" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity column" },
      { rule: "execution.total-mismatch", cell: "A12", why: "the note under the table is not a line" },
    ],
  },
};
