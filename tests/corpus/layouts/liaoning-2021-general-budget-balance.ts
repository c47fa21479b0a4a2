import type { CorpusLayout } from "../types";

// 辽宁省财政厅 2022-01-29: 关于辽宁省2021年财政收支预算执行情况与2022年财政收支预算草案的报告 — 一般公共预算: revenue 2764.7亿元
// plus transfers, carried-in and debt gives 收入总量 8830.6亿元; spending 5901.3亿元 plus 上解, stabilisation fund, debt repayment and
// carry-over gives 支出总量 8830.6亿元. Laid out as the 收支平衡表 the report's figures make, in 亿元.
export const layout: CorpusLayout = {
  id: "liaoning-2021-general-budget-balance",
  source: {
    title: "辽宁省2021年一般公共预算收支平衡表（表据正文拟：关于辽宁省2021年财政收支预算执行情况与2022年财政收支预算草案的报告 一、(一)1.）",
    url: "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202201/29/content_142065.html",
    publisher: "辽宁省财政厅 (辽宁日报 2022-01-29)",
    date: "2022-01-29",
    changes:
      "The report states the figures in prose (收入2764.7亿元; 中央财政补助收入2968亿元、调入资金732.6亿元、动用预算稳定调节基金528.3亿元、" +
      "地方政府债务收入1458.6亿元、上年结余收入378.4亿元, 收入总量8830.6亿元; 支出5901.3亿元; 上解中央财政支出124.5亿元、安排预算稳定调节基金" +
      "612.8亿元、调出资金6.7亿元、债务还本支出1320.1亿元、结转下年支出865.2亿元, 支出总量8830.6亿元). The two tables (项目 | 金额) are ours; " +
      "the revenue side is kept as published (it adds up). Planted: 安排预算稳定调节基金 written 621.8 (published 612.8) so the spending " +
      "lines add up to 8,839.6 against the stated 支出总量 8,830.6.",
  },
  classes: ["composition", "balance-table", "yiyuan-caption", "two-tables-one-sheet", "total-at-foot", "table-from-prose", "province-level", "liaoning"],
  settings: { district: "辽宁省" },
  sheets: [
    {
      name: "收支平衡表",
      widths: [30, 14],
      rows: [
        ["辽宁省2021年一般公共预算收支平衡表", null],
        [null, "单位：亿元"],
        ["收入项目", "金额"],
        ["一般公共预算收入", 2764.7],
        ["中央财政补助收入", 2968],
        ["调入资金", 732.6],
        ["动用预算稳定调节基金", 528.3],
        ["地方政府债务收入", 1458.6],
        ["上年结余收入", 378.4],
        ["收入总量", 8830.6],
        [null, null],
        ["支出项目", "金额"],
        ["一般公共预算支出", 5901.3],
        ["上解中央财政支出", 124.5],
        ["安排预算稳定调节基金", 621.8],
        ["调出资金", 6.7],
        ["债务还本支出", 1320.1],
        ["结转下年支出", 865.2],
        ["支出总量", 8830.6],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B4:B19": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支平衡表", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "amount" }, year: 2021 },
      { sheet: "收支平衡表", kind: "composition", unit: "亿元", headerRow: 12, lastRow: 19, columns: { A: "line", B: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B19", why: "支出总量 8,830.6 where 5,901.3 + 124.5 + 621.8 + 6.7 + 1,320.1 + 865.2 = 8,839.6: 9.0亿元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B10", why: "收入总量 8,830.6 = 2,764.7 + 2,968 + 732.6 + 528.3 + 1,458.6 + 378.4" },
      { rule: "composition.line-rounded", why: "one-decimal 亿元 figures as the report gives them" },
      { rule: "input.unreadable-value", why: "the blank row between the two tables is not data" },
    ],
  },
};
