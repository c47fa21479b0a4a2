import type { CorpusLayout } from "../types";

// 西藏自治区交通运输厅 (reported 2012-04-05): three years, about 31.1亿元, 13385公里 of rural roads for the 669 建制村 still without one — 411 in 2012,
// 258 in 2013, all open in 2014. Set as a plan by year: 建制村 | 里程 | 投资.
export const layout: CorpusLayout = {
  id: "xizang-2012-rural-road-access-three-year-plan",
  source: {
    title: "西藏：三年投资31亿 建设逾1.3万公里农村公路（建制村通达建设计划表据报道拟）",
    url: "http://lakalal8.com/news/content/1255720.html",
    publisher: "中国市政工程网（转载）",
    date: "2012-04-05",
    changes:
      "Table from prose: 669 = 411 + 258 villages, 13,385 公里, 31.1亿元 and the 2011 baseline (1632 projects, 110.49亿元, 39234.4公里) as reported. Ours: the grid, " +
      "the split of kilometres and money by year. Planted: 2013's money typed 21.0 where 31.1 − 19.1 = 12.0, so the lines add to 40.1 against the 31.1 合计.",
  },
  classes: ["composition", "plan-by-year", "count-column", "length-column", "one-decimal-yiyuan", "unit-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "通达计划",
      widths: [6, 26, 14, 14, 14],
      rows: [
        ["西藏自治区2012—2014年建制村公路通达建设计划表（表据报道拟）", null, null, null, null],
        ["序号", "建设任务", "建制村（个）", "里程（公里）", "投资（亿元）"],
        [1, "2012年安排建制村通达项目", 411, 8226, 19.1],
        [2, "2013年安排建制村通达项目", 258, 5159, 21.0],
        [3, "2014年全部建成通车", null, null, null],
        ["合计", null, 669, 13385, 31.1],
        ["注：截至2011年10月，累计安排农村公路建设项目1632个，总投资110.49亿元，新建公路39234.4公里，农村公路覆盖所有乡镇和89.98%的建制村。", null, null, null, null],
      ],
      merges: ["A1:E1", "A6:B6", "A7:E7"],
      numberFormats: { "E3:E6": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "通达计划", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 6, columns: { B: "line", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "19.1 + 21.0 = 40.1, not the 31.1 stated: 9.0 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "411 + 258 = 669 villages" },
      { rule: "composition.total-mismatch", cell: "D6", why: "8,226 + 5,159 = 13,385 公里, a length, never money" },
      { rule: "composition.line-mismatch", cell: "E3", why: "no unit amount: villages and kilometres are not multiplied into money" },
      { rule: "composition.total-mismatch", cell: "A7", why: "the note's 2011 baseline (110.49亿元) is no line" },
    ],
  },
};
