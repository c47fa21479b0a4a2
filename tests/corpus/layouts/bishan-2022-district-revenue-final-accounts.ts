import type { CorpusLayout } from "../types";

// 璧山区 2023-09-13: the 2022 区本级 final account report (决算草案报告), which gives the year-start budget (76.68亿元: 本级 48.09,
// 转移性 28.59), the adjusted budget (85.68亿元) and what came in, by source (税收 14.59, 非税 23.56, 上级转移支付 24.69 …). Laid out
// as the revenue final-account table of such reports: 项目 | 年初预算数 | 调整预算数 | 决算数 | 为调整预算%, in 亿元.
export const layout: CorpusLayout = {
  id: "bishan-2022-district-revenue-final-accounts",
  source: {
    title: "重庆市璧山区2022年区本级决算草案报告（收入决算表据正文拟）",
    url: "http://www.bishan.gov.cn/zwgk_241/fdzdgknr/ysjs/qzfbmyjsqk/bsqjsbg/202309/t20230913_12333244_wap.html",
    publisher: "重庆市璧山区人民政府（区财政局）",
    date: "2023-09-13",
    changes:
      "As published: the year-start totals (76.68; 本级 48.09, 转移性 28.59), the adjusted 85.68, the 决算 85.99 and each source's 决算 figure. " +
      "The stored copy is prose: the table, each source's year-start and adjusted budget and the rates are ours. Planted: 税收收入's rate typed " +
      "106.20% (14.59 / 14.50 = 100.62%); the 转移性收入 line's 决算 typed 47.48 where its six sources add to 47.84.",
  },
  classes: ["execution", "revenue-lines", "final-account", "initial-and-adjusted-budget", "rate-column", "section-subtotals", "yiyuan-caption", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "璧山区", asOf: "2023-08-24" },
  sheets: [
    {
      name: "收入决算",
      widths: [30, 12, 12, 12, 18],
      rows: [
        ["重庆市璧山区2022年区本级一般公共预算收入决算表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "决算数为调整预算的%"],
        ["收入合计", 76.68, 85.68, 85.99, 1.0036],
        ["一、本级收入", 48.09, 38, 38.15, 1.0039],
        ["    税收收入", 30.5, 14.5, 14.59, 1.062],
        ["    非税收入", 17.59, 23.5, 23.56, 1.0026],
        ["二、转移性收入", 28.59, 47.68, 47.48, 1.0034],
        ["    上级转移支付补助收入", 18, 24.6, 24.69, 1.0037],
        ["    动用预算稳定调节基金", 0.83, 0.83, 0.83, 1],
        ["    镇街上解收入", 4.5, 4.9, 4.92, 1.0041],
        ["    债务（转贷）收入", 0, 10.99, 10.99, 1],
        ["    基金调入", 1.17, 1.17, 1.17, 1],
        ["    上年结转", 4.09, 5.19, 5.24, 1.0096],
        ["注：区十八届人大常委会第六次会议批准预算调整方案，一般公共预算收支各调增9亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
      numberFormats: { "B4:D14": "0.00", "E4:E14": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E6", why: "税收收入 rate stated 106.20%; 14.59 / 14.50 = 100.62%" },
      { rule: "execution.total-mismatch", cell: "D8", why: "转移性收入 决算 47.48; its sources 24.69 + 0.83 + 4.92 + 10.99 + 1.17 + 5.24 = 47.84 (0.36亿元 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "收入合计 85.99 = 38.15 + 47.84, the 转移性 line as its sources add up: the slip is reported once, at D8" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "100.34% agrees with 47.84 / 47.68, the line as its sources add up; already found wrong at D8" },
      { rule: "execution.total-mismatch", cell: "B4", why: "年初 76.68 = 48.09 + 28.59; 48.09 = 30.50 + 17.59; 28.59 = 18.00 + 0.83 + 4.50 + 0 + 1.17 + 4.09" },
      { rule: "execution.total-mismatch", cell: "C4", why: "调整 85.68 = 38.00 + 47.68; 38.00 = 14.50 + 23.50; 47.68 = 24.60 + 0.83 + 4.90 + 10.99 + 1.17 + 5.19" },
      { rule: "execution.overspent", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", why: "every source collected at least its adjusted budget (100.00%–100.96%)" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "5.24 / 5.19 = 100.96%, as stated" },
    ],
  },
};
