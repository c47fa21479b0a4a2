import type { CorpusLayout } from "../types";

// 海口网 2020-11-19: 《海口市加快高新技术产业发展的若干措施（试行）》, three years — 1500万元 for a listing, 50万元 for a first recognition, 10万元
// for a renewed one, 5万元 for entering the cultivation pool, 50万元 for a firm moving in whole. Four of its clauses are set out as the measures'
// catalog (序号 | 奖励类别 | 奖励标准), beside an award list of our own — 企业名称 | 统一社会信用代码 | 所在区 | 奖励类别 | 奖励金额（万元）.
export const layout: CorpusLayout = {
  id: "haikou-2020-hitech-industry-measures-awards",
  source: {
    title: "最高1500万元！海口出台措施奖励这类企业！（《海口市加快高新技术产业发展的若干措施（试行）》；兑现名单为本库拟）",
    url: "http://www.hkwb.net/news/content/2020-11/19/content_3921272.htm",
    publisher: "海口网（海口市人民政府）",
    date: "2020-11-19",
    changes:
      "As published: the clauses' wording (listing 1500万元; first recognition 50万元; renewed recognition 10万元; cultivation pool 5万元). Cut: " +
      "the clause for firms moving in (50万元 and then 30% of the city's share of their income tax for two years). The award list is ours: firms, " +
      "codes, districts and amounts. Planted: 海口南渡江环保科技 given 20 for a renewed recognition (10 at most); 三亚鹿回头软件科技 placed in " +
      "三亚市吉阳区, outside 海口.",
  },
  classes: ["catalog", "register", "fixed-awards", "catalog-in-workbook", "item-column", "districts-as-places", "development-zone-as-place", "credit-codes", "total-at-foot", "wanyuan-in-header", "news-report", "city-policy", "hainan"],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 30, 80],
      rows: [
        ["海口市加快高新技术产业发展的若干措施（试行）（摘录）", null, null],
        ["序号", "奖励类别", "奖励标准"],
        [1, "首次通过认定的高新技术企业奖励", "对海口市首次通过认定的高新技术企业，一次性给予50万元奖励。"],
        [2, "再次通过认定的高新技术企业奖励", "对再次通过认定的高新技术企业，一次性给予10万元奖励。"],
        [3, "高新技术企业培育库新入库奖励", "符合国家科技型中小企业评价条件或者自主申报高新技术企业未通过认定的企业，经企业申请纳入高新技术企业培育库，新入库企业一次性给予5万元发展奖励。"],
        [4, "高新技术企业首次公开发行股票并上市奖励", "在海口市注册的高新技术企业，在沪深证券交易所（含科创板）首次公开发行股票并上市的，给予1500万元奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 34, 14],
      rows: [
        ["2021年海口市高新技术产业发展奖励资金拟兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "奖励类别", "奖励金额（万元）"],
        [1, "海南椰风数字科技有限公司", "91460106MAME58FK8E", "龙华区", "首次通过认定的高新技术企业奖励", 50],
        [2, "海口琼北生物医药有限公司", "91460108MABB9MDRXE", "美兰区", "首次通过认定的高新技术企业奖励", 50],
        [3, "海南海岸线新材料有限公司", "91460105MAJ13F069F", "秀英区", "再次通过认定的高新技术企业奖励", 10],
        [4, "海口南渡江环保科技有限公司", "91460107MALUYGG111", "琼山区", "再次通过认定的高新技术企业奖励", 20],
        [5, "海南云洋智能装备有限公司", "91460100MAT4EQTK9P", "海口国家高新区", "高新技术企业培育库新入库奖励", 5],
        [6, "三亚鹿回头软件科技有限公司", "91460203MAYND6MM75", "三亚市吉阳区", "首次通过认定的高新技术企业奖励", 50],
        [7, "海南自贸港芯片设计有限公司", "91460106MAUW47TD2E", "龙华区", "首次通过认定的高新技术企业奖励", 50],
        ["合计", null, null, null, null, 235],
      ],
      merges: ["A1:F1", "A10:E10"],
      numberFormats: { "F3:F10": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "再次通过认定的高新技术企业奖励 is a fixed 10万元; 20 given: 10万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D8", why: "三亚市吉阳区 is another city's district, outside 海口市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C5", why: "a fixed 5万元; the conditions for entering the pool name no sum" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C6", why: "a fixed 1500万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "50 is exactly the first-recognition award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "5 is exactly the pool award" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D7", why: "海口国家高新区 lies in 海口" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D5", why: "秀英区 is a district of 海口" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", cell: "C7", why: "460100 is 海口 itself" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 of the list is a clause of the first sheet" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F10", why: "50 + 50 + 10 + 20 + 5 + 50 + 50 = 235" },
      { rule: "register.duplicate", why: "no firm twice" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
