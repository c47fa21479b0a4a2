import type { CorpusLayout } from "../types";

// 武汉市江夏区 (湖北) awards for new agricultural entities, as a consultancy's 2023 digest of 武汉 family-farm support quotes
// them: fixed one-off awards for 省级及以上 co-operatives and family farms, levelled awards for 市级 / 省级 / 国家级 农业龙头企业 in
// one sentence, 区级示范家庭农场 and 核心科技示范户. Laid out as the catalog (one award a row, the standard in words) and, on a
// second sheet, a year's award list against it.
export const layout: CorpusLayout = {
  id: "jiangxia-2023-new-agri-entities-award-catalog",
  source: {
    title: "武汉市家庭农场补贴，2023年示范家庭农场申报条件、材料总览（江夏区奖励政策）",
    url: "http://m.kj49.cn/display/78686.html",
    publisher: "卧涛科技（转述江夏区政策）",
    date: "2023-02-22",
    changes:
      "The five 江夏区 award sentences are as published, one to a row (序号 | 奖励项目 | 奖励标准; the 奖励项目 names are ours, taken from " +
      "the wording); the city's 300万元 for 60 市级示范家庭农场 (a sum for all, no award's cap) is left out. The award list on the second " +
      "sheet is ours (entities, 江夏区 codes 420115, streets, amounts). Planted: 楚禾农业 35 as a 农业龙头企业 (largest level 30); 法泗稻香 " +
      "co-operative 5 against the fixed 3; 奓山绿野 co-operative placed in 蔡甸区.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "fixed-awards", "date-conditions-not-caps",
    "credit-codes", "dash-for-no-code", "household-without-code", "towns-as-places", "item-per-row", "wanyuan-in-header",
    "total-at-foot", "district-policy", "hubei",
  ],
  settings: { district: "武汉市江夏区", asOf: "2023-12-31" },
  sheets: [
    {
      name: "奖励政策",
      widths: [6, 24, 90],
      rows: [
        ["江夏区新型农业经营主体奖励政策（摘录）", null, null],
        ["序号", "奖励项目", "奖励标准"],
        [1, "农民合作社示范社奖励", "对首次获批省级及以上农民合作社示范社一次性奖励3万元。"],
        [2, "家庭农场奖励", "对首次获批省级及以上家庭农场一次性奖励5万元。"],
        [3, "农业龙头企业奖励", "对首次获批市级农业龙头企业、省级农业龙头企业、国家级农业龙头企业分别一次性奖励5万元、10万元、30万元。"],
        [4, "区级示范家庭农场奖励", "对2022年被评为区级示范家庭农场的，一次性给予每家5万元奖励。"],
        [5, "核心科技示范户奖励", "对2021年元月之后被评为武汉市核心科技示范户的，一次性奖励0.5万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 16, 22, 16],
      rows: [
        ["江夏区新型农业经营主体奖励拟兑现名单", null, null, null, null, null],
        ["序号", "经营主体名称", "统一社会信用代码", "所在街道", "奖励项目", "奖励金额（万元）"],
        [1, "武汉市江夏区金口绿源种养专业合作社", "93420115MA6U8XL0CH", "金口街道", "农民合作社示范社奖励", 3],
        [2, "武汉市江夏区山坡丰禾家庭农场", "92420115MAFEL93X1J", "山坡街道", "家庭农场奖励", 5],
        [3, "武汉楚禾农业发展有限公司", "91420115MAUEMPEQC8", "郑店街道", "农业龙头企业奖励", 35],
        [4, "武汉梁子湖水产科技有限公司", "91420115MAE4U6CDCT", "湖泗街道", "农业龙头企业奖励", 10],
        [5, "武汉市江夏区舒安湖畔家庭农场", "92420115MA4DUEKYTF", "舒安街道", "区级示范家庭农场奖励", 5],
        [6, "武汉市蔡甸区奓山绿野种植专业合作社", "93420114MADTGD8DHY", "蔡甸区奓山街道", "农民合作社示范社奖励", 3],
        [7, "武汉市江夏区法泗稻香种植专业合作社", "93420115MARW9KXH8H", "法泗街道", "农民合作社示范社奖励", 5],
        [8, "武汉市江夏区五里界果香家庭农场", "92420115MA90HMBRXQ", "五里界街道", "家庭农场奖励", 5],
        [9, "武汉乌龙泉生态农业有限公司", "91420115MAW02L6LF9", "乌龙泉街道", "农业龙头企业奖励", 5],
        [10, "武汉市江夏区安山绿园家庭农场", "92420115MAUP8HJJ0P", "安山街道", "区级示范家庭农场奖励", 5],
        [11, "王建华", "—", "湖泗街道", "核心科技示范户奖励", 0.5],
        ["合计", null, null, null, null, 81.5],
      ],
      merges: ["A1:F1", "A14:E14"],
      numberFormats: { "F3:F14": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励政策", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
      },
    ],
    findings: [
      {
        rule: "cap.exceeded",
        sheet: "兑现名单",
        cell: "F5",
        why: "农业龙头企业奖励: 市级 / 省级 / 国家级 5 / 10 / 30万元 in one sentence; a row naming no level is allowed at most 30: 35 is 5万元 over",
      },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "农民合作社示范社奖励 is a fixed 3万元: 5 is 2万元 over" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D8", why: "奓山街道 is in 蔡甸区, not 江夏区" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C3", why: "a fixed 3万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C5", why: "levels in one sentence (分别…5万元、10万元、30万元): at most 30万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C6", why: "每家5万元: 2022年 is when the farm was rated, no amount" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C7", why: "a fixed 0.5万元; 2021年元月之后 is a date condition" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "梁子湖水产 10 ≤ 30" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F13", why: "核心科技示范户 0.5 = the fixed 0.5万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "区级示范家庭农场 5 = 每家5万元" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C13", why: "a dash: a household with no code" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F14", why: "合计 81.5 = 3 + 5 + 35 + 10 + 5 + 3 + 5 + 5 + 5 + 5 + 0.5" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D4", why: "山坡街道 is a street of 江夏区" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every row's 奖励项目 is a catalog item" },
    ],
  },
};
