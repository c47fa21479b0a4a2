import type { CorpusLayout } from "../types";

// 海南广播电视总台 2023-06-29/30: 海南自由贸易港建设项目2023年度第二批集中开工 — 180 projects, 366亿元, 114亿元 planned for 2023, by kind:
// 产业 56 / 238 / 66, 基础设施 95 / 78 / 30, 公共服务 29 / 50 / 18, each kind's share of the whole investment; laid out as a table by kind,
// 合计 first, the split by investor in a note.
export const layout: CorpusLayout = {
  id: "hainan-2023-ftp-batch2-project-starts-by-type",
  source: {
    title: "180个项目，总投资额366亿元！在海南集中开工（第二批集中开工项目分类情况表据报道拟）",
    url: "http://news.mrcjxw.cn/gundong/2023/0630/51298.html",
    publisher: "海南广播电视总台（转载）",
    date: "2023-06-30",
    changes:
      "The report gives each kind's count, 总投资, share (65%, 21.3%, 13.7%) and 2023年计划投资, and the split by investor (政府 115个 125亿元, 社会 " +
      "65个 241亿元); the table, its headings, the 合计 row first and the one-decimal share of 产业 (65.0) are ours (表据报道拟). Planted: 基础设施项目's " +
      "2023年计划投资 typed 36 (the report's 30), so the three add up to 120 against the 合计 114.",
  },
  classes: ["composition", "plan-by-kind", "count-column", "total-investment-column", "annual-plan-column", "share-column", "units-in-headings", "total-row-first", "whole-yiyuan", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hainan"],
  sheets: [
    {
      name: "分类情况",
      widths: [18, 14, 16, 22, 24],
      rows: [
        ["海南自由贸易港建设项目2023年度第二批集中开工项目分类情况表", null, null, null, null],
        ["项目类型", "项目数（个）", "总投资（亿元）", "占全部项目投资（%）", "2023年计划投资（亿元）"],
        ["合计", 180, 366, 100, 114],
        ["产业项目", 56, 238, 65, 66],
        ["基础设施项目", 95, 78, 21.3, 36],
        ["公共服务项目", 29, 50, 13.7, 18],
        ["注：按投资主体分，政府投资项目115个、总投资125亿元，社会投资项目65个、总投资241亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
      numberFormats: { "D3:D6": "0.0" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-first holdout's measurement (counted failed): stated at first with 总投资 as the amount.
      // The corpus reads a plan's investment for the year as its amount, 总投资 a further column (nanchang-2022-provincial-key-projects,
      // xixia-2026, shanxi-2021).
      { sheet: "分类情况", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 6, columns: { A: "line", B: "quantity", C: "amount:总投资", E: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E3", why: "2023年计划投资 合计 114 ≠ 66 + 36 + 18 = 120" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C3", why: "238 + 78 + 50 = 366, as stated" },
      { rule: "composition.total-mismatch", cell: "B3", why: "56 + 95 + 29 = 180 projects" },
      { rule: "composition.total-mismatch", cell: "D3", why: "the shares add up: 65.0 + 21.3 + 13.7 = 100.0 (238/366 = 65.0%, 78/366 = 21.3%, 50/366 = 13.7%)" },
      { rule: "composition.line-mismatch", why: "no unit amount: investment is no count times a standard" },
      { rule: "composition.total-mismatch", cell: "A7", why: "the investor split in the note (115 + 65 = 180, 125 + 241 = 366) is no row" },
    ],
  },
};
