import type { CorpusLayout } from "../types";

// 上海市财政局, 关于上海市2021年预算执行情况和2022年预算草案的报告 (市十五届人大六次会议, 2022-01-23): （一）2021年一般公共预算收支情况 in
// prose — revenue against the adjusted budget, then what is added to make the 收入总量, spending against the adjusted budget and what
// else the 总量 pays. Laid out as the two stacked tables such reports annex: 项目 | 调整预算数 | 执行数 | 为调整预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "shanghai-2021-general-budget-execution",
  source: {
    title: "关于上海市2021年预算执行情况和2022年预算草案的报告（一般公共预算收支表据正文拟）",
    url: "https://czj.sh.gov.cn/zys_8908/czsj_9054/zfyjs/yjsbg_9056/20220127/xxfboswf0000002157.html",
    publisher: "上海市财政局",
    date: "2022-01-27",
    changes:
      "The page is prose; the two tables, their title lines and headings are ours, with the report's lines in its order (一般公共预算收入; 中央财政税收返还和" +
      "补助收入; 上年结转收入、调入资金、动用预算稳定调节基金等; 地方政府一般债务收入; 收入总量 — and 一般公共预算支出; 上解中央财政支出; 一般债务还本支出; " +
      "补充预算稳定调节基金; 调出资金; 结转下年支出). Every figure is ours. Planted: spending's share typed 98.0% where 8,452.6 / 8,540.0 = 99.0%; " +
      "支出总量 typed 10,115.3 where its six lines add up to 10,105.3.",
  },
  classes: ["execution", "revenue-and-spending", "two-tables-one-sheet", "title-line-per-table", "budget-on-first-line-only", "growth-column", "dash-cells", "yiyuan-caption", "one-decimal-rate", "percent-text", "table-from-prose", "budget-report", "province-fund", "shanghai"],
  settings: { district: "上海市", asOf: "2022-01-23" },
  sheets: [
    {
      name: "一般公共预算收支",
      widths: [44, 14, 14, 14, 14],
      rows: [
        ["上海市2021年一般公共预算收支执行情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["一、一般公共预算收入", null, null, null, null],
        ["项目", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["全市一般公共预算收入", 7402, 7785.4, "105.2%", "10.5%"],
        ["中央财政税收返还和补助收入", "—", 1002.6, "—", "—"],
        ["上年结转收入、调入资金、动用预算稳定调节基金等", "—", 866.3, "—", "—"],
        ["地方政府一般债务收入", "—", 451, "—", "—"],
        ["收入总量", "—", 10105.3, "—", "—"],
        ["二、一般公共预算支出", null, null, null, null],
        ["项目", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["全市一般公共预算支出", 8540, 8452.6, "98.0%", "4.3%"],
        ["上解中央财政支出", "—", 218.4, "—", "—"],
        ["地方政府一般债务还本支出", "—", 425.7, "—", "—"],
        ["补充预算稳定调节基金", "—", 846.9, "—", "—"],
        ["调出资金", "—", 1.2, "—", "—"],
        ["结转下年支出", "—", 160.5, "—", "—"],
        ["支出总量", "—", 10115.3, "—", "—"],
        ["注：收入总量与支出总量相等，全市一般公共预算收支平衡。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A10:E10", "A19:E19"],
      numberFormats: { "B5:C18": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一般公共预算收支", kind: "execution", unit: "亿元", headerRow: 4, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021 },
      { sheet: "一般公共预算收支", kind: "execution", unit: "亿元", headerRow: 11, lastRow: 18, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D12", why: "8,452.6 / 8,540.0 = 98.98%, shown 99.0%; typed 98.0%" },
      { rule: "execution.total-mismatch", cell: "C18", why: "支出总量 10,115.3 ≠ 8,452.6 + 218.4 + 425.7 + 846.9 + 1.2 + 160.5 = 10,105.3" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C5", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "7,785.4 / 7,402.0 = 105.18% → 105.2%" },
      { rule: "execution.behind-schedule", cell: "C12", why: "98.98% of the year's budget at the year's end: 1.02 points under 100%" },
      { rule: "execution.total-mismatch", cell: "C9", why: "收入总量 10,105.3 = 7,785.4 + 1,002.6 + 866.3 + 451.0" },
      { rule: "execution.no-spending", why: "the lines after the first in each table have no budget (—)" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "比上年增长% is growth on last year, never the rate" },
    ],
  },
};
