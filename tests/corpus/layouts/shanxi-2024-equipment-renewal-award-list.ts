import type { CorpusLayout } from "../types";

// 黄河新闻网 2024-11-04: 山西省工信厅 at a press conference — 168 equipment-renewal projects already supported with 5499万元, and at year's end
// an application round for 设备更新奖励资金: for a manufacturing firm's 设备更新投资 of 200万元 and more, 适度普惠, 不超过550万元 each. Laid out as
// the round's 拟支持项目名单 (ours) with the cap as a catalog: 所属市, firm, code, project, 设备更新投资额 and the support.
export const layout: CorpusLayout = {
  id: "shanxi-2024-equipment-renewal-award-list",
  source: {
    title: "山西省工信厅：引导设备更新，对200万元及以上设备更新投资给予不超过550万元资金支持（拟支持项目名单为拟）",
    url: "http://www.606ka.com/20/12836.html",
    publisher: "黄河新闻网",
    date: "2024-11-04",
    changes:
      "As published: the award's rule (制造业独立法人企业 200万元及以上设备更新投资, 不超过550万元) in a news report; the list is not published there. " +
      "Firms, codes (山西 cities' authority codes), projects and amounts are ours; the cap is the catalog. Planted: a 580 award over the 550 cap; one firm's project listed twice.",
  },
  classes: ["register", "award-list", "catalog-from-news", "cities-as-places", "credit-codes", "project-column", "base-column", "annex-title-row", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-wide-fund", "shanxi"],
  settings: { district: "山西省" },
  catalog: {
    items: [{ name: "制造业设备更新奖励", capType: "max", capAmount: 550, unit: "万元", year: 2024, document: "山西省工信厅设备更新奖励资金申报" }],
  },
  sheets: [
    {
      name: "附件",
      widths: [6, 10, 30, 22, 30, 14, 12],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["2024年山西省制造业设备更新奖励拟支持项目名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "所属市", "企业名称", "统一社会信用代码", "项目名称", "设备更新投资额", "拟支持资金"],
        [1, "太原市", "山西晋阳精工装备有限公司", "91140100MA0KQ7TB3Q", "数控加工中心更新改造项目", 2860, 286],
        [2, "晋中市", "山西榆次液压科技有限公司", "91140700MA0L2H6X8Q", "液压件智能产线设备更新项目", 4120, 412],
        [3, "长治市", "长治潞安新材料有限公司", "91140400MA0JX53P1H", "碳纤维生产线装备升级项目", 6900, 580],
        [4, "大同市", "大同云冈机车配件有限公司", "91140200MA0HB4RU6J", "铸造设备绿色化更新项目", 1850, 185],
        [5, "晋城市", "晋城泽州智能装备有限公司", "91140500MA0M6C8W2K", "焊接机器人工作站更新项目", 980, 98],
        [6, "太原市", "山西晋阳精工装备有限公司", "91140100MA0KQ7TB3Q", "数控加工中心更新改造项目", 2860, 286],
        ["合计", null, null, null, null, 19570, 1847],
        ["注：支持资金按设备更新投资额的一定比例测算，单个项目不超过550万元。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A11:E11", "A12:G12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件", kind: "register", unit: "万元", headerRow: 4, lastRow: 11, columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "base", G: "approved" }, item: "制造业设备更新奖励", year: 2024 },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "长治潞安新材料: 580 against the 550 cap, 30万元 over" },
      { rule: "register.duplicate", cell: "C10", why: "山西晋阳精工装备 (91140100MA0KQ7TB3Q) with the same project for the same award again, first on row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G6", why: "412 is under 550" },
      { rule: "composition.total-mismatch", cell: "G11", why: "286 + 412 + 580 + 185 + 98 + 286 = 1847, as stated (the duplicate included as typed)" },
      { rule: "composition.total-mismatch", cell: "F11", why: "2860 + 4120 + 6900 + 1850 + 980 + 2860 = 19570, as stated" },
      { rule: "register.ineligible-location", why: "太原, 晋中, 长治, 大同, 晋城 are all cities of 山西省" },
      { rule: "register.location-code-mismatch", why: "each code's 1401 / 1407 / 1404 / 1402 / 1405 matches its city" },
      { rule: "register.invalid-credit-code", why: "every check character is right" },
      { rule: "cap.unknown-policy", why: "the title's 制造业设备更新奖励 is in the catalog" },
    ],
  },
};
