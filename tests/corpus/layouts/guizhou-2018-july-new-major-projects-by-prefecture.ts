import type { CorpusLayout } from "../types";

// 贵州 2018-09 (中国GDP网 重大项目栏目): 1—7月 全省开工亿元以上项目1076个、总投资6986.36亿元; 7月新开工 63个、323.72亿元, then one
// sentence per 市（州）. Laid out as the by-prefecture table the sentence reads as, 合计 first; the 1—7月 figures stay in a note.
export const layout: CorpusLayout = {
  id: "guizhou-2018-july-new-major-projects-by-prefecture",
  source: {
    title: "贵州1—7月全省共开工亿元以上项目1076个（7月新开工亿元以上项目分市（州）表据正文拟）",
    url: "http://guizhou.chinagdp.org/zdxm/201809/705.html",
    publisher: "中国GDP网（贵州重大项目）",
    date: "2018-09",
    changes:
      "As published: 7月 new projects of 1亿元 and more, 63 and 323.72亿元, and by 市（州） 贵阳 3 / 43.6, 遵义 8 / 74.57, 六盘水 16 / 47.24, " +
      "安顺 2 / 20, 毕节 2 / 26.6, 黔东南 5 / 9.46, 黔南 7 / 39.93, 黔西南 16 / 56.67, 贵安新区 4 / 5.65 (they add up to 63 and 323.72); " +
      "铜仁 is not named (none). The table, its headings and the note are ours (表据正文拟). Planted: 黔南州's 39.93 typed 39.39, so the " +
      "lines add up to 323.18 against the 合计 323.72.",
  },
  classes: ["composition", "allocation-by-prefecture", "count-column", "new-area-line", "two-decimal-yiyuan", "mixed-decimals", "yiyuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "province-level", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "分市州",
      widths: [8, 16, 14, 16],
      rows: [
        ["2018年7月全省新开工亿元以上项目分市（州）情况表", null, null, null],
        [null, null, null, "单位：个、亿元"],
        ["序号", "市（州）", "项目个数", "总投资"],
        ["合计", null, 63, 323.72],
        [1, "贵阳市", 3, 43.6],
        [2, "遵义市", 8, 74.57],
        [3, "六盘水市", 16, 47.24],
        [4, "安顺市", 2, 20],
        [5, "毕节市", 2, 26.6],
        [6, "黔东南州", 5, 9.46],
        [7, "黔南州", 7, 39.39],
        [8, "黔西南州", 16, 56.67],
        [9, "贵安新区", 4, 5.65],
        ["注：1—7月，全省共开工亿元以上项目1076个，总投资6986.36亿元；开工项目个数排前三位的是黔西南州、六盘水市和遵义市。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A14:D14"],
      numberFormats: { "D4:D13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分市州", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "quantity", D: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D4", why: "43.6 + 74.57 + 47.24 + 20 + 26.6 + 9.46 + 39.39 + 56.67 + 5.65 = 323.18, not the 323.72 stated (0.54 off: 黔南州's 39.93 typed 39.39)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "the counts 3 + 8 + 16 + 2 + 2 + 5 + 7 + 16 + 4 = 63, as stated" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count beside each line's total investment, not a quantity priced per project" },
      { rule: "composition.total-mismatch", cell: "D13", why: "贵安新区 is a line like the 市（州）, no subtotal" },
      { rule: "input.unreadable-value", why: "the note's 1—7月 figures (1076, 6986.36) are a sentence under the table, no row of it" },
    ],
  },
};
