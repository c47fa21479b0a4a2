import type { CorpusLayout } from "../types";

// 内蒙古新闻网 2026-01-05: 锡林郭勒盟 in 2025 newly recognised 29 创新型中小企业 and gave them 290万元 from the 盟级工业发展专项资金 (10万元 each).
// Laid out as the league's award allocation by 旗县市（区）: 序号 | 旗县市（区） | 企业名称 | 统一社会信用代码 | 奖励资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "xilingol-2025-innovative-sme-award-allocation",
  source: {
    title: "锡林郭勒盟新认定各类优质中小企业41家（2025年新认定创新型中小企业奖励资金分配表据正文拟）",
    url: "http://inews.nmgnews.com.cn/system/2026/01/05/030290813.shtml",
    publisher: "锡林郭勒盟工业和信息化局（内蒙古新闻网报道）",
    date: "2026-01-05",
    changes:
      "As published (in prose): 29 new 创新型中小企业 in 2025, 奖励290万元 from the 盟级工业发展专项资金 — 10万元 each, kept as the note and as the " +
      "catalog's fixed award. Laid out as an allocation by 旗县市（区）, an excerpt of nine rows; firms, codes and awards are ours. Planted: 多伦县 " +
      "滦源新材料 awarded 15 against the fixed 10; 太仆寺旗御马农牧科技 listed again at 序号 9.",
  },
  classes: [
    "register", "fixed-award", "credit-codes", "banners-and-counties-as-places", "unit-in-header", "whole-wanyuan", "total-at-foot", "excerpt",
    "notes-under-table", "table-from-prose", "news-report", "league-fund", "neimenggu",
  ],
  settings: { district: "锡林郭勒盟" },
  catalog: {
    items: [
      { name: "新认定创新型中小企业奖励", category: "优质中小企业梯度培育", capType: "fixed", capAmount: 10, unit: "万元", year: 2025, document: "盟级工业发展专项资金（每户一次性奖励10万元）" },
    ],
  },
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 36, 24, 14],
      rows: [
        ["2025年新认定创新型中小企业奖励资金分配表（摘录）", null, null, null, null],
        ["序号", "旗县市（区）", "企业名称", "统一社会信用代码", "奖励资金（万元）"],
        [1, "锡林浩特市", "锡林浩特市草原云数科技有限公司", "91152502MA0Q3KD714", 10],
        [2, "二连浩特市", "二连浩特市口岸通达物流装备有限公司", "91152501MA0R5LT42Q", 10],
        [3, "太仆寺旗", "太仆寺旗御马农牧科技有限公司", "91152527MA13UK8H6J", 10],
        [4, "多伦县", "多伦县滦源新材料有限公司", "91152531MA0PYB2X37", 15],
        [5, "正蓝旗", "正蓝旗查干伊德食品有限公司", "91152530MA7H4EL909", 10],
        [6, "西乌珠穆沁旗", "西乌珠穆沁旗白音华能源装备有限公司", "91152526MA0N6QR58T", 10],
        [7, "东乌珠穆沁旗", "东乌珠穆沁旗乌珠穆沁肉业有限公司", "91152525MA13W2FC1M", 10],
        [8, "阿巴嘎旗", "阿巴嘎旗浑善达克生物科技有限公司", "91152522MA7F9GJ84N", 10],
        [9, "太仆寺旗", "太仆寺旗御马农牧科技有限公司", "91152527MA13UK8H6J", 10],
        ["合计", null, null, null, 95],
        ["注：对2025年新认定的创新型中小企业，由盟级工业发展专项资金每户给予一次性奖励10万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:D12", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2025,
        item: "新认定创新型中小企业奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E6", why: "新认定创新型中小企业奖励 is a fixed 10万元; 多伦县滦源新材料有限公司 is given 15, 5 over" },
      { rule: "register.duplicate", cell: "C11", why: "太仆寺旗御马农牧科技有限公司 (91152527MA13UK8H6J) is 序号 3 and again 序号 9; reported on the later row" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E12", why: "合计 95 = 10×8 + 15, the awards as typed" },
      { rule: "cap.exceeded", cell: "E12", why: "the 合计 is no award" },
      { rule: "register.ineligible-location", cell: "B5", why: "太仆寺旗 and the other banners, 多伦县 and the two cities all lie in 锡林郭勒盟" },
      { rule: "register.location-code-mismatch", cell: "D4", why: "152501 is 二连浩特市, as its row says" },
      { rule: "register.invalid-credit-code", why: "every code carries its GB 32100 check character" },
      { rule: "cap.unknown-policy", why: "the title's 新认定创新型中小企业奖励 is the catalog's item" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table" },
    ],
  },
};
