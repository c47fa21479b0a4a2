import type { CorpusLayout } from "../types";

// 景宁畲族自治县农业农村局 2023-07-03: the third 2023 batch of 衔接资金 for industry — one project, 310万元, from 中央衔接资金 212万元
// (浙财农〔2023〕11号) and 历年扶贫结余资金 98万元, to be built and paid by the end of October. Laid out as the annex the notice names
// (…项目建设计划汇总表): 合计 first, 资金合计 beside its two sources under a merged 资金来源, the deadline last.
export const layout: CorpusLayout = {
  id: "jingning-2023-linkage-fund-batch3-industry-project-plan",
  source: {
    title: "景宁畲族自治县2023年度第三批衔接资金产业发展项目建设计划（附件汇总表据通知拟）",
    url: "https://chacewang.com/newsdetail/news396702.html",
    publisher: "景宁畲族自治县农业农村局",
    date: "2023-07-03",
    changes:
      "As published: one project, 310万元 = 中央衔接资金 212 (浙财农〔2023〕11号) + 历年扶贫结余资金 98, front-end costs included, done and paid by end-October. " +
      "The annex was not in the stored copy: the project's town, name and content and the table form are ours. Planted: the project's 中央衔接资金 typed 221 " +
      "(212), so its sources add to 319 against its 资金合计 310, and the 合计 row's 212 no longer matches its one line.",
  },
  classes: ["composition", "allocation-by-project", "row-total-column", "sources-under-merged-header", "document-in-heading", "two-header-rows", "single-project", "deadline-column", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-notice", "county-fund", "zhejiang"],
  settings: { district: "景宁畲族自治县" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 12, 26, 36, 10, 18, 14, 14],
      rows: [
        ["景宁畲族自治县2023年度第三批衔接资金产业发展项目建设计划汇总表", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "乡镇（街道）", "项目名称", "建设内容", "资金合计", "资金来源", null, "完成时限"],
        [null, null, null, null, null, "中央衔接资金（浙财农〔2023〕11号）", "历年扶贫结余资金", null],
        ["", "合计", null, null, 310, 212, 98, null],
        [1, "大均乡", "大均乡惠明茶产业园提升项目", "茶园道路、灌溉设施及加工车间改造，含测量、预算、设计、招标、监理、审计等前期费用", 310, 221, 98, "2023年10月底"],
        ["注：请项目业主单位按实施计划和相关规定认真组织实施，确保10月底完成项目建设及全部资金支付。", null, null, null, null, null, null, null],
        ["景宁畲族自治县农业农村局　2023年7月3日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "A7:H7", "A8:H8"],
      numberFormats: { "E5:G6": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "汇总表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 6, columns: { C: "line", E: "amount", F: "amount:中央衔接资金", G: "amount:历年扶贫结余资金" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "the project's 资金合计 310 but its sources add up to 221 + 98 = 319" },
      { rule: "composition.total-mismatch", cell: "F5", why: "合计 中央衔接资金 212 but its one line is 221" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E5", why: "the 合计 row: 212 + 98 = 310 across, and 310 is its line's 资金合计" },
      { rule: "composition.total-mismatch", cell: "G5", why: "历年扶贫结余资金 98 as its line" },
      { rule: "composition.total-mismatch", cell: "F4", why: "浙财农〔2023〕11号 in the heading is a document number, not a figure" },
      { rule: "composition.total-mismatch", cell: "A7", why: "the note is prose under the table" },
    ],
  },
};
