import type { CorpusLayout } from "../types";

// 施甸县财政局 2017-09-20: 施甸县2016年“三公”经费决算情况统计表 — 项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 (增、减金额 | 增、减幅度),
// 合计 first, the three 三公 lines numbered 1.–3., 公务用车 split 其中 (1) 购置 (2) 运行; the 口径说明 under it.
export const layout: CorpusLayout = {
  id: "shidian-2016-three-public-final-accounts",
  source: {
    title: "施甸县2016年“三公”经费决算情况统计表",
    url: "https://shidian.gov.cn/info/4163/808803.htm",
    publisher: "施甸县财政局",
    date: "2017-09-20",
    changes:
      "As published: the title, 单位：万元, the two header rows (比上年增、减情况 over 增、减金额 | 增、减幅度), the row order (合计 first; 1.因公出国（境）费; " +
      "2.公务接待费; 3.公务用车购置及运行费 with 其中：(1)公务用车购置费 and (2)公务用车运行费) and a shortened 口径说明 under the table. Ours: every figure. " +
      "Planted: 本年决算数's 合计 typed 2,518.62 against its lines 9.80 + 1,436.52 + 1,062.30 = 2,508.62.",
  },
  classes: ["execution", "final-accounts", "three-public", "prior-year-column", "change-columns", "total-row-first", "numbered-lines", "qizhong-split", "percent-text", "two-header-rows", "notes-under-table", "two-decimal-wanyuan", "wanyuan-caption", "county-government", "yunnan"],
  settings: { district: "施甸县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 14, 12],
      rows: [
        ["施甸县2016年“三公”经费决算情况统计表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "上年决算数", "本年决算数", "比上年增、减情况", null],
        [null, null, null, "增、减金额", "增、减幅度"],
        ["合计", 2713.26, 2518.62, -204.64, "-7.54%"],
        ["1.因公出国（境）费", 12.4, 9.8, -2.6, "-20.97%"],
        ["2.公务接待费", 1520.36, 1436.52, -83.84, "-5.51%"],
        ["3.公务用车购置及运行费", 1180.5, 1062.3, -118.2, "-10.01%"],
        ["其中：（1）公务用车购置费", 20, 0, -20, "-100%"],
        ["（2）公务用车运行费", 1160.5, 1062.3, -98.2, "-8.46%"],
        ["“三公”经费口径说明：“三公”经费是指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费；决算数含上年结转结余和当年预算安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A11:E11"],
      numberFormats: { "B5:D10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", C: "actual" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "本年决算数 合计 2,518.62 against 9.80 + 1,436.52 + 1,062.30 = 2,508.62: 10万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "上年决算数 2,713.26 = 12.40 + 1,520.36 + 1,180.50" },
      { rule: "execution.total-mismatch", cell: "C8", why: "公务用车购置及运行费 1,062.30 = 购置 0 + 运行 1,062.30 (the 其中 lines are all of it); 上年 1,180.50 = 20 + 1,160.50" },
      { rule: "execution.total-mismatch", cell: "D5", why: "增、减金额 -204.64 = -2.60 - 83.84 - 118.20" },
      { rule: "execution.no-spending", cell: "C9", why: "公务用车购置费 0 this year: 上年决算数 is last year's spending, no budget" },
      { rule: "execution.overspent", why: "no budget column; 本年 below 上年 everywhere in any case" },
      { rule: "execution.behind-schedule", why: "a past year's final account, no budget, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "E9", why: "-100% is a percentage typed as text" },
    ],
  },
};
