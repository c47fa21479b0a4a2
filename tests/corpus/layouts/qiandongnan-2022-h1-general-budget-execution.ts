import type { CorpusLayout } from "../types";

// 黔东南州财政局 2022-09: the report to the 州人大常委会 on the 2021 final accounts and the first half of 2022 gives the half-year's
// general budget in prose. Laid out as the execution table behind it: 项目 | 预算数 | 1-6月完成数 | 完成预算% | 同比增长%, revenue
// with its 其中 lines above spending by function.
export const layout: CorpusLayout = {
  id: "qiandongnan-2022-h1-general-budget-execution",
  source: {
    title: "黔东南州人民政府关于2021年全州和州级财政决算及2022年上半年预算执行情况的报告（上半年执行表据正文拟）",
    url: "https://www.qdn.gov.cn/zwgk_5871642/zdlyxxgk/czzj_5872139/zfjs/202209/t20220926_76570249.html",
    publisher: "黔东南州财政局",
    date: "2022-09-26",
    changes:
      "As published: the report's structure (general budget revenue with 税收收入 and 非税收入, spending by function, rates of the budget and growth). " +
      "Ours: the table (the stored copy shows prose only), every figure, the cut to seven functions. Planted: 教育支出's rate typed 52.90% " +
      "(468,300 / 920,000 = 50.90%); 城乡社区支出 at 34.00% by 30 June, far behind the half year.",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "section-total-above-lines", "rates-as-text", "two-decimal-rates", "growth-column", "whole-wanyuan", "wanyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "prefecture-budget", "guizhou"],
  settings: { asOf: "2022-06-30" },
  sheets: [
    {
      name: "上半年执行",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["黔东南州2022年上半年一般公共预算收支执行情况表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["项目", "预算数", "1-6月完成数", "完成预算%", "同比增长%"],
        ["一、一般公共预算收入", 700000, 368000, "52.57%", "8.6%"],
        ["　　其中：税收收入", 420000, 221500, "52.74%", "6.1%"],
        ["　　　　　非税收入", 280000, 146500, "52.32%", "12.7%"],
        ["二、一般公共预算支出", 3640000, 1795800, "49.34%", "3.2%"],
        ["　　一般公共服务支出", 380000, 201400, "53.00%", "4.5%"],
        ["　　教育支出", 920000, 468300, "52.90%", "2.8%"],
        ["　　社会保障和就业支出", 610000, 322900, "52.93%", "6.0%"],
        ["　　卫生健康支出", 420000, 214600, "51.10%", "-3.4%"],
        ["　　农林水支出", 860000, 398500, "46.34%", "1.9%"],
        ["　　城乡社区支出", 260000, 88400, "34.00%", "-18.2%"],
        ["　　交通运输支出", 190000, 101700, "53.53%", "9.7%"],
        ["注：预算数为州人大审议批准的年初预算加上级提前下达转移支付；同比增长按可比口径计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A15:E15"],
      numberFormats: { "B4:C14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "上半年执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "教育支出 stated 52.90%; 468,300 / 920,000 = 50.90%" },
      { rule: "execution.behind-schedule", cell: "C13", why: "城乡社区支出 88,400 / 260,000 = 34.00% by 30 June, against time progress 181/365 = 49.6%: 15.6 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "C12", why: "农林水支出 46.34% is 3.2 points below 49.6%: within 5" },
      { rule: "execution.behind-schedule", cell: "C7", why: "支出 total 49.34%: within 5 points (and a total gets no status of its own)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "1,795,800 = 201,400 + 468,300 + 322,900 + 214,600 + 398,500 + 88,400 + 101,700; budget 3,640,000 = 380,000 + 920,000 + 610,000 + 420,000 + 860,000 + 260,000 + 190,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 368,000 = 税收收入 221,500 + 非税收入 146,500; budget 700,000 = 420,000 + 280,000" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "同比增长 is growth on last year, not a share of the budget" },
      { rule: "execution.behind-schedule", cell: "C4", why: "revenue 52.57%, ahead of the half year" },
      { rule: "execution.overspent", why: "no line above its budget" },
    ],
  },
};
