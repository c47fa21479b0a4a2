import type { CorpusLayout } from "../types";

// 西藏新闻网 2014-03-14 (reposted by 昌都 news): at the 扶贫开发特色产业现场会, 2006–2008 西藏 arranged 320 特色产业扶贫 projects with 27,082万元
// and built 150 project areas. Laid out as a summary by 地（市）: 地（市） | 项目个数 | 项目区个数 | 投入资金, 合计 at the foot, a note.
export const layout: CorpusLayout = {
  id: "xizang-2006-2008-featured-industry-poverty-projects",
  source: {
    title: "西藏特色产业“扶”起一片新天地（2006—2008年特色产业扶贫项目安排情况表据报道拟）",
    url: "http://xzcd.com/article/201403/15814.html",
    publisher: "西藏新闻网（昌都新闻网转载）",
    date: "2014-03-14",
    changes:
      "The page is a news report; the table is ours (表据报道拟). Kept as reported: 2006—2008, 320 projects, 150 project areas, 27,082万元 in the " +
      "合计. Ours: the split by 地（市） (the seven of the time) and every line figure. Planted: the 投入资金 lines add up to 27,182 against the " +
      "reported 27,082 in the 合计 (100 apart).",
  },
  classes: [
    "composition", "allocation-by-prefecture", "count-columns", "whole-wanyuan", "unit-in-header", "total-at-foot", "multi-year-span",
    "notes-under-table", "table-from-prose", "news-report", "region-level", "xizang",
  ],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "特色产业扶贫项目",
      widths: [16, 12, 14, 18],
      rows: [
        ["2006—2008年西藏特色产业扶贫项目安排情况表", null, null, null],
        ["地（市）", "项目个数（个）", "项目区个数（个）", "投入资金（万元）"],
        ["拉萨市", 38, 18, 3268],
        ["日喀则地区", 72, 34, 6105],
        ["山南地区", 41, 19, 3472],
        ["林芝地区", 33, 15, 2816],
        ["昌都地区", 58, 27, 4930],
        ["那曲地区", 52, 25, 4421],
        ["阿里地区", 26, 12, 2170],
        ["合计", 320, 150, 27082],
        ["注：投入资金含中央、自治区财政扶贫资金及整合的其他资金。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11"],
      numberFormats: { "D3:D10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "特色产业扶贫项目",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { A: "line", D: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "3,268 + 6,105 + 3,472 + 2,816 + 4,930 + 4,421 + 2,170 = 27,182; the 合计 says 27,082 (100 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B10", why: "项目个数 38 + 72 + 41 + 33 + 58 + 52 + 26 = 320, a count" },
      { rule: "composition.total-mismatch", cell: "C10", why: "项目区个数 18 + 34 + 19 + 15 + 27 + 25 + 12 = 150, a count" },
      { rule: "composition.line-mismatch", cell: "D4", why: "no standard per project: counts beside money are no quantity × unit amount" },
      { rule: "register.ineligible-location", cell: "A4", why: "the seven 地（市） of 2006—2008 all lie in 西藏自治区" },
    ],
  },
};
