import type { CorpusLayout } from "../types";

// 彭水苗族土家族自治县 2023-02-13: report on the 2022 budget execution and the 2023 draft. Its first table, 2022年全县一般公共预算收支平衡表,
// is published as a grid: 收入 | 执行数 | 支出 | 执行数 side by side, 总计 first, 一、二、 parts with their items under them, 单位：万元.
export const layout: CorpusLayout = {
  id: "pengshui-2022-general-budget-balance",
  source: {
    title: "关于彭水苗族土家族自治县2022年预算执行情况和2023年预算草案的报告（2022年全县一般公共预算收支平衡表）",
    url: "http://www.psx.gov.cn/zwgk_174/fdzdgknr/czyjs/xjys/202302/t20230213_11596660.html",
    publisher: "彭水苗族土家族自治县财政局",
    date: "2023-02-13",
    changes:
      "Kept as published: the title, caption, the two side-by-side halves with their wording and order, the 总计 846,531 and the parts 本级收入 167,500, " +
      "转移性收入 679,031, 本级支出 701,553. Ours: the split of 税收/非税 (84,120 / 83,380), 调入资金 68,640, 上年结转 35,626, 上解支出 11,796, " +
      "结转下年支出 42,582 (each part still adds up). Planted: 二、转移性支出 typed 145,978 where its four items add up to 144,978 (the 总计 846,531 " +
      "agrees with 701,553 + 144,978).",
  },
  classes: ["execution", "balance-table", "two-tables-side-by-side", "spending-only", "revenue-lines", "total-row-first", "part-subtotals", "chinese-numbered-parts", "whole-wanyuan", "wanyuan-caption", "county-report", "chongqing"],
  settings: { district: "彭水苗族土家族自治县" },
  sheets: [
    {
      name: "一般公共预算收支平衡表",
      widths: [26, 12, 26, 12],
      rows: [
        ["2022年全县一般公共预算收支平衡表", null, null, null],
        [null, null, null, "单位：万元"],
        ["收    入", "执行数", "支    出", "执行数"],
        ["总   计", 846531, "总   计", 846531],
        ["一、本级收入", 167500, "一、本级支出", 701553],
        ["税收", 84120, "二、转移性支出", 145978],
        ["非税", 83380, "上解支出", 11796],
        ["二、转移性收入", 679031, "地方政府债务还本支出", 68100],
        ["上级补助收入", 455354, "安排预算稳定调节基金", 22500],
        ["调入资金", 68640, "结转下年支出", 42582],
        ["动用预算稳定调节基金", 2157, null, null],
        ["地方政府债务收入", 117254, null, null],
        ["上年结转", 35626, null, null],
      ],
      merges: ["A1:D1"],
      numberFormats: { "B4:B13": "#,##0", "D4:D10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一般公共预算收支平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "actual" }, year: 2022 },
      { sheet: "一般公共预算收支平衡表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { C: "line", D: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D6", why: "二、转移性支出: 11,796 + 68,100 + 22,500 + 42,582 = 144,978, typed 145,978 (1,000 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "总计 846,531 = 701,553 + 144,978, the 转移性支出 items: the subtotal's slip is reported once, at D6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "846,531 = 167,500 + 679,031" },
      { rule: "execution.total-mismatch", cell: "B5", why: "167,500 = 84,120 + 83,380" },
      { rule: "execution.total-mismatch", cell: "B8", why: "679,031 = 455,354 + 68,640 + 2,157 + 117,254 + 35,626" },
      { rule: "execution.no-spending", why: "a balance table has no budget column: nothing is measured against a plan" },
    ],
  },
};
