import type { CorpusLayout } from "../types";

// 河南省人民政府 2018-07 通报 of the 2017年度产业集聚区 and 服务业“两区” appraisal: 优秀产业集聚区 500万元 each, a first rise in stars 300万元 —
// laid out as the award list 序号 | 省辖市 | 名称 | 奖励类别 | 奖励资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "henan-2017-industrial-cluster-star-awards-list",
  source: {
    title: "河南省表彰20个优秀产业集聚区 郑州占4席（2017年度优秀产业集聚区、晋星产业集聚区和服务业“两区”奖励名单表据正文拟）",
    url: "http://news.yuduxx.com/mszx/813111.html",
    publisher: "河南省人民政府（豫都网转载）",
    date: "2020-01-14",
    changes:
      "The report is prose: 20 优秀产业集聚区 at 500万元 each, 22 产业集聚区 and 31 服务业“两区” first rising to their star at 300万元 each, naming " +
      "郑州经济技术产业集聚区, 郑州航空港, 长葛市, 济源市虎岭, 禹州市 (in both lists) and 许昌市魏都区特色商业区. The list is built from it " +
      "(表据正文拟), cut to nine rows; 鹿邑县产业集聚区 and every amount typed are ours, the 500 / 300 standards are the report's. Planted: " +
      "郑州航空港产业集聚区 listed twice as 优秀; 鹿邑县产业集聚区 given 500 for a first star rise (300).",
  },
  classes: ["register", "award-list", "item-column", "fixed-awards", "zones-as-payees", "same-payee-two-items", "cities-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "year-in-title", "table-from-prose", "news-report", "province-award", "henan"],
  settings: { district: "河南省", asOf: "2018-07-12" },
  catalog: {
    items: [
      { name: "优秀产业集聚区", capType: "fixed", capAmount: 500, unit: "万元", year: 2017, document: "河南省产业集聚区考核评价办法（各奖励500万元）" },
      { name: "首次晋升星级产业集聚区", capType: "fixed", capAmount: 300, unit: "万元", year: 2017, document: "河南省产业集聚区考核评价办法（各奖励300万元）" },
      { name: "首次晋升星级服务业“两区”", capType: "fixed", capAmount: 300, unit: "万元", year: 2017, document: "河南省产业集聚区考核评价办法（各奖励300万元）" },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 30, 26, 16],
      rows: [
        ["2017年度产业集聚区和服务业“两区”考核评价奖励名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "省辖市", "名称", "奖励类别", "奖励资金（万元）"],
        [1, "郑州市", "郑州经济技术产业集聚区", "优秀产业集聚区", 500],
        [2, "郑州市", "郑州航空港产业集聚区", "优秀产业集聚区", 500],
        [3, "许昌市", "长葛市产业集聚区", "优秀产业集聚区", 500],
        [4, "许昌市", "禹州市产业集聚区", "优秀产业集聚区", 500],
        [5, "济源市", "济源市虎岭产业集聚区", "优秀产业集聚区", 500],
        [6, "郑州市", "郑州航空港产业集聚区", "优秀产业集聚区", 500],
        [7, "许昌市", "禹州市产业集聚区", "首次晋升星级产业集聚区", 300],
        [8, "周口市", "鹿邑县产业集聚区", "首次晋升星级产业集聚区", 500],
        [9, "许昌市", "许昌市魏都区特色商业区", "首次晋升星级服务业“两区”", 300],
        ["合计", null, null, null, 4100],
      ],
      merges: ["A1:E1", "A13:D13"],
      numberFormats: { "E4:E13": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 13, columns: { B: "place", C: "enterprise", D: "item", E: "approved" }, year: 2017 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E9", why: "郑州航空港产业集聚区 listed again as 优秀产业集聚区 after row 5, same item and year" },
      { rule: "cap.exceeded", cell: "E11", why: "鹿邑县产业集聚区 given 500 for 首次晋升星级产业集聚区, a fixed 300: 200万元 over" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E10", why: "禹州市产业集聚区 again, but for 首次晋升星级 — another item (the report names it in both lists)" },
      { rule: "cap.exceeded", cell: "E13", why: "the 合计 4100 (6 × 500 + 300 + 500 + 300) is no award" },
      { rule: "cap.exceeded", cell: "E12", why: "许昌市魏都区特色商业区 300, its item's fixed 300" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is in the catalog" },
      { rule: "register.ineligible-location", why: "every 省辖市 (济源市 included) is in 河南省" },
    ],
  },
};
