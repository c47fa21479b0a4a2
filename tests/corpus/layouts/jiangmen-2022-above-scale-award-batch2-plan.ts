import type { CorpusLayout } from "../types";

// 江门市工业和信息化局 2022: the call for the second batch of the city's 促进工业企业上规模专项资金 — firms that went 小升规 in 2020 (or 2019) and grew their
// value added by 10% or more, 每家企业奖励10万元, the counties to vet and send them up. Laid out as the city-wide 资金项目计划表 that follows such a call:
// 序号 | 县（市、区） | 企业名称 | 统一社会信用代码 | 奖励金额, 单位 in a caption, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiangmen-2022-above-scale-award-batch2-plan",
  source: {
    title: "关于组织开展2022年江门市促进工业企业上规模专项资金（第二批）申报审核工作的通知（资金项目计划表据正文拟）",
    url: "http://baoyang8.com.cn/news/zhengcetongzhi-17290.html",
    publisher: "江门市工业和信息化局",
    date: "2022",
    changes:
      "As published: the fund and batch, the rule (江工信中小〔2021〕20号; 2020年小升规 firms growing 10% in 2021, 2019年小升规 firms growing 10% in both 2020 " +
      "and 2021), 每家企业奖励10万元, the conditions (江门 registration, 一套表 reporting, three years of good credit). The call states no list: the " +
      "计划表 form (after the first batch's annex), nine firms across the seven counties and districts, and their codes are ours. Planted: " +
      "江门市新会区圭峰食品 listed twice (序号 3 and 9); a 佛山市高明区 firm in the 江门 list.",
  },
  classes: [
    "register", "catalog-json", "fixed-cap", "item-in-title", "batch-in-title", "credit-codes", "counties-as-places", "wanyuan-caption",
    "whole-wanyuan", "total-at-foot", "notes-under-table", "excerpt", "table-from-prose", "city-list", "guangdong",
  ],
  settings: { district: "江门市" },
  sheets: [
    {
      name: "计划表",
      widths: [6, 16, 36, 22, 14],
      rows: [
        ["2022年江门市促进工业企业上规模专项资金（第二批）资金项目计划表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "奖励金额"],
        [1, "蓬江区", "江门市蓬江区华盛五金制品有限公司", "91440703MA2N2KB4RF", 10],
        [2, "江海区", "江门市江海区科力电子有限公司", "91440704MAB42NW6L0", 10],
        [3, "新会区", "江门市新会区圭峰食品有限公司", "91440705MAQJKF4T65", 10],
        [4, "台山市", "台山市广海水产加工有限公司", "91440781MAKFJPQPU2", 10],
        [5, "开平市", "开平市水口卫浴有限公司", "91440783MAYQ59PG4C", 10],
        [6, "鹤山市", "鹤山市共和纺织有限公司", "91440784MAXJT09U7U", 10],
        [7, "佛山市高明区", "佛山市高明区荷城塑料制品有限公司", "91440608MARYH47N9P", 10],
        [8, "恩平市", "恩平市圣堂麦克风有限公司", "91440785MA4Q50UD87", 10],
        [9, "新会区", "江门市新会区圭峰食品有限公司", "91440705MAQJKF4T65", 10],
        ["合计", null, null, null, 90],
        ["说明：对2020年“小升规”且在2021年工业增加值增长超过10%（含10%）、2019年“小升规”且在2020年及2021年每年工业增加值增长均超过10%的工业企业进行奖励，每家企业奖励10万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:D13", "A14:E14"],
    },
  ],
  catalog: {
    items: [
      { name: "促进工业企业上规模专项资金", capType: "fixed", capAmount: 10, unit: "万元", year: 2022, document: "江工信中小〔2021〕20号（每家企业奖励10万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "计划表", kind: "register", unit: "万元", headerRow: 3, lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2022, item: "促进工业企业上规模专项资金",
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E12", why: "江门市新会区圭峰食品有限公司 (91440705MAQJKF4T65) again at 序号 9 for the same fund and year; first at 序号 3 (row 6)" },
      { rule: "register.ineligible-location", cell: "B10", why: "佛山市高明区 is a district of 佛山市, outside 江门市" },
    ],
    absent: [
      { rule: "cap.exceeded", why: "every award is the fixed 10万元" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item 促进工业企业上规模专项资金, the batch （第二批） after it" },
      { rule: "register.ineligible-location", cell: "B4", why: "蓬江区、江海区、新会区 are 江门's districts; 台山、开平、鹤山、恩平 its county-level cities" },
      { rule: "register.location-code-mismatch", cell: "D10", why: "the 高明区 row is placed outside the district, reported as such, not as a code naming another authority" },
      { rule: "composition.total-mismatch", cell: "E13", why: "合计 90 = 9 × 10, the repeated firm as typed" },
      { rule: "register.invalid-credit-code", why: "all nine codes carry their check character" },
      { rule: "cap.exceeded", cell: "E13", why: "合计 is no award" },
      { rule: "input.unreadable-value", cell: "A14", why: "the 说明 is prose under the table" },
    ],
  },
};
