import type { CorpusLayout } from "../types";

// 东莞市农业局 2017-07: the first year of the 扶持次发达镇产业发展资金池 (10亿元 a year for three years) — eight towns applied for 36 projects
// and the whole 10亿元, 望牛墩 / 洪梅 / 企石 2亿元 each at their limit, 谢岗 / 石排 / 道滘 / 中堂 / 东坑 8000万元 each; by kind, 产业园区 25
// projects 7.37亿元, 直接建设 6 projects 0.97亿元, 基金 5 projects 1.66亿元. Laid out as the allocation by town (万元) and a second table
// by kind (亿元), each with its 合计 at the foot.
export const layout: CorpusLayout = {
  id: "dongguan-2017-underdeveloped-towns-fund-pool",
  source: {
    title: "东莞8个次发达镇共获10亿元“红包”（资金池资金分镇和分类表据报道拟）",
    url: "http://www.erapg.com/jypd/44611.html",
    publisher: "东莞时间网（转载）",
    date: "2017-07-11",
    changes:
      "The report is prose. Kept from it: the eight towns, their limits and sums (3 × 20,000 + 5 × 8,000 = 100,000万元), 36 projects, and the split by " +
      "kind (25 / 6 / 5 projects; 7.37 / 0.97 / 1.66亿元; 73.7% / 9.7% / 16.6%). Ours: the tables, each town's count of projects. Planted: 道滘镇 " +
      "typed 8,800 (its limit and sum are 8,000), so the towns add up to 100,800 against the 合计 100,000.",
  },
  classes: [
    "composition", "allocation-by-town", "count-column", "count-and-money-caption", "two-sheets", "allocation-by-kind", "share-column",
    "yiyuan-unit", "two-decimal-yiyuan", "whole-wanyuan", "total-at-foot", "towns-as-lines", "table-from-prose", "news-report", "city-fund",
    "guangdong",
  ],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "分镇",
      widths: [6, 14, 16, 20],
      rows: [
        ["2017年东莞市扶持次发达镇产业发展资金池资金申报情况表", null, null, null],
        [null, null, null, "单位：个、万元"],
        ["序号", "镇", "申报项目个数", "申请补助资金"],
        [1, "望牛墩镇", 6, 20000],
        [2, "洪梅镇", 5, 20000],
        [3, "企石镇", 5, 20000],
        [4, "谢岗镇", 4, 8000],
        [5, "石排镇", 4, 8000],
        [6, "道滘镇", 4, 8800],
        [7, "中堂镇", 4, 8000],
        [8, "东坑镇", 4, 8000],
        ["合计", null, 36, 100000],
        ["注：望牛墩、洪梅、企石镇按限额各申报2亿元，谢岗、石排、道滘、中堂、东坑镇按限额各申报8000万元。", null, null, null],
      ],
      merges: ["A1:D1", "A12:B12", "A13:D13"],
      numberFormats: { "D4:D12": "#,##0" },
    },
    {
      name: "分类",
      widths: [30, 14, 18, 16],
      rows: [
        ["2017年东莞市扶持次发达镇产业发展资金池申报项目分类情况表", null, null, null],
        ["类别", "项目个数（个）", "申请资金（亿元）", "占总额比例"],
        ["支持产业园区发展类", 25, 7.37, "73.7%"],
        ["产业项目直接建设类", 6, 0.97, "9.7%"],
        ["设立基金再支持产业发展类", 5, 1.66, "16.6%"],
        ["合计", 36, 10, "100%"],
      ],
      merges: ["A1:D1"],
      numberFormats: { "C3:C6": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分镇", kind: "composition", unit: "万元", headerRow: 3, lastRow: 12, columns: { B: "line", C: "quantity", D: "amount" }, year: 2017 },
      { sheet: "分类", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 6, columns: { A: "line", B: "quantity", C: "amount" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分镇", cell: "D12", why: "合计 100,000; the towns 3 × 20,000 + 8,000 + 8,000 + 8,800 + 8,000 + 8,000 = 100,800 (800万元 apart; whole 万元)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分镇", cell: "C12", why: "36 projects = 6 + 5 + 5 + 4 × 5, a count" },
      { rule: "composition.total-mismatch", sheet: "分类", cell: "C6", why: "10.00亿元 = 7.37 + 0.97 + 1.66; 36 projects (B6) = 25 + 6 + 5" },
      { rule: "composition.line-mismatch", why: "no standard per project: the towns' sums are their limits, not counts × a unit" },
      { rule: "input.unreadable-value", why: "the shares and the note are text" },
    ],
  },
};
