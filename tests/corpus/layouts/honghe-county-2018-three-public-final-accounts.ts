import type { CorpusLayout } from "../types";

// 红河县财政局 (红河县人民政府网): the county's 2018 “三公” 决算 statement — 项目 | 行次 | 2017年决算数 | 2018年决算数 | 比上年增减情况
// (增加额 | 增加幅度), a 栏次 row, (一)支出合计 first, the car line split 购置 / 运行维护, 接待 split 国内 / 国（境）外 with 其中：外事接待费.
export const layout: CorpusLayout = {
  id: "honghe-county-2018-three-public-final-accounts",
  source: {
    title: "红河县2018年“三公”经费决算情况说明（红河县2017年“三公”经费决算统计表）",
    url: "https://www.hhx.gov.cn/info/3411/271711.htm",
    publisher: "红河县财政局",
    date: "2019",
    changes:
      "Layout as published: 单位：万元, the two header rows (栏 次 | 增加额 | 增加幅度), 行次 2–10, the numbered lines with (1)/(2) and " +
      "其中：外事接待费, blanks where a year had nothing. The published table is titled 2017 though its columns are 2017 and 2018: we title it 2018. " +
      "Every figure is ours; we write the 出国 line's increase (the published left it blank). Planted: 2.公务用车购置及运行维护费's 2018 figure typed " +
      "851.40 where (1) 30.15 + (2) 812.45 = 842.60; the 支出合计 1,187.36 adds the lines as they should be.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "two-years-side-by-side", "increase-columns", "line-number-column",
    "column-number-row", "two-header-rows", "numbered-sub-lines", "qizhong-lines", "total-row-first", "blank-as-nothing",
    "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "county-wide", "yunnan",
  ],
  settings: { district: "红河县" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 6, 14, 14, 12, 12],
      rows: [
        ["红河县2018年“三公”经费决算统计表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["项目", "行次", "2017年决算数", "2018年决算数", "2018年决算比上年增减情况", null],
        ["栏次", null, 1, 2, "增加额", "增加幅度"],
        ["（一）支出合计", 2, 1098.4, 1187.36, 88.96, "8.10%"],
        ["1.因公出国（境）费", 3, null, 3.8, 3.8, null],
        ["2.公务用车购置及运行维护费", 4, 780.25, 851.4, 62.35, "7.99%"],
        ["（1）公务用车购置费", 5, 24.6, 30.15, 5.55, "22.56%"],
        ["（2）公务用车运行维护费", 6, 755.65, 812.45, 56.8, "7.52%"],
        ["3.公务接待费", 7, 318.15, 340.96, 22.81, "7.17%"],
        ["（1）国内接待费", 8, 318.15, 340.96, 22.81, "7.17%"],
        ["其中：外事接待费", 9, 2.85, 1.1, -1.75, "-61.40%"],
        ["（2）国（境）外接待费", 10, null, null, null, null],
        ["注：本表反映全县行政事业单位使用一般公共预算拨款安排的“三公”经费。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "E3:F3", "A14:F14"],
      numberFormats: { "C5:E13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", D: "actual" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D7",
        why: "2.公务用车购置及运行维护费 851.40; its parts (1) 30.15 + (2) 812.45 = 842.60 (8.80 apart)",
      },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "D5",
        why: "支出合计 1,187.36 = 3.80 + 842.60 + 340.96, the car line as its parts add up: the slip is reported once, at the car line",
      },
      { rule: "execution.total-mismatch", cell: "C5", why: "2017: 780.25 + 318.15 = 1,098.40; 24.60 + 755.65 = 780.25" },
      { rule: "execution.total-mismatch", cell: "D11", why: "其中：外事接待费 is part of 国内接待费, not added beside it" },
      { rule: "execution.overspent", why: "the table states no budget: two years' outcomes side by side" },
      { rule: "execution.no-spending", cell: "D13", why: "国（境）外接待费 blank in both years: nothing budgeted, nothing to report" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "增加幅度 is growth on last year, never an execution rate" },
      { rule: "input.unreadable-value", cell: "A4", why: "the 栏次 row numbers columns" },
    ],
  },
};
