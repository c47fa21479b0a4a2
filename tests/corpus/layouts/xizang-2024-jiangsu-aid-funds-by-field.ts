import type { CorpusLayout } from "../types";

// 西藏: 2024 江苏对口支援西藏 — 5.57亿元 over 66 援藏项目, by field of support (the fields named in the report).
// The report gives only the totals in prose; the table by field is ours (title suffix 表据报道拟).
export const layout: CorpusLayout = {
  id: "xizang-2024-jiangsu-aid-funds-by-field",
  source: {
    title: "2024江苏对口支援西藏年度资金总计5.57亿元 实施援藏项目66个（分领域安排表据报道拟）",
    url: "http://m.people.cn/n4/2024/0331/c1545-21015842.html",
    publisher: "手机人民网（江苏广电总台·融媒体新闻中心）",
    date: "2024-03-31",
    changes:
      "As published: 5.57亿元 in all, 66 projects, the five fields 产业支援促进就业、保障和改善民生、民族交往交流交融、文化教育支援、干部人才交流合作, 投向基层 83% / 民生 92%. " +
      "Ours: the table (序号 | 支援领域 | 项目数（个） | 援藏资金（万元） | 备注), each field's count and money (adding up to 66 and 55,700万元 as published), the note. " +
      "Planted: 文化教育支援 typed 6,210 where the lines must give the 合计 55,700 (they add to 55,790).",
  },
  classes: ["composition", "allocation-by-field", "count-columns", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "remark-column", "notes-under-table", "table-from-prose", "news-report", "paired-assistance", "xizang"],
  sheets: [
    {
      name: "分领域安排",
      widths: [6, 22, 12, 16, 24],
      rows: [
        ["2024年江苏对口支援西藏年度资金分领域安排表", null, null, null, null],
        ["序号", "支援领域", "项目数（个）", "援藏资金（万元）", "备注"],
        [1, "产业支援促进就业", 18, 22280, "含拉萨经开区产业园配套"],
        [2, "保障和改善民生", 26, 18380, "含墨竹工卡县等县乡民生项目"],
        [3, "民族交往交流交融", 8, 4460, null],
        [4, "文化教育支援", 9, 6210, "含江苏班学生资助"],
        [5, "干部人才交流合作", 5, 4460, null],
        ["合计", null, 66, 55700, null],
        ["注：投向基层、民生项目资金分别占年度资金的83%、92%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:B8", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分领域安排", kind: "composition", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "line", C: "quantity", D: "amount" }, year: 2024 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 55,700; the lines 22,280 + 18,380 + 4,460 + 6,210 + 4,460 = 55,790 (90万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "项目数 18 + 26 + 8 + 9 + 5 = 66, as stated" },
      { rule: "composition.line-mismatch", why: "项目数 is a count of projects, no unit amount multiplies it" },
      { rule: "composition.total-mismatch", cell: "A9", why: "the note's 83% / 92% are shares, not lines" },
    ],
  },
};
