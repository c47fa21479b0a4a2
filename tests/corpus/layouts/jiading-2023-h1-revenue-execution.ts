import type { CorpusLayout } from "../types";

// 嘉定区 2023年上半年预算执行情况的报告（书面）(区人大常委会, 2023-07-28): 全区一般公共预算收入 1,441,968万元, 增长25.7%, 完成年初预算的59.0%;
// 其中 区本级 463,360 (27.3%), 菊园新区、嘉定工业区 231,640 (6.5%), 镇级 746,968 (32.0%). Laid out as an execution table of those lines:
// 项目 | 年初预算 | 1-6月完成 | 完成年初预算% | 同比增长%, the 全区 line first and its three parts 其中 under it.
export const layout: CorpusLayout = {
  id: "jiading-2023-h1-revenue-execution",
  source: {
    title: "关于嘉定区2023年上半年预算执行情况的报告（书面）（一般公共预算收入执行情况表据报告拟）",
    url: "http://renda.jiading.cn/cwhgz/jdgz/content_848535",
    publisher: "嘉定区财政局",
    date: "2023-07-28",
    changes:
      "Built from the prose (table from prose): the 1-6月 figures, growth rates and 全区's 59.0% are as reported (463,360 + 231,640 + 746,968 = " +
      "1,441,968). The parts' 年初预算 (940,000 / 560,000 / 944,014, adding up to our 2,444,014 for 全区) and their rates are ours. As of " +
      "2023-06-30 time progress is 6/12 = 50%. Planted: 区本级's rate typed 52.9% where 463,360 / 940,000 = 49.29%; 菊园新区、嘉定工业区 at " +
      "41.36%, 8.64 points behind. 区本级 is within 5 points of 50%.",
  },
  classes: [
    "execution", "mid-year-execution", "initial-budget", "revenue-lines", "qizhong-parts", "growth-column", "rates-as-text",
    "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "behind-schedule", "notes-under-table", "table-from-prose",
    "district-level", "shanghai",
  ],
  settings: { district: "嘉定区", asOf: "2023-06-30" },
  sheets: [
    {
      name: "上半年收入执行",
      widths: [32, 14, 14, 16, 12],
      rows: [
        ["嘉定区2023年上半年一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算", "1-6月完成", "完成年初预算%", "同比增长%"],
        ["全区一般公共预算收入", 2444014, 1441968, "59.0%", "25.7%"],
        ["其中：区本级收入", 940000, 463360, "52.9%", "27.3%"],
        ["菊园新区、嘉定工业区收入", 560000, 231640, "41.4%", "6.5%"],
        ["镇级收入", 944014, 746968, "79.1%", "32.0%"],
        ["注：上半年收入恢复性增长，上年同期基数较低。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "上半年收入执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "上半年收入执行", cell: "D5", why: "区本级 463,360 / 940,000 = 49.29%, stated 52.9%" },
      { rule: "execution.behind-schedule", sheet: "上半年收入执行", cell: "D6", why: "菊园新区、嘉定工业区 231,640 / 560,000 = 41.36%, 8.64 points below time progress 6/12 = 50%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "上半年收入执行", cell: "C4", why: "463,360 + 231,640 + 746,968 = 1,441,968" },
      { rule: "execution.total-mismatch", sheet: "上半年收入执行", cell: "B4", why: "940,000 + 560,000 + 944,014 = 2,444,014" },
      { rule: "execution.rate-mismatch", sheet: "上半年收入执行", cell: "D4", why: "1,441,968 / 2,444,014 = 59.00%" },
      { rule: "execution.behind-schedule", sheet: "上半年收入执行", cell: "D5", why: "区本级 49.29% is 0.71 points short of 50%, within 5" },
      { rule: "execution.overspent", why: "revenue lines: 镇级 79.13% is collected ahead of pace, no overspending" },
    ],
  },
};
