import type { CorpusLayout } from "../types";

// 四川 2020年中央预算内投资预算安排 (a news summary of the tables the 省财政厅 posted): money by field — 序号 | 项目类别 | 预算安排（万元） |
// 主要用途, a 其中 line under 文化旅游提升工程 for the three prefectures, 合计 at the foot; built from the article's prose.
export const layout: CorpusLayout = {
  id: "sichuan-2020-central-budget-investment-by-field",
  source: {
    title: "省财政厅公布一批2020年中央预算内投资预算安排情况（安排情况表据正文拟）",
    url: "http://xjmq.com.cn/news/show-2724.aspx",
    publisher: "四川省财政厅（新闻转载）",
    date: "2020",
    changes:
      "The article summarises the posted tables in prose, mixing 亿元 and 万元 (机场 2.16亿元, 文化旅游提升工程 第一批 5.1亿元 of which 近八成 to 甘孜、阿坝、" +
      "凉山, 农村扶贫公路 1.38亿元, 农村饮水安全 4500万元, 农业综合防灾减灾 4461万元). The table is built from that prose in 万元 with the uses the article " +
      "names; the figures are ours. Planted: 合计 typed 95,960 where 21,800 + 50,600 + 13,600 + 4,500 + 4,460 = 94,960 (the 其中 line not counted).",
  },
  classes: ["composition", "allocation-by-field", "qizhong-line", "uses-column", "total-at-foot", "whole-wanyuan", "units-in-headings", "table-from-prose", "province-allocation", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "安排情况",
      widths: [6, 30, 16, 50],
      rows: [
        ["四川省2020年中央预算内投资预算安排情况表（表据正文拟）", null, null, null],
        ["序号", "项目类别", "预算安排（万元）", "主要用途"],
        [1, "中西部支线和西部干线机场", 21800, "阆中机场项目建设"],
        [2, "文化旅游提升工程（第一批）", 50600, "旅游基础设施和公共服务设施、广播电视基础设施、新华书店达标改造及大熊猫国家公园保护利用设施建设"],
        [null, "其中：甘孜、阿坝、凉山三州", 40500, "40余县（市）旅游基础设施和公共服务设施建设"],
        [3, "农村扶贫公路", 13600, "甘孜州康定市瓦泽乡至塔公镇联网公路等7条农村扶贫公路建设"],
        [4, "农村饮水安全巩固提升工程", 4500, "凉山州普格、布拖等7个县及受灾的阿坝州理县、宜宾市长宁县等7个县的工程建设"],
        [5, "农业综合防灾减灾能力建设", 4460, "新建眉山市青神县等14个县（市、区）救灾物资储备库"],
        ["合计", null, 95960, null],
      ],
      merges: ["A1:D1", "A9:B9"],
      numberFormats: { "C3:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "安排情况", kind: "composition", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 95,960, but 21,800 + 50,600 + 13,600 + 4,500 + 4,460 = 94,960 (1,000 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "其中：甘孜、阿坝、凉山三州 40,500 is a share of 文化旅游提升工程's 50,600 (80%), not all of it, and not added into the 合计" },
      { rule: "register.ineligible-location", why: "no register: the places in 主要用途 are 四川's own" },
      { rule: "input.unreadable-value", cell: "D6", why: "主要用途 is prose; its 7条 / 7个县 are counts, no amounts" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
    ],
  },
};
