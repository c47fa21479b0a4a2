import type { CorpusLayout } from "../types";

// 乌审旗 (鄂尔多斯) 2022-11: the banner's report on the first half of 2022 — 公共财政预算收入 budgeted at 35.6亿元, 19.8亿元 done
// (55.6%), of it 税务 18.96亿 and 财政 8428万; spending budgeted at 54.89亿, 29.48亿 done, 旗本级 24.56亿 and 苏木镇及开发区 4.92亿.
export const layout: CorpusLayout = {
  id: "wushen-2022-h1-budget-execution",
  source: {
    title: "关于乌审旗2022年上半年财政预算执行情况和2021年决算（草案）的报告（上半年执行情况，表据正文拟）",
    url: "http://wsq.gov.cn/zw/czglx/qbjyjs/202211/t20221110_3302016.html",
    publisher: "乌审旗财政局",
    date: "2022-11-10",
    changes:
      "The report gives its figures as prose: 收入 budget 35.6亿元, 上半年 19.8亿元, 完成年初目标任务的55.6%, 同比增长18.9%, 其中税务完成18.96亿元 " +
      "(增长36.3%), 财政完成8428万元 (减少69.3%); 支出 budget 54.89亿元, 完成29.48亿元 (增长14.3%), 旗本级24.56亿元 (增长26.3%), 苏木镇及开发区 " +
      "4.92亿元 (减少22.6%). The table (万元, 年初预算数 | 1-6月完成数 | 完成预算% | 同比增减%) is laid out from that wording. The budgets of the " +
      "parts are ours (the report gives none), and 税务 is written 189572 so that the parts add up to the rounded 198000. Planted: " +
      "苏木镇及开发区 完成预算% written 25.4% where 49200 / 93900 = 52.4%.",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "growth-rate-column", "rates-as-text", "one-decimal-rates", "negative-growth", "wanyuan-caption", "report-as-prose", "banner-county", "neimenggu"],
  sheets: [
    {
      name: "上半年执行",
      widths: [24, 14, 14, 12, 12],
      rows: [
        ["乌审旗2022年上半年财政预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "1-6月完成数", "完成预算%", "同比增减%"],
        ["一、公共财政预算收入", 356000, 198000, "55.6%", "18.9%"],
        ["其中：税务部门组织", 340000, 189572, "55.8%", "36.3%"],
        ["财政部门组织", 16000, 8428, "52.7%", "-69.3%"],
        ["二、公共财政预算支出", 548900, 294800, "53.7%", "14.3%"],
        ["其中：旗本级", 455000, 245600, "54.0%", "26.3%"],
        ["苏木镇及开发区", 93900, 49200, "25.4%", "-22.6%"],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "上半年执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        // Corrected after the measurement (the count unchanged): the corpus field list names a lone 年初预算数 the
        // initialBudget, spending measured against it (as gaochang and dianjiang were corrected).
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "苏木镇及开发区 49200 / 93900 = 52.40%, stated 25.4%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "198000 / 356000 = 55.62% → 55.6%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "189572 / 340000 = 55.76% → 55.8%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "8428 / 16000 = 52.68% → 52.7%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "294800 / 548900 = 53.71% → 53.7%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "245600 / 455000 = 53.98% → 54.0%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增减% compares with last year's first half, which the table does not give" },
      { rule: "execution.total-mismatch", why: "189572 + 8428 = 198000, 340000 + 16000 = 356000; 245600 + 49200 = 294800, 455000 + 93900 = 548900" },
      { rule: "execution.overspent", why: "revenue above nothing; spending 294800 is below its 548900 budget, each part below its own" },
      { rule: "input.unreadable-value", why: "-69.3% and -22.6% are negative growth rates, readable" },
    ],
  },
};
