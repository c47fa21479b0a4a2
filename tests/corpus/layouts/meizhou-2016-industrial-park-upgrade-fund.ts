import type { CorpusLayout } from "../types";

// 梅州 2016-01: 省产业园扩能增效扶持资金 5.8亿元 for 梅州 — 5亿元 for the 梅兴华丰 cluster's environmental infrastructure, 2,000万元 each
// for the 梅县、蕉岭、大埔 parks (a 小计 over three lines), 2,000万元 for 招商选资; 蕉岭's line typed 2,200 under a 6,000 小计.
export const layout: CorpusLayout = {
  id: "meizhou-2016-industrial-park-upgrade-fund",
  source: {
    title: "我市再获5.8亿元扶持资金 用于省产业园扩能增效（扶持资金安排表据报道拟）",
    url: "http://guangzhou.baogaosu.com/xinwen/%25E5%2585%2583%25E6%2589%25B6%25E6%258C%2581%25E8%25B5%2584%25E9%2587%2591%25E7%2594%25A8%25E4%25BA%258E%25E7%259C%2581%25E4%25BA%25A7%25E4%25B8%259A%25E5%259B%25AD%25E6%2589%25A9%25E8%2583%25BD%25E5%25A2%259E%25E6%2595%2588/42996031",
    publisher: "梅州日报（Meizhou.Cn）",
    date: "2016-01-27",
    changes:
      "The page is a news report; the table is ours (表据正文拟). As published: 5亿元 for 广东梅兴华丰产业集聚带 environmental infrastructure, 2,000万元 " +
      "each for the 梅县、蕉岭、大埔 集聚地 park infrastructure, 2,000万元 招商选资 pre-allocated, 5.8亿元 in all; the 2013–2017 135亿元 programme in the note. " +
      "Ours: the outline numbering, the 实施地 and 备注 wording. Planted: 蕉岭's line typed 2,200, so the three park lines add up to 6,200 under their 6,000 小计.",
  },
  classes: ["composition", "category-rows-with-subtotals", "chinese-numbering", "outline-numbering", "place-text-column", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "guangdong"],
  settings: { district: "梅州市" },
  sheets: [
    {
      name: "扶持资金安排",
      widths: [6, 40, 20, 14, 14],
      rows: [
        ["2016年梅州市省产业园扩能增效扶持资金预安排表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目", "实施地", "扶持资金", "备注"],
        ["一", "广东梅兴华丰产业集聚带环保基础设施建设", "梅兴华丰产业集聚带", 50000, "专项扶持"],
        ["二", "园区基础设施建设专题资金", null, 6000, "小计"],
        [1, "梅县集聚地园区基础设施建设", "梅县区", 2000, null],
        [2, "蕉岭集聚地园区基础设施建设", "蕉岭县", 2200, null],
        [3, "大埔集聚地园区基础设施建设", "大埔县", 2000, null],
        ["三", "招商选资专项资金", "梅州市", 2000, "预下达"],
        ["合计", null, null, 58000, null],
        ["注：2013年至2017年，省财政统筹安排135亿元用于支持粤东西北地区省产业园扩能增效工作。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:C10", "A11:E11"],
      numberFormats: { "D4:D10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", B: "line", D: "amount" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "小计 6,000; its lines add up to 2,000 + 2,200 + 2,000 = 6,200 (200万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 58,000 = 50,000 + 6,000 + 2,000, the 小计 as stated (its slip is reported once, at the 小计)" },
      { rule: "composition.line-mismatch", why: "no unit standard or quantity column" },
      { rule: "register.ineligible-location", why: "no register; 梅县区、蕉岭县、大埔县 are in 梅州市" },
      { rule: "input.unreadable-value", cell: "E5", why: "备注 小计 is text" },
    ],
  },
};
