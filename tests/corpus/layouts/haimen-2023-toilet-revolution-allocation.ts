import type { CorpusLayout } from "../types";

// 南通市海门区乡村振兴局、海门区财政局 2023-09-27 (海乡振〔2023〕9号): the 2023 provincial linkage money for rural toilets and the
// city's 2022 toilet money (20万元), shared among the district's towns and streets — 区镇 | 小计 | 2023年补助资金 | 2022年补助经费 |
// 本次下达 | 备注 (the year's new and rebuilt toilets), three-decimal 万元. One town's 小计 typed 1.000 high, the 合计 the true sum.
export const layout: CorpusLayout = {
  id: "haimen-2023-toilet-revolution-allocation",
  source: {
    title: "南通市海门区2023年度省级财政衔接推进乡村振兴（农村厕所革命）补助资金及2022年度南通市级农村户厕改造项目补助经费分配表（海乡振〔2023〕9号附件）",
    url: "http://chrom-tech.com/hmsrmzf/zyzc2/content/243cc43e-737d-4cde-b45e-430cfbcded73.html",
    publisher: "南通市海门区乡村振兴局、南通市海门区财政局（镜像站转载）",
    date: "2023-09-27",
    changes:
      "Title, headings as published, spaces included (序号 | 区 镇 | 小计 | 2023年补助资金 | 2022年补助经费 | 本次 下达 | 备 注), 小计 " +
      "first, three-decimal 万元, the 备注 giving the year's 新建 / 整改 counts. The unit caption and the 合计 row are ours (the stored " +
      "copy is cut after the third town); the towns after 临江新区, all figures and counts are ours, the 2022 money adding up to the " +
      "notice's 20万元. Planted: 常乐镇's 小计 typed 58.125 where 56.125 + 1 = 57.125 (its 本次下达 right); the 合计 小计 is the " +
      "true 698.375, one more than the column as typed is not.",
  },
  classes: ["composition", "allocation-by-town", "row-total-column", "total-column-first", "two-years-side-by-side", "three-decimal-wanyuan", "spaced-headers", "streets-and-new-areas", "counts-in-remark", "total-at-foot", "wanyuan-caption", "district-fund", "jiangsu"],
  settings: { district: "海门区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 12, 16, 16, 12, 28],
      rows: [
        ["附件：", null, null, null, null, null, null],
        ["南通市海门区2023年度省级财政衔接推进乡村振兴（农村厕所革命）补助资金及2022年度南通市级农村户厕改造项目补助经费分配表", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "区 镇", "小计", "2023年补助资金", "2022年补助经费", "本次 下达", "备 注"],
        [1, "海门街道", 60.375, 58.375, 2, 60.375, "2023年新建890、整改545"],
        [2, "海门港新区", 125.25, 121.25, 4, 125.25, "2023年新建1980、整改870"],
        [3, "临江新区", 48.5, 47.5, 1, 48.5, "2023年新建760、整改390"],
        [4, "三厂街道", 41.625, 39.625, 2, 41.625, "2023年新建640、整改330"],
        [5, "常乐镇", 58.125, 56.125, 1, 57.125, "2023年新建905、整改450"],
        [6, "悦来镇", 46.875, 44.875, 2, 46.875, "2023年新建720、整改365"],
        [7, "四甲镇", 64.25, 62.25, 2, 64.25, "2023年新建1010、整改490"],
        [8, "余东镇", 52.5, 51.5, 1, 52.5, "2023年新建830、整改420"],
        [9, "正余镇", 49.75, 48.75, 1, 49.75, "2023年新建785、整改400"],
        [10, "包场镇", 68.375, 66.375, 2, 68.375, "2023年新建1075、整改530"],
        [11, "滨江街道", 29.125, 28.125, 1, 29.125, "2023年新建450、整改235"],
        [12, "三星镇", 54.625, 53.625, 1, 54.625, "2023年新建865、整改430"],
        ["合计", null, 698.375, 678.375, 20, 698.375, null],
      ],
      merges: ["A2:G2", "A3:G3", "A17:B17"],
      numberFormats: { "C5:D17": "0.000", "F5:F17": "0.000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 17,
        columns: { B: "line", C: "amount", D: "amount:2023年补助资金", E: "amount:2022年补助经费", F: "amount:本次下达" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "常乐镇 小计 58.125 ≠ 2023年 56.125 + 2022年 1 = 57.125: 1.000万元 high" },
      {
        rule: "composition.total-mismatch",
        cell: "C17",
        why: "合计 小计 698.375 ≠ the 小计 column as typed, 699.375 (60.375+125.25+48.5+41.625+58.125+46.875+64.25+52.5+49.75+68.375+29.125+54.625): the total is checked against the figures as typed",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D17", why: "2023年 678.375 = the sum of its twelve lines" },
      { rule: "composition.total-mismatch", cell: "E17", why: "2022年 20 = 2+4+1+2+1+2+2+1+1+2+1+1, the notice's 20万元" },
      { rule: "composition.total-mismatch", cell: "F17", why: "本次下达 698.375 = its lines (常乐镇 57.125 is right)" },
      { rule: "composition.total-mismatch", cell: "F9", why: "本次下达 57.125 is no total of 小计; it equals 56.125 + 1" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns: the 新建 / 整改 counts are in 备注 text" },
      { rule: "input.unreadable-value", why: "备注 and the caption are text" },
    ],
  },
};
