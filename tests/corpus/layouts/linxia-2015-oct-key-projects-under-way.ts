import type { CorpusLayout } from "../types";

// 甘肃经济日报 2015-11-13: 前10月 临夏州 实施500万元以上重点项目605项、总投资1002.85亿元 — 续建 316项 / 673.45亿元, 新开工 289项 / 329.4亿元;
// 亿元以上项目 190项 / 890.81亿元 (a share of the whole, across both); 招商引资项目245个、到位资金196亿元. Laid out as the state of the
// projects by kind, 合计 first, the 亿元以上 line a 其中 after the parts. Clean: every figure as published.
export const layout: CorpusLayout = {
  id: "linxia-2015-oct-key-projects-under-way",
  source: {
    title: "前10月临夏实施500万元以上重点项目605项 总投资1002.85亿元（重点项目实施情况表据报道拟）",
    url: "https://m.yybnet.net/linxia/linxiaxian/201511/4390783.html",
    publisher: "甘肃经济日报（记者 黄胜 马琳）",
    date: "2015-11-13",
    changes:
      "As published: 605项 / 1002.85亿元, 续建 316 / 673.45, 新开工 289 / 329.4 (they add up to the whole), 亿元以上 190 / 890.81, 招商引资 245个 / " +
      "到位资金196亿元 (+46%). The table, its headings and the note's wording are ours (表据报道拟). Nothing planted: a clean layout, the 亿元以上 " +
      "其中 line a share of both kinds, never a third part.",
  },
  classes: ["composition", "clean", "projects-by-kind", "count-column", "qizhong-line-after-parts", "overlapping-share", "total-row-first", "two-decimal-yiyuan", "mixed-decimals", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "prefecture-level", "gansu"],
  settings: { district: "临夏回族自治州" },
  sheets: [
    {
      name: "重点项目",
      widths: [26, 12, 14],
      rows: [
        ["临夏州2015年1—10月500万元以上重点项目实施情况表", null, null],
        [null, null, "单位：项、亿元"],
        ["项目类别", "项目个数", "总投资"],
        ["合计", 605, 1002.85],
        ["续建项目", 316, 673.45],
        ["新开工项目", 289, 329.4],
        ["其中：亿元以上项目", 190, 890.81],
        ["注：1—10月实施招商引资项目245个，到位资金196亿元，同比增长46%。", null, null],
      ],
      merges: ["A1:C1", "A8:C8"],
      numberFormats: { "C4:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "重点项目", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "quantity", C: "amount" }, year: 2015 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "续建 673.45 + 新开工 329.4 = 1002.85; the 亿元以上 890.81 is a 其中 share across both, never added" },
      { rule: "composition.total-mismatch", cell: "B4", why: "316 + 289 = 605 projects; the 190 亿元以上 are among them" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count beside the investment" },
      { rule: "input.unreadable-value", why: "the note (245个, 196亿元, 46%) is a sentence under the table" },
    ],
  },
};
