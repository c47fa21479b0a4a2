import type { CorpusLayout } from "../types";

// 鹰潭市农业农村粮食局 2024-06-14: 鹰潭市农业产业化高质量发展若干政策措施（征求意见稿） — fixed awards of 50万元 to the ten largest
// investors, 20万元 each with at most 30万元 a firm, 5万元 for a 全国名特优新 product, a provincial 健康养殖场, a base or agreement, and
// a firm buying local produce. Laid out as the measures, and a list of the year's proposed awards on a second sheet.
export const layout: CorpusLayout = {
  id: "yingtan-2024-agri-industrialisation-measures",
  source: {
    title: "鹰潭市农业产业化高质量发展若干政策措施（征求意见稿）",
    url: "https://www.chacewang.com/newsdetail/news721005.html",
    publisher: "鹰潭市农业农村粮食局",
    date: "2024-06-14",
    changes:
      "The stored copy gives the draft as fragments: the standards' wording is the published fragments (每个奖励20万元（以会计事务所认定为准），单个企业最高奖励不超过30万元" +
      "（投资额以会计事务所审核数据为准）; 全市按照投资额奖励前10名企业，一次性给予该企业奖励50万元; 全国名特优新农产品一次性奖励5万元; 省级以上健康养殖场一次性给予5万元; " +
      "每个基地或协议奖励5万元; 7.企业购买本地农产品奖励政策，每个企业奖励5万元). The short names of the measures (except 7's, as published), their order, and " +
      "the award list (bodies, codes of 鹰潭 3606xx, counties, amounts) are ours; the fragments whose award the copy cuts off (电子商务, 带动就业) are left out. " +
      "Planted: 龙虎山生态食品 given 40万元 under the investment award (at most 30万元 a firm); 余江 稻米合作社 given 10万元 for a 名特优新 product (5万元).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "max-cap", "per-unit-award", "draft-for-comment", "item-column", "credit-codes", "counties-as-places", "city-wide-fund", "cooperative-among-firms", "wanyuan-caption", "total-at-foot", "jiangxi"],
  settings: { district: "江西省鹰潭市" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 28, 90],
      rows: [
        ["鹰潭市农业产业化高质量发展若干政策措施（征求意见稿）", null, null],
        ["序号", "政策事项", "奖励标准"],
        [1, "投资额前10名企业奖励", "全市按照投资额奖励前10名企业，一次性给予该企业奖励50万元。"],
        [2, "农业龙头企业投资奖励", "每个奖励20万元（以会计事务所认定为准），单个企业最高奖励不超过30万元（投资额以会计事务所审核数据为准）。"],
        [3, "全国名特优新农产品奖励", "当年农产品获得全国名特优新农产品一次性奖励5万元。"],
        [4, "省级以上健康养殖场奖励", "获得省级以上健康养殖场一次性给予5万元的资金奖励。"],
        [5, "基地或协议奖励", "每个基地或协议奖励5万元。"],
        [7, "企业购买本地农产品奖励政策", "每个企业奖励5万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 30, 22, 14, 26, 12, 16],
      rows: [
        ["2024年度鹰潭市农业产业化高质量发展奖励资金拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, "单位：万元", null],
        ["序号", "申报主体", "统一社会信用代码", "所在县（市、区）", "奖励事项", "奖励金额", "备注"],
        [1, "鹰潭市信江农业发展有限公司", "91360600MA38K7Q2XK", "月湖区", "投资额前10名企业奖励", 50, null],
        [2, "鹰潭市信江农业发展有限公司", "91360600MA38K7Q2XK", "月湖区", "农业龙头企业投资奖励", 20, null],
        [3, "江西龙虎山生态食品有限公司", "91360602MA39D4H1LA", "月湖区", "农业龙头企业投资奖励", 40, "两个项目"],
        [4, "余江区绿源稻米专业合作社", "93360603MA39G2K7RC", "余江区", "全国名特优新农产品奖励", 10, null],
        [5, "鹰潭锦江禽业有限公司", "91360603MA3A6N8P23", "余江区", "省级以上健康养殖场奖励", 5, null],
        [6, "贵溪市天禄果业有限公司", "91360681MA38W5T3CW", "贵溪市", "企业购买本地农产品奖励政策", 5, null],
        [7, "贵溪市天禄果业有限公司", "91360681MA38W5T3CW", "贵溪市", "全国名特优新农产品奖励", 5, null],
        ["合计", null, null, null, null, 135, null],
      ],
      merges: ["A1:G1", "F2:G2", "A11:E11"],
      numberFormats: { "F4:F11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F6", why: "农业龙头企业投资奖励: 单个企业最高奖励不超过30万元; 40.00 given, 10.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F7", why: "全国名特优新农产品奖励 is a fixed 5万元; 10.00 given, 5.00万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F4", why: "投资额前10名 50.00, the fixed 50万元" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F5", why: "20.00, the award per investment and within 30万元 a firm" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F11", why: "合计 135.00 = 50 + 20 + 40 + 10 + 5 + 5 + 5 is no award" },
      { rule: "register.duplicate", sheet: "拟奖励名单", why: "信江 and 天禄 twice each, under two different measures" },
      { rule: "register.ineligible-location", sheet: "拟奖励名单", why: "月湖区, 余江区 and 贵溪市 are 鹰潭's own districts and city" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "a fixed 5万元; 全国名特优新 names the product's standing, no amount" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C6", why: "a fixed 5万元; 省级以上 is a level, not an amount with 以上" },
      { rule: "cap.unknown-policy", sheet: "拟奖励名单", why: "every 奖励事项 is a row of the measures sheet" },
    ],
  },
};
