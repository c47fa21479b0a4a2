import type { CorpusLayout } from "../types";

// 云县财政局 2024-10-12: the county's 2023 “三公” final accounts as a statistics table — this year's and last year's
// 决算数 side by side with the change (增、减额 | 增、减幅度), 公务接待费 split 国内 / 国（境）外 (其中 外事接待费),
// the car line split 运行维护 / 购置. No budget column: the budgets are only in the prose above the table.
export const layout: CorpusLayout = {
  id: "yunxian-2023-three-public-final-accounts-comparison",
  source: {
    title: "云县2023年“三公”经费决算情况说明（云县2023“三公”经费决算财政拨款情况统计表）",
    url: "https://www.ynyx.gov.cn/zfxxgk_yx/artview/229/316075.html",
    publisher: "云县财政局",
    date: "2024-10-12",
    changes:
      "The table's layout is as published: title, 单位：万元, 项目 | 2023年决算数 | 2022年决算数 | 2023年决算比上年增、减情况 over 增、减额 | " +
      "增、减幅度, the unlabelled total row (here 合计), 1、2、3、 numbering with 1）2） and （1）（2） sub-lines, 其中：外事接待费 under 国内接待费, " +
      "blank 幅度 where last year was 0. Figures are ours. Planted: the 合计's 2023 figure typed 689.79 for 698.79 (its change 93.01 and " +
      "15.35% are from the right figure). The note under the table is ours, in the words of the prose above it.",
  },
  classes: ["execution", "final-accounts", "three-public", "comparison-with-last-year", "change-columns", "growth-not-rate", "qizhong-lines", "nested-numbering", "two-header-rows", "merged-header-over-two", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "rates-as-text", "notes-under-table", "county-level", "yunnan"],
  settings: { district: "云县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 14, 14, 12, 12],
      rows: [
        ["云县2023年“三公”经费决算财政拨款情况统计表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2023年决算数", "2022年决算数", "2023年决算比上年增、减情况", null],
        [null, null, null, "增、减额", "增、减幅度"],
        ["合计", 689.79, 605.78, 93.01, "15.35%"],
        ["1、因公出国（境）费", 0, 0, 0, null],
        ["2、公务接待费", 186.42, 175.6, 10.82, "6.16%"],
        ["1）国内接待费", 186.42, 175.6, 10.82, "6.16%"],
        ["其中：外事接待费", 0, 0, 0, null],
        ["2）国（境）外接待费", 0, 0, 0, null],
        ["3、公务用车购置及运行维护费", 512.37, 430.18, 82.19, "19.11%"],
        ["其中：（1）公务用车运行维护费", 468.15, 421.38, 46.77, "11.10%"],
        ["（2）公务用车购置", 44.22, 8.8, 35.42, "402.50%"],
        ["注：“三公”经费为县各部门、各乡镇使用财政拨款安排的因公出国（境）费、公务接待费、公务用车购置及运行维护费。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A14:E14"],
      numberFormats: { "B5:D13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "合计 689.79 against 因公出国 0 + 公务接待费 186.42 + 公务用车购置及运行维护费 512.37 = 698.79 (9.00 short; the change 93.01 = 698.79 − 605.78)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务接待费 186.42 = 国内 186.42 + 国（境）外 0; 外事接待费 is inside 国内接待费, not added" },
      { rule: "execution.total-mismatch", cell: "B11", why: "512.37 = 运行维护 468.15 + 购置 44.22" },
      { rule: "execution.total-mismatch", cell: "C5", why: "2022: 0 + 175.60 + 430.18 = 605.78, as typed" },
      { rule: "execution.rate-mismatch", why: "增、减幅度 is growth on last year, no execution rate" },
      { rule: "execution.no-spending", why: "no budget column: 因公出国 0 is no unspent budget" },
      { rule: "execution.overspent", why: "no budget column; 402.50% is growth of the car purchases on last year" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and no budget is stated" },
    ],
  },
};
