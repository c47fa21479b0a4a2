import type { CorpusLayout } from "../types";

// 财政部 江西财政新闻联播 2008-09-03: 中央财政2008年向江西拨付现代农业生产发展资金1.5亿元 — 7,500万元 to 粮食 (标准农田 in 南昌县等11个县,
// 水稻高产示范片 in 余干县等58个县), 5,000万元 to 柑橘 (于都县等10个县 示范基地, 3个良种苗木繁育体系 …), 2,500万元 to 水产 (彭泽县等11个县
// 池塘改造, 5个良种扩繁场). The page gives prose only: laid out as the allocation by industry its figures describe.
export const layout: CorpusLayout = {
  id: "jiangxi-2008-modern-agri-fund-by-industry",
  source: {
    title: "中央拨1.5亿元扶持江西三大产业（江西省2008年中央财政现代农业生产发展资金安排表，表据正文拟）",
    url: "http://www.mof.gov.cn/zhengwuxinxi/xinwenlianbo/jiangxicaizhengxinxilianbo/200809/t20080903_70617.htm",
    publisher: "中华人民共和国财政部（江西财政新闻联播）",
    date: "2008-09-03",
    changes:
      "The page is prose: 1.5亿元 for 粮食 7,500万元, 柑橘 5,000万元, 水产 2,500万元, with the counties and the works of each. The table " +
      "(title, 单位：个、万元, 序号 | 产业 | 建设内容 | 项目县（个） | 中央补助资金, the 合计 row) is ours from that prose (表据正文拟); the " +
      "split of each industry's money between its works is ours, and the 柑橘 lines are ours at 5,500. Planted: 合计 typed 15,000 (the page's " +
      "1.5亿元) where the six lines add up to 15,500.",
  },
  classes: ["composition", "table-from-prose", "category-column", "count-column", "count-and-money-caption", "total-at-foot", "whole-wanyuan", "province-fund", "jiangxi"],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "安排表",
      widths: [6, 12, 44, 12, 16],
      rows: [
        ["江西省2008年中央财政现代农业生产发展资金安排表", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "产业", "建设内容", "项目县（个）", "中央补助资金"],
        [1, "粮食产业", "建设标准农田11万亩", 11, 4000],
        [2, "粮食产业", "建设水稻高产示范片58万亩", 58, 3500],
        [3, "柑橘产业", "建设标准化柑橘生态示范基地10万亩", 10, 3600],
        [4, "柑橘产业", "良种无病毒苗木繁育体系、病虫害综合防控及采后商品化处理", 3, 1900],
        [5, "水产业", "改造标准化池塘水产健康养殖示范基地2万亩", 11, 1900],
        [6, "水产业", "改扩建主要水产养殖品种良种扩繁场", 5, 600],
        ["合计", null, null, 98, 15000],
      ],
      merges: ["A1:E1", "A10:C10"],
      numberFormats: { "E4:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "category", C: "line", D: "quantity", E: "amount" }, year: 2008 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 15,000 where 4,000 + 3,500 + 3,600 + 1,900 + 1,900 + 600 = 15,500 (500万元 short of its lines)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D10", why: "项目县 11 + 58 + 10 + 3 + 11 + 5 = 98, as stated; a count, no money" },
      { rule: "composition.line-mismatch", why: "项目县（个） counts counties; no unit amount is stated, so no line is a count times a standard" },
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 1–6 number the lines" },
      { rule: "input.unreadable-value", why: "建设内容 is text by nature" },
    ],
  },
};
