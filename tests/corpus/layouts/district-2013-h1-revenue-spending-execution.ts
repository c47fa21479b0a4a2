import type { CorpusLayout } from "../types";

// A district's report on the first half year's budget (上半年): public-budget revenue with its 其中 split by level
// (地方 / 上划) and again by collecting office (国税 / 地税 / 财政), spending against 本级预算 plus 上级专项; completion
// as 为预算的% and growth as 同比增长%, both numbers in (%) columns.
export const layout: CorpusLayout = {
  id: "district-2013-h1-revenue-spending-execution",
  source: {
    title: "（区财政）上半年公共财政预算收支执行情况（表据正文拟）",
    url: "http://www.nankok.cn/32415/57873/57874/57875/content_1366026.html",
    publisher: "（区财政局；页面未署名）",
    changes:
      "The report's figures are kept: 公共财政预算收入20,348万元 (为预算的55.3%, 同比增长8.2%), 其中 地方13,916 (56%, 6.3%) 上划6,432 " +
      "(53.8%, 12.6%); 国税3,954 (47.9%, −7.2%), 地税10,529 (50.1%, 8.3%), 财政5,865 (78%, 21.5%); 公共财政预算支出83,885 (69.5% of the " +
      "budget including 上级专项, 17%). It gives them in prose; laid out here as the table such a report carries (项目 | 预算数 | 1-6月完成数 | " +
      "为预算% | 同比增长%). The budgets are not given: ours, chosen so that each stated share holds. The page names neither the district " +
      "nor the year; 公共财政预算 and 国税/地税 place it before 2015 and the as-of date (2013-06-30) is ours. Planted: 国税部门 states 49.7 " +
      "where 3,954 / 8,255 = 47.90%.",
  },
  classes: ["execution", "revenue-and-spending", "qizhong-lines", "two-breakdowns-of-one-total", "label-row", "growth-rate-column", "rate-as-percent-number", "whole-and-one-decimal-rates", "wanyuan-caption", "notes-under-table"],
  settings: { asOf: "2013-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [30, 14, 14, 10, 12],
      rows: [
        ["上半年全区公共财政预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "1-6月完成数", "为预算%", "同比增长%"],
        ["一、公共财政预算收入", 36796, 20348, 55.3, 8.2],
        ["其中：地方公共财政预算收入", 24841, 13916, 56, 6.3],
        ["上划收入", 11955, 6432, 53.8, 12.6],
        ["按征收部门分：", null, null, null, null],
        ["国税部门", 8255, 3954, 49.7, -7.2],
        ["地税部门", 21016, 10529, 50.1, 8.3],
        ["财政部门", 7525, 5865, 78, 21.5],
        ["二、公共财政预算支出", 120697, 83885, 69.5, 17],
        ["注：支出预算数包括本级预算和上级专项；1-6月完成数为快报数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" } },
    ],
    findings: [{ rule: "execution.rate-mismatch", cell: "D8", why: "国税部门: 3,954 / 8,255 = 47.90%, stated 49.7" }],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "20,348 / 36,796 = 55.30%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "13,916 / 24,841 = 56.02%, shown as a whole 56" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "5,865 / 7,525 = 77.94%, shown as a whole 78" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "83,885 / 120,697 = 69.50%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% is growth on last year, not completion of the budget" },
      {
        rule: "execution.total-mismatch",
        cell: "C4",
        why: "20,348 = 13,916 + 6,432 (by level) = 3,954 + 10,529 + 5,865 (by office): two breakdowns of one total, not to be added together",
      },
      { rule: "execution.total-mismatch", cell: "B4", why: "36,796 = 24,841 + 11,955 = 8,255 + 21,016 + 7,525" },
      { rule: "execution.behind-schedule", cell: "C8", why: "国税 47.90% at 6-30 is less than 5 points behind half the year" },
      { rule: "execution.overspent", why: "no line is above its budget" },
      { rule: "execution.no-spending", why: "every line has figures" },
      { rule: "input.unreadable-value", why: "the label row 按征收部门分： and the note are text; −7.2 is a fall, a number" },
    ],
  },
};
