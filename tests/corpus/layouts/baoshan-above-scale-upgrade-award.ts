import type { CorpusLayout } from "../types";

// 保山市 (云南): the province's first batch of awards for firms grown from 规模以下 to 规模以上 — 20万元 a firm, 30万元 for a firm of a 战略性
// 新兴工业 — as a 保山 news item reports (two 保山 firms, 40万元). Laid out as the city's list of such firms: 县（市、区） | 企业名称 | 统一社会信用代码 |
// 类别 naming the award | 奖励资金（万元）, 合计.
export const layout: CorpusLayout = {
  id: "baoshan-above-scale-upgrade-award",
  source: {
    title: "保山两家企业获省级第一批规模以下升规模以上企业奖励资金40万元（云南省工信委纳规入统培育）",
    url: "https://0668gm.com/html/sdyw..info104710196.html",
    publisher: "（保山）杨志敏 报道；云南省工业和信息化委员会",
    changes:
      "As published: the standard (20万元 a firm, 30万元 for a 战略性新兴工业 firm), the first batch and the two 保山 firms' 40万元 (20 each). The " +
      "news item gives no table: the list's layout, the firms (invented names in place of the two named, plus five more), codes and 县区 are " +
      "ours, and the year is not stated (the item predates the 工信委 becoming 工信厅 in 2018). Planted: 龙陵's 黄龙玉 firm (类别 普通) given 30万元; 腾冲's 极边 firm with a wrong check character; a firm " +
      "placed in 芒市 (德宏州), outside 保山市.",
  },
  classes: ["register", "item-column", "fixed-cap", "two-levels-of-award", "credit-codes", "counties-as-places", "city-district", "no-year-stated", "wanyuan-in-header", "news-report", "yunnan"],
  settings: { district: "保山市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 30, 22, 34, 14],
      rows: [
        ["保山市规模以下升规模以上工业企业奖励资金名单（省级第一批）", null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "类别", "奖励资金（万元）"],
        [1, "隆阳区", "保山永昌农业科技有限公司", "91530502MA6R7K2H3N", "规模以下升规模以上企业奖励", 20],
        [2, "隆阳区", "保山瑞丽江电子科技有限公司", "91530502MA6Y8L3C6C", "规模以下升规模以上企业奖励（战略性新兴工业）", 30],
        [3, "施甸县", "施甸善洲食品有限公司", "91530521MA6T3N8W54", "规模以下升规模以上企业奖励", 20],
        [4, "龙陵县", "龙陵黄龙玉工艺品有限公司", "91530524MA6U5P4D7Q", "规模以下升规模以上企业奖励", 30],
        [5, "腾冲市", "腾冲极边生物制药有限公司", "91530581MA6W2Q6F9H", "规模以下升规模以上企业奖励（战略性新兴工业）", 30],
        [6, "芒市", "德宏南亚咖啡加工有限公司", "91533103MA6X4R1J2C", "规模以下升规模以上企业奖励", 20],
        ["合计", null, null, null, null, 150],
      ],
      merges: ["A1:F1", "A9:E9"],
      numberFormats: { "F3:F9": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "规模以下升规模以上企业奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "云南省工信委 规模以上工业企业培育（每户一次性奖励20万元）" },
      {
        name: "规模以下升规模以上企业奖励（战略性新兴工业）",
        capType: "fixed",
        capAmount: 30,
        unit: "万元",
        document: "云南省工信委 规模以上工业企业培育（属于战略性新兴工业的企业每户一次性奖励30万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "龙陵黄龙玉: 规模以下升规模以上企业奖励 is a fixed 20万元; 30 is 10万元 over" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91530581MA6W2Q6F9H: the check character for 91530581MA6W2Q6F9 is G, not H" },
      { rule: "register.ineligible-location", cell: "B8", why: "芒市 is a city of 德宏州, not of 保山市 (隆阳区, 施甸县, 龙陵县, 昌宁县, 腾冲市)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "保山瑞丽江电子 is a 战略性新兴工业 firm: its fixed award is 30" },
      { rule: "cap.exceeded", cell: "F9", why: "合计 150 is no award" },
      { rule: "cap.unknown-policy", why: "both 类别 are items of the catalog" },
      { rule: "register.ineligible-location", cell: "B7", why: "腾冲市 is a county-level city of 保山市" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "register.location-code-mismatch", cell: "D3", why: "530502 is 隆阳区, where the row places the firm" },
    ],
  },
};
