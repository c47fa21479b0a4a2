import type { CorpusLayout } from "../types";

// 江西省农机局 2013-08-14, 全省农机购置补贴政策实施情况通报（十五）(赣农机综〔2013〕80号): as of 8月12日 the province had used 52.77% of its
// subsidy money and settled 25.94%, the cities ranked by their share used (吉安市 first at 90.59%, 赣州市 last). Its annex, the 资金结算、使用进度
// by 设区市, laid out as 序号 | 设区市 | 补贴资金 | 已使用资金 | 使用比例 | 已结算资金 | 结算比例, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiangxi-2013-aug-farm-machinery-settlement-progress",
  source: {
    title: "全省农机购置补贴政策实施情况通报（十五）（赣农机综〔2013〕80号；附件 资金结算、使用进度表据正文拟）",
    url: "http://sitongtrade.com.cn/news/show-5388807.html",
    publisher: "江西省农机局（农机1688网转载）",
    date: "2013-08-14",
    changes:
      "The stored copy gives the notice, not its annex: kept are the as-of date (截止8月12日), the two shares (使用比例, 结算比例), 吉安市's 90.59% and " +
      "the order of the eleven cities by share used. Ours: every other figure (the province's money is ours, 6.90亿元, not the notice's). Planted: " +
      "宜春市's 结算比例 typed 25.00% (2,688.00 / 9,600 = 28.00%); 新余市 settled nothing. Every city's settlement runs far behind August's 8/12.",
  },
  classes: [
    "execution", "settlement-progress", "two-shares-of-one-budget", "by-city", "as-of-in-title", "zero-settled-line", "rates-as-text",
    "two-decimal-rates", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-level",
    "jiangxi",
  ],
  settings: { district: "江西省", asOf: "2013-08-12" },
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 14, 14, 12, 14, 12],
      rows: [
        ["2013年全省农机购置补贴资金结算、使用进度表（截止8月12日）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "补贴资金", "已使用资金", "使用比例", "已结算资金", "结算比例"],
        [1, "吉安市", 7200, 6522.48, "90.59%", 3010.2, "41.81%"],
        [2, "上饶市", 9800, 7350, "75.00%", 3420.5, "34.90%"],
        [3, "抚州市", 6400, 4160.32, "65.00%", 1960, "30.63%"],
        [4, "景德镇市", 2100, 1302, "62.00%", 620.4, "29.54%"],
        [5, "鹰潭市", 1600, 960.16, "60.01%", 400, "25.00%"],
        [6, "宜春市", 9600, 5376, "56.00%", 2688, "25.00%"],
        [7, "九江市", 7500, 3900, "52.00%", 1650, "22.00%"],
        [8, "南昌市", 8200, 3936, "48.00%", 1804, "22.00%"],
        [9, "新余市", 1800, 810, "45.00%", 0, "0.00%"],
        [10, "萍乡市", 2300, 943, "41.00%", 412, "17.91%"],
        [11, "赣州市", 12500, 4125, "33.00%", 1875, "15.00%"],
        ["合计", null, 69000, 39384.96, "57.08%", 17840.1, "25.86%"],
        ["注：按资金使用比例排序。补贴资金含中央和省级农机购置补贴资金。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A15:B15", "A16:G16"],
      numberFormats: { "C4:D15": "#,##0.00", "F4:F15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "adjustedBudget", F: "actual", G: "rate" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "G9", why: "宜春市 2,688.00 / 9,600 = 28.00%, stated 25.00%" },
      { rule: "execution.no-spending", cell: "F12", why: "新余市: nothing settled by 8月12日" },
      { rule: "execution.behind-schedule", cell: "G4", why: "吉安市 settled 41.81%, below 8/12 = 66.67% − 5" },
      { rule: "execution.behind-schedule", cell: "G5", why: "上饶市 34.90%" },
      { rule: "execution.behind-schedule", cell: "G6", why: "抚州市 30.63%" },
      { rule: "execution.behind-schedule", cell: "G7", why: "景德镇市 29.54%" },
      { rule: "execution.behind-schedule", cell: "G8", why: "鹰潭市 25.00%" },
      { rule: "execution.behind-schedule", cell: "G9", why: "宜春市 28.00% (stated 25.00%), either way far behind" },
      { rule: "execution.behind-schedule", cell: "G10", why: "九江市 22.00%" },
      { rule: "execution.behind-schedule", cell: "G11", why: "南昌市 22.00%" },
      { rule: "execution.behind-schedule", cell: "G13", why: "萍乡市 17.91%" },
      { rule: "execution.behind-schedule", cell: "G14", why: "赣州市 15.00%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C15", why: "合计 69,000 = the eleven cities' money; 已使用 39,384.96 (D15) and 已结算 17,840.10 (F15) add up too" },
      { rule: "execution.rate-mismatch", cell: "G15", why: "17,840.10 / 69,000 = 25.86%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "6,522.48 / 7,200 = 90.59%; 960.16 / 1,600 = 60.01% (E8)" },
      { rule: "execution.behind-schedule", cell: "G15", why: "the 合计 row has no status of its own" },
      { rule: "execution.behind-schedule", cell: "G12", why: "新余市 settled nothing: no-spending, not also behind schedule" },
      { rule: "execution.overspent", why: "nothing used or settled above a city's money" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
