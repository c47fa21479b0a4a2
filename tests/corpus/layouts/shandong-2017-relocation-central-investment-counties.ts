import type { CorpusLayout } from "../types";

// 大众日报 2017-05: 国家发改委's 2017 易地扶贫搬迁 中央预算内投资 — 7000元 a person in the east and middle; 山东 6955.2万元 for 9936 建档立卡
// people, passed on by 省发改委 to six counties (历城区 476, 东平县 3143, 五莲县 522.2, 费县 1031.1, 沂南县 192.5, 鄄城县 1590.4万元).
export const layout: CorpusLayout = {
  id: "shandong-2017-relocation-central-investment-counties",
  source: {
    title: "山东易地扶贫搬迁工程获2017年中央预算内投资6955.2万元（分县分解表据报道拟）",
    url: "http://fsyangtai.com/news/201705/02/t20170502_22486000.shtml",
    publisher: "大众日报 (page as stored by a mirror)",
    date: "2017-05-02",
    changes:
      "As published: the standard 7000元 a person, the total 6955.2万元 for 9936 people and the six counties with their amounts. The report is prose: " +
      "the table (序号 | 市 | 县（市、区） | 人口 | 补助标准（元/人） | 中央预算内投资（万元）, 合计, the note) and the head-counts (each county's amount / " +
      "7000元, adding up to the published 9936) are ours. Planted: 五莲县's amount typed 552.2 where 746 people × 7000元 = 522.2 (the published figure), " +
      "so the counties add up to 6985.2 against the 合计 6955.2.",
  },
  classes: ["composition", "allocation-by-county", "unit-times-quantity", "standard-heading", "mixed-units", "yuan-standard-wanyuan-amount", "count-columns", "city-column", "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong"],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "分解表",
      widths: [6, 10, 14, 24, 18, 24],
      rows: [
        ["易地扶贫搬迁工程2017年中央预算内投资计划分解表", null, null, null, null, null],
        ["序号", "市", "县（市、区）", "搬迁建档立卡贫困人口（人）", "补助标准（元/人）", "中央预算内投资（万元）"],
        [1, "济南市", "历城区", 680, 7000, 476],
        [2, "泰安市", "东平县", 4490, 7000, 3143],
        [3, "日照市", "五莲县", 746, 7000, 552.2],
        [4, "临沂市", "费县", 1473, 7000, 1031.1],
        [5, "临沂市", "沂南县", 275, 7000, 192.5],
        [6, "菏泽市", "鄄城县", 2272, 7000, 1590.4],
        ["合计", null, null, 9936, null, 6955.2],
        ["注：按东中部地区人均7000元标准安排，主要用于安置区住房建设。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:C9", "A10:F10"],
      numberFormats: { "F3:F9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分解表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { C: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "五莲县 746 people × 7000元 = 522.2万元, typed 552.2 (30万元 over)" },
      { rule: "composition.total-mismatch", cell: "F9", why: "合计 6955.2 where the counties add up to 476 + 3143 + 552.2 + 1031.1 + 192.5 + 1590.4 = 6985.2 (30万元 apart)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "4490 × 7000元 = 3143万元" },
      { rule: "composition.line-mismatch", cell: "F7", why: "275 × 7000元 = 192.5万元" },
      { rule: "composition.line-mismatch", cell: "F6", why: "1473 × 7000元 = 1031.1万元" },
      { rule: "composition.total-mismatch", cell: "D9", why: "9936 = 680 + 4490 + 746 + 1473 + 275 + 2272, people, never added into the money" },
      { rule: "composition.line-rounded", why: "a 补助标准 is the policy's own figure: every other line is exact" },
      { rule: "register.ineligible-location", why: "历城区, 东平县, 五莲县, 费县, 沂南县 and 鄄城县 are in 山东省" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
