import type { CorpusLayout } from "../types";

// 渝北区科学技术局 2022-03 notice: firms registered in 渝北区 (not the 两江新区 直管区) that first entered the 重庆市科技型企业 库 in 2021
// get a one-off 1万元. The notice has no list; the award list is ours, laid out as such lists are (序号 | 企业名称 | 统一社会信用代码 |
// 所在镇街 | 奖励金额（万元）, 合计 at the foot), the 1万元 standard given as a catalog.
export const layout: CorpusLayout = {
  id: "yubei-2021-tech-firm-entry-awards",
  source: {
    title: "关于申报2021年度入库重庆市科技型企业奖励的通知（奖励名单据通知拟）",
    url: "http://gqsb.org.cn/cqzczc/47.html",
    publisher: "重庆市渝北区科学技术局",
    date: "2022-06-24",
    changes:
      "The notice states the condition and the one-off 1万元 award; the list is built on it (table from prose): title, headers, firms, " +
      "500112 credit codes, 镇街 of 渝北区 and amounts are ours; the 1万元 standard is the layout's catalog. Planted: one firm awarded 2万元; " +
      "a credit code with a wrong check character; the second firm listed again at the foot of the list.",
  },
  classes: ["register", "fixed-award", "item-in-title", "credit-codes", "towns-as-places", "duplicate-row", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "layout-catalog", "table-from-prose", "county-policy", "chongqing"],
  settings: { district: "重庆市渝北区" },
  catalog: {
    items: [
      { name: "入库重庆市科技型企业奖励", category: "科技创新", capType: "max", capAmount: 1, unit: "万元", year: 2021, document: "渝北区科学技术局通知（2022）" },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 34, 24, 14, 16],
      rows: [
        ["渝北区2021年度入库重庆市科技型企业奖励名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街", "奖励金额（万元）"],
        [1, "重庆渝北瑞驰传感科技有限公司", "91500112MA5U7K3R2Y", "龙溪街道", 1],
        [2, "重庆仙桃数据谷信息技术有限公司", "91500112MA60B4XN85", "仙桃街道", 1],
        [3, "重庆双凤桥航空配件有限公司", "91500112MA5YH2C61M", "双凤桥街道", 1],
        [4, "重庆回兴医疗器械有限公司", "91500112MA61DQ7T3G", "回兴街道", 1],
        [5, "重庆木耳农业科技有限公司", "91500112MA5XP9L04L", "木耳镇", 2],
        [6, "重庆兴隆新材料有限公司", "91500112MA6AC3W852", "兴隆镇", 1],
        [7, "重庆仙桃数据谷信息技术有限公司", "91500112MA60B4XN85", "仙桃街道", 1],
        ["合计", null, null, null, 8],
      ],
      merges: ["A1:E1", "A10:D10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" }, year: 2021, item: "入库重庆市科技型企业奖励" },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "重庆木耳农业科技有限公司: 2 > the one-off 1万元" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "91500112MA61DQ7T3G: the check character for 91500112MA61DQ7T3 is F, not G" },
      { rule: "register.duplicate", cell: "E9", why: "重庆仙桃数据谷信息技术有限公司 (91500112MA60B4XN85) listed again (row 4)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "龙溪、仙桃、双凤桥、回兴街道 and 木耳、兴隆镇 are all in 渝北区" },
      { rule: "composition.total-mismatch", cell: "E10", why: "1 + 1 + 1 + 1 + 2 + 1 + 1 = 8, the 合计 as typed" },
      { rule: "cap.unknown-policy", why: "the title's item is the catalog's" },
      { rule: "register.location-code-mismatch", why: "every code carries 500112 (渝北区)" },
    ],
  },
};
