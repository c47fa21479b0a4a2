import type { CorpusLayout } from "../types";

// 中山市农业农村局 2023-10-18, 附件1: the same payment's allocation by town — counts of households
// and machines beside the amount, amounts in 元.
export const layout: CorpusLayout = {
  id: "zhongshan-2023-farm-machinery-allocation",
  source: {
    title: "关于兑付农机购置补贴资金（2023年度中央财政第三批）的通知（附件1：安排表）",
    url: "http://nync.zs.gov.cn/zwgk/ztzj/njgzbtxxzl/content/post_2333442.html",
    publisher: "中山市农业农村局",
    date: "2023-10-18",
    changes:
      "The annex is not stored: columns are ours (镇街, households, machines, amount), the annex title as published; " +
      "towns are 中山's, counts and amounts invented (the notice's own total is 946,540元). Planted: the 合计 states " +
      "878,940 where the towns add up to 868,940.",
  },
  classes: ["composition", "allocation-by-town", "count-columns", "yuan-caption"],
  sheets: [
    {
      name: "安排表",
      widths: [6, 14, 14, 14, 14],
      rows: [
        ["附件1", null, null, null, null],
        ["农机购置补贴资金（2023年度中央财政第三批）安排表", null, null, null, null],
        [null, null, null, null, "单位：元"],
        ["序号", "镇街", "补贴户数（户）", "补贴机具（台）", "补贴资金"],
        [1, "火炬开发区", 2, 2, 21600],
        [2, "黄圃镇", 9, 11, 186400],
        [3, "民众街道", 12, 14, 248900],
        [4, "港口镇", 5, 6, 71300],
        [5, "三角镇", 6, 7, 96520],
        [6, "阜沙镇", 4, 4, 38200],
        [7, "横栏镇", 3, 3, 27640],
        [8, "坦洲镇", 7, 9, 142380],
        [9, "神湾镇", 3, 3, 36000],
        ["合计", null, 51, 59, 878940],
      ],
      merges: ["A2:E2", "A14:B14"],
      numberFormats: { "E5:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "安排表", kind: "composition", unit: "元", headerRow: 4, lastRow: 14, columns: { B: "line", E: "amount" }, year: 2023 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E14",
        why: "合计 878,940; 21,600 + 186,400 + 248,900 + 71,300 + 96,520 + 38,200 + 27,640 + 142,380 + 36,000 = 868,940: 10,000元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C14", why: "households 2 + 9 + 12 + 5 + 6 + 4 + 3 + 7 + 3 = 51, a count" },
      { rule: "composition.line-mismatch", why: "户数 and 台数 are counts, not a unit price × quantity of the amount" },
      { rule: "composition.total-mismatch", cell: "D14", why: "machines 2 + 11 + 14 + 6 + 7 + 4 + 3 + 9 + 3 = 59" },
    ],
  },
};
