import type { CorpusLayout } from "../types";

// 上海 长宁区: the 2024 财政决算 report (with the 2025 half-year execution) — 区一般公共预算支出 213.64亿元, 完成调整预算的96.71%.
// Laid out as the report's 一般公共预算支出决算表 by 功能分类 (调整预算数 | 决算数 | 为调整预算%); the lines are ours.
export const layout: CorpusLayout = {
  id: "changning-2024-general-spending-final-account",
  source: {
    title: "关于长宁区2024年财政决算及2025年上半年预算执行情况的报告（附：2024年长宁区一般公共预算支出决算表，表据报告拟）",
    url: "https://zwgk.shcn.gov.cn/xxgk/qzfyjs-czyjs/2025/248/78394.html",
    publisher: "上海市长宁区财政局",
    date: "2025-09-05",
    changes:
      "As published: 区一般公共预算支出 213.64亿元, 完成调整预算的96.71% (kept: 2,136,400万元 of 2,209,080万元). " +
      "Ours: the table's lines by 功能分类 and their figures (adding up to the published total), the caption in 万元, the note. " +
      "Planted: 科学技术支出 at 80.00% of its adjusted budget in a year that is over; 卫生健康支出's rate typed 98.62% where 253,800 / 260,000 = 97.62%.",
  },
  classes: ["execution", "final-account", "by-function-class", "rate-column", "rates-as-numbers", "total-row-first", "whole-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "district-report", "shanghai"],
  settings: { district: "长宁区", asOf: "2025-08-28" },
  sheets: [
    {
      name: "支出决算表",
      widths: [26, 16, 16, 16],
      rows: [
        ["2024年长宁区一般公共预算支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "决算数为调整预算%"],
        ["区一般公共预算支出合计", 2209080, 2136400, 0.9671],
        ["一般公共服务支出", 150000, 146200, 0.9747],
        ["公共安全支出", 120000, 117500, 0.9792],
        ["教育支出", 380000, 371900, 0.9787],
        ["科学技术支出", 160000, 128000, 0.8],
        ["文化旅游体育与传媒支出", 60000, 58300, 0.9717],
        ["社会保障和就业支出", 420000, 412600, 0.9824],
        ["卫生健康支出", 260000, 253800, 0.9862],
        ["节能环保支出", 45000, 43900, 0.9756],
        ["城乡社区支出", 300000, 293100, 0.977],
        ["其他支出", 314080, 311100, 0.9905],
        ["注：区一般公共预算支出不含上解支出、地方政府一般债务还本支出、结转下年支出和补充预算稳定调节基金。", null, null, null],
      ],
      merges: ["A1:D1", "A15:D15"],
      numberFormats: { "B4:C14": "#,##0", "D4:D14": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 14, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C8", why: "科学技术支出: 128,000 / 160,000 = 80.00%; 2024 is over (time progress 100%), more than 5 points short" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "卫生健康支出: 253,800 / 260,000 = 97.62%, typed 98.62%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "调整预算 lines 150,000 + 120,000 + 380,000 + 160,000 + 60,000 + 420,000 + 260,000 + 45,000 + 300,000 + 314,080 = 2,209,080" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 lines add to 2,136,400, as stated" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "2,136,400 / 2,209,080 = 96.7099% → 96.71%, as published" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no status of its own (and 96.71% is within 5 points)" },
      { rule: "execution.behind-schedule", cell: "C9", why: "文化旅游体育与传媒支出 97.17%: within 5 points of 100%" },
      { rule: "execution.overspent", why: "no line spent above its adjusted budget" },
    ],
  },
};
