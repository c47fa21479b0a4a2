import type { CorpusLayout } from "../types";

// 江西财经大学财务处, report to the 第十届一次“双代会” (2018): 表一 2014至2017年学校收入情况表 in 万元 — the corner 年份/项目, the years 2014 … 2017 as
// columns, their 2014-2017合计, the earlier four years' 2010-2013合计 and 近四年较前四年增加; four income sources 一 … 四 and 合计 as rows, whole 万元.
export const layout: CorpusLayout = {
  id: "jxufe-2014-2017-university-income-by-year",
  source: {
    title: "江西财经大学2014-2017年财务收支及2018年度财务预算情况报告（表一：2014至2017年学校收入情况表）",
    url: "http://news.jxufe.edu.cn/news-show-86750.html",
    publisher: "江西财经大学财务处",
    date: "2018",
    changes:
      "As published: 表一's title, 单位：万元, the corner 年份 项目, the columns 2014 | 2015 | 2016 | 2017 | 2014-2017合计 | 2010-2013合计 | 近四年较前四年增加, the rows " +
      "一、财政补助收入 | 二、教育事业收入 | 三、科研事业收入 | 四、其他收入 | 合计, whole 万元 with thousands separators, a negative increase on 其他收入. Every figure is " +
      "ours (the published ones add up). Planted: the 合计 row's 2016 typed 102,405 where the four sources give 102,045.",
  },
  classes: ["composition", "years-as-columns", "multi-year-total-column", "earlier-period-column", "change-column", "corner-header", "whole-wanyuan", "wanyuan-caption", "negative-change", "total-at-foot", "university", "jiangxi"],
  sheets: [
    {
      name: "表一",
      widths: [20, 10, 10, 10, 10, 14, 14, 16],
      rows: [
        ["表一：2014至2017年学校收入情况表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["年份　　项目", 2014, 2015, 2016, 2017, "2014-2017合计", "2010-2013合计", "近四年较前四年增加"],
        ["一、财政补助收入", 51240, 49865, 68930, 66215, 236250, 157300, 78950],
        ["二、教育事业收入", 27580, 28460, 27310, 29705, 113055, 95880, 17175],
        ["三、科研事业收入", 3720, 3505, 2840, 3590, 13655, 11420, 2235],
        ["四、其他收入", 4515, 3120, 2965, 3040, 13640, 21260, -7620],
        ["合计", 87055, 84950, 102405, 102550, 376600, 285860, 90740],
      ],
      merges: ["A1:H1"],
      numberFormats: { "B4:H8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表一",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount:2014", C: "amount:2015", D: "amount:2016", E: "amount:2017", F: "amount", G: "amount:2010-2013合计" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D8",
        why: "合计 2016 typed 102,405; 68,930 + 27,310 + 2,840 + 2,965 = 102,045 (360万元 over; whole figures, no rounding)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F8", why: "2014-2017合计 376,600 = 236,250 + 113,055 + 13,655 + 13,640, and = 87,055 + 84,950 + 102,045 + 102,550 with 2016 as its lines add up: the slip is reported once, at D8" },
      { rule: "composition.total-mismatch", cell: "F4", why: "236,250 = 51,240 + 49,865 + 68,930 + 66,215 (each source's row total checks)" },
      { rule: "composition.total-mismatch", cell: "G4", why: "2010-2013合计 is an earlier run of years, no part of 2014-2017合计 nor its total; its foot 285,860 = 157,300 + 95,880 + 11,420 + 21,260" },
      { rule: "composition.total-mismatch", cell: "H8", why: "近四年较前四年增加 is a change (F − G), no amount: 90,740 = 376,600 − 285,860, −7,620 on 其他收入 a fall" },
      { rule: "composition.total-mismatch", cell: "B3", why: "2014 … 2017 in the header are years, not money" },
      { rule: "input.unreadable-value", cell: "H7", why: "−7,620 is a negative number, not unreadable" },
    ],
  },
};
