import type { CorpusLayout } from "../types";

// 南昌日报 2016-02-02: 南昌市财政局 — three projects get 2,264万元 of 江西's 标准厂房建设专项 money, 100元 a square metre of floor area
// (《江西省标准厂房建设专项资金管理暂行办法》, 以奖代补). Laid out as the allocation such a notice annexes: 序号 | 项目名称 | 建筑面积（平方米） |
// 补助标准（元/平方米） | 补助资金（万元）, 合计 at the foot, the matching rule as a note.
export const layout: CorpusLayout = {
  id: "nanchang-2016-standard-factory-provincial-subsidy",
  source: {
    title: "我市三个项目获2264万元补助（省级标准厂房建设专项补助资金分配表据正文拟）",
    url: "http://finance.china.com.cn/roll/20160202/3573575.shtml",
    publisher: "南昌日报（南昌市财政局）",
    date: "2016-02-02",
    changes:
      "As published: the three projects (南昌综保区国微产业基地一期标准厂房建设项目, 新建长堎工业园区的10万吨现代冷链物流园及仓储交易中心建设项目, " +
      "南昌经济技术开发区园区标准厂房建设项目), the 2,264万元, the standard of 100元 per square metre and the matching rule (省级园区 市、县各25元, " +
      "国家级园区 设区市50元). The release gives prose; the table is ours, each project's floor area chosen so that the three make 226,400㎡ × 100元 " +
      "= 2,264万元. Planted: the cold-chain project's subsidy typed 542 where 52,400㎡ × 100元 = 524万元 (the 合计 keeps the true 2,264).",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "mixed-units", "yuan-standard-wanyuan-amount", "area-quantity", "projects-as-lines", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-fund", "jiangxi"],
  settings: { district: "南昌市", asOf: "2016-02-02" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 52, 16, 18, 16],
      rows: [
        ["南昌市省级标准厂房建设专项补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建筑面积（平方米）", "补助标准（元/平方米）", "补助资金（万元）"],
        [1, "南昌综保区国微产业基地一期标准厂房建设项目", 98000, 100, 980],
        [2, "新建长堎工业园区10万吨现代冷链物流园及仓储交易中心建设项目", 52400, 100, 542],
        [3, "南昌经济技术开发区园区标准厂房建设项目", 76000, 100, 760],
        ["合计", null, 226400, null, 2264],
        ["注：按建筑面积每平方米100元给予省级补助；省级工业园区、产业基地和服务业集聚区的标准厂房，由设区市、县级财政各按每平方米25元配套补助，国家级工业园区的标准厂房由设区市财政按每平方米50元配套补助；企业自建自用的标准厂房不予奖补。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:B7", "A8:E8"],
      numberFormats: { "C4:C7": "#,##0", "E4:E7": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" } },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "52,400㎡ × 100元 = 5,240,000元 = 524万元; 542 typed (18万元 over)" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 2,264; the lines as typed add up to 980 + 542 + 760 = 2,282" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E4", why: "98,000 × 100元 = 980万元" },
      { rule: "composition.line-mismatch", cell: "E6", why: "76,000 × 100元 = 760万元" },
      { rule: "composition.total-mismatch", cell: "C7", why: "226,400㎡ = 98,000 + 52,400 + 76,000 (a count of area, not money)" },
      { rule: "composition.line-rounded", why: "the standard is the policy's own figure: no rounding allowance, and no line within it" },
      { rule: "input.unreadable-value", cell: "A8", why: "the matching rule is a note under the table" },
    ],
  },
};
