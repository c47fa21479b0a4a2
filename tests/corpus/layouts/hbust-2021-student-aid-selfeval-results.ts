import type { CorpusLayout } from "../types";

// 湖北科技学院 2021年度本专科生奖助学金项目自评结果: the execution stated in a sentence (下达预算 … 实际总支出 … 执行率99%) and then
// the targets met — 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值, the first level written on every row, no 分值 and no 得分, with an
// empty sixth column as published. Set out as the result page gives it: the execution line as a small table above the targets.
export const layout: CorpusLayout = {
  id: "hbust-2021-student-aid-selfeval-results",
  source: {
    title: "2021年度本专科生奖助学金项目自评结果",
    url: "https://xxgkw.hbust.edu.cn/info/1243/1928.htm",
    publisher: "湖北科技学院",
    changes:
      "As published: the title, the headings （一）评价得分情况 / 1、执行率情况 / 完成的绩效目标, the execution stated as 下达预算, 实际总支出 and a whole-percent " +
      "执行率, and the target table's five headings with an empty sixth column, the first level repeated on every row, the nine indicators in order. " +
      "Ours: the execution sentence set out as a one-line table (项目 | 下达预算 | 实际总支出 | 预算执行率), every figure (the published 2,596 and " +
      "2,595.6208 and 99%), the targets' numbers, and 评价得分 98.6. Planted, as the published rate was: 2,317.5436 / 2,318.00 = 99.98%, which shown " +
      "in whole percent is 100%, written 99%.",
  },
  classes: ["targets", "execution", "two-tables-one-sheet", "table-from-prose", "results-without-scores", "first-level-on-every-row", "empty-column", "whole-percent-rate", "four-decimal-wanyuan", "year-end", "university", "hubei"],
  settings: { asOf: "2022-04-30" },
  sheets: [
    {
      name: "自评结果",
      widths: [12, 18, 34, 12, 12, 6],
      rows: [
        ["2021年度本专科生奖助学金项目自评结果", null, null, null, null, null],
        ["（一）评价得分情况。对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况，自评小组经过自评，综合评价得分为98.6分。", null, null, null, null, null],
        ["1、执行率情况", null, null, null, null, null],
        ["项目", null, "下达预算（万元）", "实际总支出（万元）", "预算执行率", null],
        ["本专科生奖助学金项目", null, 2318, 2317.5436, "99%", null],
        ["完成的绩效目标", null, null, null, null, null],
        ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值", null],
        ["产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%", null],
        ["产出指标", "质量指标", "受资助本专科困难学生覆盖率", "98%", "97%", null],
        ["产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%", null],
        ["产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%", null],
        ["产出指标", "数量指标", "受资助本专科学生人数", "13850", "14212", null],
        ["产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%", null],
        ["效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是", null],
        ["效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "99%", null],
        ["效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "96%", null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3", "A4:B4", "A5:B5", "A6:F6"],
      numberFormats: { "C5:D5": "#,##0.0000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "自评结果",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 5,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2021,
      },
      {
        sheet: "自评结果",
        kind: "targets",
        headerRow: 7,
        lastRow: 16,
        columns: { A: "type", C: "name", D: "target", E: "stated" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "2,317.5436 / 2,318.00 = 99.98%, which in whole percent is 100%; stated 99%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E5", why: "99.98% of the budget spent in a year that is over: within 5 points of 100%" },
      { rule: "execution.overspent", why: "2,317.5436 is below 2,318.00" },
      { rule: "selfeval.weights", why: "the targets carry no 分值" },
      { rule: "selfeval.target-missed-full-score", why: "the result page gives no scores; 覆盖率 97% against 98% is missed but scored nowhere" },
      { rule: "selfeval.indicator-contradicted", why: "none of the indicators is one the data measures (执行率, 资金拨付及时性, 扶持对象资质相符率, 应补尽补率)" },
      { rule: "input.unreadable-value", cell: "E14", why: "是 is a qualitative result, as its target is" },
    ],
  },
};
