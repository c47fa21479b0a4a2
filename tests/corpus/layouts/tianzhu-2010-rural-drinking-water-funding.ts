import type { CorpusLayout } from "../types";

// 天柱县 (黔东南) 2010: 3089.51万元 for 108 drinking-water works for villages and rural schools — 中央投资 2471.65, 省级匹配 308.98, 州县配套
// 308.88 — built in two batches (56 village works, 52 school works). Laid out as the funding table behind the report: batch, works, 总投资 and
// its three sources side by side, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "tianzhu-2010-rural-drinking-water-funding",
  source: {
    title: "天柱县投入3089.51万元建设108个饮水工程（黔东南信息港；投资表据正文拟）",
    url: "http://m.dg-xinl.com/html/2010/tz_0926/15371.shtml",
    publisher: "黔东南信息港（通讯员 龙胜洲）",
    date: "2010-09-26",
    changes:
      "As published: 3089.51万元 for 108 works (中央投资2471.65万元, 省级匹配308.98万元, 州县配套308.88万元), the two batches (first 56 农村农民饮水工程, " +
      "second 52 农村中小学饮水工程), 15 townships, and a work's investment from 2万元 to 124万元. The report gives them in prose: the table and the " +
      "split of money between the batches are ours, adding up to the published totals. Planted: the second batch's 省级匹配 written 88.94 where 82.94 " +
      "was meant, so its sources add up to 835.11 beside a 总投资 of 829.11 and the 省级 column to 314.98 under its 合计 308.98.",
  },
  classes: ["composition", "allocation-by-batch", "table-from-prose", "money-by-source", "row-total-column", "count-column", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "news-report", "county-fund", "guizhou"],
  sheets: [
    {
      name: "投资情况",
      widths: [10, 26, 10, 12, 12, 12, 12],
      rows: [
        ["天柱县2010年农村饮水安全工程投资情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：处、万元"],
        ["批次", "建设内容", "工程处数", "总投资", "中央投资", "省级匹配", "州县配套"],
        ["第一批", "农村农民饮水工程", 56, 2260.4, 1808.32, 226.04, 226.04],
        ["第二批", "农村中小学饮水工程", 52, 829.11, 663.33, 88.94, 82.84],
        ["合计", null, 108, 3089.51, 2471.65, 308.98, 308.88],
        ["注：项目涉及全县15个乡镇80多个村和50多所农村中小学校，每处工程投资最少2万元，最多124万元；工程建成后解决全县农村近7万人饮水安全问题。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A6:B6", "A7:G7"],
      numberFormats: { "D4:G6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资情况",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", C: "quantity", D: "amount", E: "amount:中央投资", F: "amount:省级匹配", G: "amount:州县配套" },
        year: 2010,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "第二批 总投资 829.11 where its sources give 663.33 + 88.94 + 82.84 = 835.11: 6万元 apart" },
      { rule: "composition.total-mismatch", cell: "F6", why: "省级匹配 合计 308.98 where the batches give 226.04 + 88.94 = 314.98: 6万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "第一批 2,260.40 = 1,808.32 + 226.04 + 226.04" },
      { rule: "composition.total-mismatch", cell: "D6", why: "合计 3,089.51 = 2,260.40 + 829.11, and = 2,471.65 + 308.98 + 308.88" },
      { rule: "composition.total-mismatch", cell: "E6", why: "中央 2,471.65 = 1,808.32 + 663.33" },
      { rule: "composition.total-mismatch", cell: "G6", why: "州县 308.88 = 226.04 + 82.84" },
      { rule: "composition.total-mismatch", cell: "C6", why: "108 works = 56 + 52, a count" },
      { rule: "composition.line-mismatch", why: "工程处数 is a count with no standard per work: no unit × quantity to check" },
      { rule: "input.unreadable-value", why: "the note's 2万元 and 124万元 are the range of one work's investment, not lines" },
    ],
  },
};
