import type { CorpusLayout } from "../types";

// 房山区促进高精尖产业发展扶持措施（试行） (2025-04-28) as summarised in a table of 北京's districts' support: 市级专精特新
// 20万元, 国家级“小巨人” 50万元 with 晋级差额, rent support of new arrivals 最高1500万元 / 3000万元. Clauses as a catalog
// sheet, the award list (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "beijing-fangshan-specialized-sme-award-measures",
  source: {
    title: "北京16个区县的核心补贴项目、申报条件及官方政策来源（房山区：《房山区促进高精尖产业发展扶持措施（试行）》）",
    url: "https://www.460.net.cn/news/show-308987.html",
    publisher: "房山区（转载汇总）",
    date: "2025-04-28",
    changes:
      "As published: one row per district (所属区县 | 核心补贴项目 | 申报条件 | 官方政策来源); 房山区's cell names three supports in prose. " +
      "Ours: the three supports as clause rows (序号 | 支持事项 | 支持标准 | 政策来源), and an award list of invented firms, codes and amounts. " +
      "Planted: 北京窦店新材料有限公司 given 30万元 under the fixed 20万元 of 市级专精特新; 北京阎村数字科技有限公司's code with a wrong check character; a firm in 通州区宋庄镇.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "top-up-award", "max-cap", "two-maxima-in-one-clause", "item-per-row", "credit-codes", "towns-as-places", "district-policy", "wanyuan-in-header", "total-at-foot", "beijing"],
  sheets: [
    {
      name: "扶持条款",
      widths: [6, 30, 60, 30],
      rows: [
        ["房山区专精特新企业扶持条款", null, null, null],
        ["序号", "支持事项", "支持标准", "政策来源"],
        [1, "市级专精特新中小企业奖励", "对首次认定、首次复审通过的市级专精特新中小企业，给予20万元奖励。", "《房山区促进高精尖产业发展扶持措施（试行）》"],
        [2, "国家级专精特新“小巨人”企业奖励", "对首次认定、首次复审通过的国家级专精特新“小巨人”企业，给予50万元奖励；由市级专精特新晋级的，享受差额奖励。", "《房山区促进高精尖产业发展扶持措施（试行）》"],
        [3, "新引进企业租金补贴", "对新引进的专精特新企业给予租金补贴，最高1500万元；“小巨人”、隐形冠军企业最高3000万元。", "《房山区促进高精尖产业发展扶持措施（试行）》"],
        ["注：申报企业须在房山区注册、具有独立法人资格，对应资质在有效期内，近3年无严重失信、重大安全及环保事故。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 16, 32, 14],
      rows: [
        ["房山区专精特新企业奖励资金拟兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（街道）", "奖励事项", "奖励金额（万元）"],
        [1, "北京燕房精工科技有限公司", "91110111MA01F812XN", "长阳镇", "市级专精特新中小企业奖励", 20],
        [2, "北京良乡智控装备有限公司", "91110111MA01LX34YM", "拱辰街道", "国家级专精特新“小巨人”企业奖励", 50],
        [3, "北京窦店新材料有限公司", "91110111MA01DD56RR", "窦店镇", "市级专精特新中小企业奖励", 30],
        [4, "北京琉璃河医药科技有限公司", "91110111MA01LL78W9", "琉璃河镇", "国家级专精特新“小巨人”企业奖励", 30],
        [5, "北京阎村数字科技有限公司", "91110111MA01YC90TK", "阎村镇", "市级专精特新中小企业奖励", 20],
        [6, "北京宋庄汇智软件有限公司", "91110112MA01P821UH", "通州区宋庄镇", "市级专精特新中小企业奖励", 20],
        ["合计", null, null, null, null, 170],
        ["注：序号4由市级专精特新晋级为国家级“小巨人”，按差额30万元兑现。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:E9", "A10:F10"],
    },
  ],
  settings: { district: "房山区", asOf: "2025-10-31" },
  expect: {
    tables: [
      { sheet: "扶持条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" } },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F5", why: "市级专精特新中小企业奖励 is a fixed 20万元; 北京窦店新材料有限公司 is given 30" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C7", why: "91110111MA01YC90TK: the GB 32100-2015 check character of 91110111MA01YC90T is R, not K" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "D8", why: "通州区宋庄镇 lies outside 房山区" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F6", why: "30万元 差额 under the 小巨人's 50万元" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F9", why: "合计 170 = 20 + 50 + 30 + 30 + 20 + 20" },
      { rule: "register.ineligible-location", sheet: "奖励名单", cell: "D3", why: "长阳镇, 拱辰街道, 窦店镇, 琉璃河镇, 阎村镇 are towns and streets of 房山区" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", why: "each row's 奖励事项 is a clause of the catalog sheet" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
