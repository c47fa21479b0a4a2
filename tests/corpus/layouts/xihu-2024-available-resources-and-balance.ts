import type { CorpusLayout } from "../types";

// 杭州市西湖区 2025-09: the 2024 决算 report to the 区人大常委会 — 全区累计可用财力 242.88亿元 by source, spending 192.14亿元, and the
// 滚存结余 50.74亿元 split by level (区本级, 省市转移支付结转, 镇, 街道, 平台). Laid out as two stacked tables under their own title lines,
// each whole standing first over its sources or parts: 项目 | 金额.
export const layout: CorpusLayout = {
  id: "xihu-2024-available-resources-and-balance",
  source: {
    title: "关于2024年西湖区本级财政决算和2025年上半年财政预算执行情况的报告（可用财力及滚存结余表据报告拟）",
    url: "http://www.selene-group.com/ghlMejWWTn/col/col1229312567/art/2025/art_c56713f07ff7434a8bdb46a8182e905f.html",
    publisher: "杭州市西湖区财政局",
    date: "2025-09-15",
    changes:
      "As published: 全区累计可用财力 242.88亿元 = 当年可用财力 117.55 + 动用预算稳定调节基金 24.21 + 上年镇街（平台）结余 16.99 + 省市转移支付" +
      "收入（含上年结转） 69.70 + 新增一般债券 7.1 + 调入资金 7.33; 支出 191.30 + 转移性支出 0.84 = 192.14; 滚存结余 50.74 = 区本级 15.02 + " +
      "省市转移支付支出结转下年 18.21 + 镇 0.01 + 街道 17.48 + 平台 0.02. The report's prose is all the stored copy holds: the two tables are " +
      "ours, the spending as a note. Planted: 省市转移支付收入 typed 67.90 (69.70), so the sources (241.08) miss the 242.88 above them.",
  },
  classes: [
    "composition", "balance-table", "two-tables-one-sheet", "title-line-per-table", "total-row-first", "qizhong-lines", "levels-as-lines",
    "two-decimal-yiyuan", "transposed-digits", "yiyuan-caption", "notes-under-table", "table-from-prose", "district-government-report", "zhejiang",
  ],
  settings: { district: "杭州市西湖区" },
  sheets: [
    {
      name: "财力及结余",
      widths: [40, 14],
      rows: [
        ["一、西湖区2024年全区一般公共预算累计可用财力表（表据报告拟）", null],
        [null, "单位：亿元"],
        ["项目", "金额"],
        ["全区累计可用财力", 242.88],
        ["  当年可用财力", 117.55],
        ["  动用预算稳定调节基金", 24.21],
        ["  上年镇街（平台）结余", 16.99],
        ["  省市转移支付收入（含上年结转）", 67.9],
        ["  新增一般债券收入", 7.1],
        ["  调入资金", 7.33],
        [null, null],
        ["二、西湖区2024年全区一般公共预算滚存结余表（表据报告拟）", null],
        [null, "单位：亿元"],
        ["项目", "金额"],
        ["全区累计滚存结余", 50.74],
        ["  其中：区本级滚存结余", 15.02],
        ["        省市转移支付支出结转下年", 18.21],
        ["        镇滚存结余", 0.01],
        ["        街道滚存结余", 17.48],
        ["        平台滚存结余", 0.02],
        ["注：全区当年一般公共预算支出191.30亿元，转移性支出0.84亿元，合计192.14亿元；收支相抵，全区累计滚存结余50.74亿元。", null],
      ],
      merges: ["A1:B1", "A12:B12", "A21:B21"],
      numberFormats: { "B4:B10": "0.00", "B15:B20": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财力及结余", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "amount" }, year: 2024 },
      { sheet: "财力及结余", kind: "composition", unit: "亿元", headerRow: 14, lastRow: 20, columns: { A: "line", B: "amount" }, year: 2024 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B4",
        why: "117.55 + 24.21 + 16.99 + 67.90 + 7.10 + 7.33 = 241.08, the whole says 242.88 (1.80 apart: the report's 省市转移支付 is 69.70)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B15", why: "15.02 + 18.21 + 0.01 + 17.48 + 0.02 = 50.74" },
      { rule: "composition.line-rounded", why: "two-decimal 亿元 figures as the report gives them" },
      { rule: "composition.total-mismatch", cell: "B21", why: "the spending and the balance are a note under the tables" },
      { rule: "input.unreadable-value", why: "the blank row between the two tables is not data" },
    ],
  },
};
