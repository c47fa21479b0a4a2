import type { CorpusLayout } from "../types";

// 巫溪县财政局 2023-01-12: 巫溪县2022年预算执行及2023年预算公开的说明 (表1–表12) — the 2022 budget as first passed, the budget as adjusted by
// the county congress's standing committee, and what was done. Laid out as its 一般公共预算支出执行情况表: 年初预算数 | 调整预算数 | 执行数 |
// 完成调整预算% | 比上年增长% by function, the year over at the date of publication.
export const layout: CorpusLayout = {
  id: "wuxi-cq-2022-general-budget-expenditure-execution",
  source: {
    title: "巫溪县2022年预算执行及2023年预算公开的说明（表2 一般公共预算支出执行情况表；表据正文拟）",
    url: "http://www.cqwx.gov.cn/zwgk_224/fdzdgknr/ysjs/ys/zfys/202301/t20230112_11492044.html",
    publisher: "巫溪县财政局",
    date: "2023-01-12",
    changes:
      "As published: the 说明's framing — the 年初预算 passed by the congress, adjusted by its standing committee, execution measured as 完成调整预算% " +
      "and growth on the year before (表1–表12). The stored copy shows the revenue figures in prose, not the tables: the expenditure table's body (the " +
      "functions, budgets, execution and growth) is ours. Planted: 科学技术支出 at 83.0% of its adjusted budget with the year over; 城乡社区支出 " +
      "14,420 spent of an adjusted 14,000; the 执行数 合计 written 415,347 where the functions add up to 415,247.",
  },
  classes: ["execution", "by-function", "initial-and-adjusted-budget", "growth-rate-column", "rates-as-numbers", "year-over-at-as-of", "budget-cut-midyear", "whole-wanyuan", "wanyuan-caption", "total-row-at-foot", "county-finance", "chongqing"],
  settings: { asOf: "2023-01-12" },
  sheets: [
    {
      name: "表2",
      widths: [26, 12, 12, 12, 14, 12],
      rows: [
        ["巫溪县2022年一般公共预算支出执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一般公共服务支出", 32000, 33500, 32830, 0.98, 0.052],
        ["国防支出", 300, 320, 316, 0.988, 0.031],
        ["公共安全支出", 9800, 10200, 10012, 0.982, 0.047],
        ["教育支出", 68000, 70500, 69795, 0.99, 0.036],
        ["科学技术支出", 1200, 1500, 1245, 0.83, -0.124],
        ["文化旅游体育与传媒支出", 6500, 7000, 6860, 0.98, 0.018],
        ["社会保障和就业支出", 78000, 82000, 81590, 0.995, 0.064],
        ["卫生健康支出", 52000, 54500, 53955, 0.99, 0.081],
        ["节能环保支出", 9000, 9500, 9310, 0.98, -0.027],
        ["城乡社区支出", 15000, 14000, 14420, 1.03, -0.153],
        ["农林水支出", 98000, 102000, 100980, 0.99, 0.045],
        ["交通运输支出", 18000, 19500, 19305, 0.99, 0.112],
        ["住房保障支出", 12000, 12500, 12375, 0.99, 0.023],
        ["其他支出", 2500, 2300, 2254, 0.98, -0.206],
        ["支出合计", 402300, 419320, 415347, 0.99, 0.041],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:D18": "#,##0", "E4:F18": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表2",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D18", why: "执行数 合计 415,347 where the functions add up to 415,247: 100万元 over" },
      { rule: "execution.overspent", cell: "D13", why: "城乡社区支出: 14,420 spent of an adjusted 14,000: 420万元 over (above its adjusted budget; the first 15,000 was cut)" },
      { rule: "execution.behind-schedule", cell: "E8", why: "科学技术支出: 1,245 / 1,500 = 83.0% with 2022 over at 2023-01-12 (time progress 100%): 17 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B18", why: "年初预算 402,300 = the sum of the functions" },
      { rule: "execution.total-mismatch", cell: "C18", why: "调整预算 419,320 = the sum of the functions" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "316 / 320 = 98.75%, shown 98.8%" },
      { rule: "execution.rate-mismatch", cell: "E18", why: "415,347 / 419,320 = 99.05% and 415,247 / 419,320 = 99.03%: 99.0% either way" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "比上年增长% is growth on 2021, not a share of a budget" },
      { rule: "execution.overspent", cell: "D4", why: "32,830 above its 年初预算 32,000 but within the adjusted 33,500" },
      { rule: "execution.behind-schedule", cell: "E13", why: "城乡社区支出 has one status, overspent" },
      { rule: "execution.behind-schedule", cell: "E17", why: "其他支出 98.0%, within 5 points" },
      { rule: "execution.no-spending", why: "every function has spent" },
    ],
  },
};
