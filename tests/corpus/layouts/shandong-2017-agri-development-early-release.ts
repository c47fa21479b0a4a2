import type { CorpusLayout } from "../types";

// 中国网·山东 2017-01-18: 山东省财政 released 2017's central and provincial 农业综合开发资金 early — 21.2亿元, 中央15.7亿元 and 省级5.5亿元:
// 15.2亿 for 高标准农田 in the grain areas, 4.4亿 for 龙头企业 / 合作社 and other 新型农业经营主体, 1.6亿 for 高标准农田创新试点. Laid out as the
// 提前下达 table by kind of project: 序号 | 项目类别 | 提前下达资金 over 合计 | 中央财政资金 | 省级财政资金, 单位：万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shandong-2017-agri-development-early-release",
  source: {
    title: "山东提前下达2017年中央和省农业综合开发资金21.2亿元（资金分配表据报道拟）",
    url: "http://big5.china.com.cn/gate/big5/sd.china.com.cn/a/2017/jryw_0118/847656.html",
    publisher: "中国网·山东；山东省财政厅",
    date: "2017-01-18",
    changes:
      "Kept as reported: 21.2亿元 in all, 中央财政资金15.7亿元 and 省级财政资金5.5亿元, and the three kinds of project with their money (15.2, 4.4 and " +
      "1.6亿元), written in 万元. The report gives no table and does not split each kind between 中央 and 省级: that split and the layout are ours, " +
      "adding up to the published totals. Planted: the 合计 row's 中央财政资金 typed 167,000 where the kinds add up to 112,600 + 32,800 + 11,600 = " +
      "157,000 (the published 15.7亿元).",
  },
  classes: [
    "composition", "sources-as-columns", "total-column-first", "merged-money-heading", "two-header-rows", "total-at-foot", "whole-wanyuan",
    "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-fund", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "提前下达",
      widths: [6, 34, 14, 14, 14],
      rows: [
        ["2017年中央和省级财政农业综合开发资金提前下达分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "提前下达资金", null, null],
        [null, null, "合计", "中央财政资金", "省级财政资金"],
        [1, "粮食主产区高标准农田建设项目", 152000, 112600, 39400],
        [2, "新型农业经营主体产业发展项目", 44000, 32800, 11200],
        [3, "高标准农田建设创新试点项目", 16000, 11600, 4400],
        ["合计", null, 212000, 167000, 55000],
        ["注：产业发展项目支持农业龙头企业、农民合作社等新型农业经营主体；创新试点项目鼓励各市创新投入方式。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3", "A8:B8", "A9:E9"],
      numberFormats: { "C5:E8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "提前下达",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", C: "amount", D: "amount:中央财政资金", E: "amount:省级财政资金" },
        year: 2017,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D8",
        why: "合计 中央财政资金 167,000 where 112,600 + 32,800 + 11,600 = 157,000: 10,000 over; with 157,000 the row agrees (157,000 + 55,000 = 212,000), so the slip is reported once",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "合计 212,000 = 152,000 + 44,000 + 16,000" },
      { rule: "composition.total-mismatch", cell: "E8", why: "省级 55,000 = 39,400 + 11,200 + 4,400" },
      { rule: "composition.total-mismatch", cell: "C5", why: "each kind's 合计 is its two sources: 112,600 + 39,400 = 152,000; 32,800 + 11,200 = 44,000; 11,600 + 4,400 = 16,000" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table" },
    ],
  },
};
