import type { CorpusLayout } from "../types";

// 甘肃省人民政府 甘政发〔2011〕63号 (2011-06): the 2010 工业强省战略 awards — six cities and nine firms, by 一等 / 二等 / 三等奖
// (100 / 80 / 60万元 each). Laid out as the firms' award list behind the notice, with invented firms and codes.
export const layout: CorpusLayout = {
  id: "gansu-2010-industrial-strong-province-firm-awards",
  source: {
    title: "甘肃省人民政府关于表彰奖励2010年度实施工业强省战略先进市州和企业的决定（先进企业奖励名单据正文拟）",
    url: "http://dfzdm.com/html/1275/2011-06-02/content-58905.html",
    publisher: "甘肃省人民政府",
    date: "2011-06-02",
    changes:
      "As published: nine firms in three grades, 100 / 80 / 60万元 each, under the 2008 考核奖励试行办法 (甘政发〔2008〕39号). " +
      "Ours: the table, the firms (invented), their credit codes and cities, the 合计 and the note. " +
      "Planted: 陇原烟草工业有限责任公司 listed a second time (row 13, 80万元); 兰州恒通石化机械有限公司's credit code with a wrong check character.",
  },
  classes: ["register", "fixed-award", "grade-column", "credit-codes", "one-firm-two-rows", "cities-as-places", "item-in-title", "no-catalog", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "gansu"],
  sheets: [
    {
      name: "先进企业",
      widths: [6, 32, 22, 10, 10, 14],
      rows: [
        ["2010年度实施工业强省战略先进企业奖励名单", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市州", "奖励等次", "奖励金额"],
        [1, "金昌镍钴新材料集团有限公司", "91620300MA71K3P2XU", "金昌市", "一等奖", 100],
        [2, "酒泉西部风电装备有限责任公司", "91620900MA7AB4Q1Y3", "酒泉市", "一等奖", 100],
        [3, "甘肃陇电输配有限公司", "91620100MA72DE5R36", "兰州市", "一等奖", 100],
        [4, "陇原烟草工业有限责任公司", "91620100MA73F6T4KH", "兰州市", "二等奖", 80],
        [5, "兰州恒通石化机械有限公司", "91620100MA79M3B1R5", "兰州市", "二等奖", 80],
        [6, "白银有色冶炼股份有限公司", "91620400MA74G7U5LC", "白银市", "二等奖", 80],
        [7, "兰州金城重型装备有限公司", "91620100MA76J9X7NK", "兰州市", "三等奖", 60],
        [8, "靖远矿区煤电有限责任公司", "91620400MA77K1Y8PD", "白银市", "三等奖", 60],
        [9, "庆阳长庆石化有限公司", "91621000MA75H8W6MF", "庆阳市", "三等奖", 60],
        [10, "陇原烟草工业有限责任公司", "91620100MA73F6T4KH", "兰州市", "二等奖", 80],
        ["合计", null, null, null, null, 800],
        ["注：一等奖每户奖励100万元，二等奖每户奖励80万元，三等奖每户奖励60万元；奖励资金由省级财政安排，用于企业技术创新和生产经营。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A14:E14", "A15:F15"],
    },
  ],
  settings: { district: "甘肃省" },
  expect: {
    tables: [
      { sheet: "先进企业", kind: "register", unit: "万元", headerRow: 3, lastRow: 14, columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "approved" }, year: 2010 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F13", why: "陇原烟草工业有限责任公司 (91620100MA73F6T4KH) listed again for the same award in 2010, 80万元; first at row 7" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91620100MA79M3B1R5: the GB 32100-2015 check character of 91620100MA79M3B1R is 4, not 5" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog: the list's item (实施工业强省战略先进企业奖励, from its title) is in none; reported once for the 10 rows" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "金昌、酒泉、兰州、白银、庆阳 are all cities of 甘肃省" },
      { rule: "register.duplicate", cell: "F10", why: "兰州金城重型装备 (row 10) and 甘肃陇电输配 (row 6) are other firms of 兰州市, each listed once" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 (6203xx, 6209xx, 6201xx, 6204xx, 6210xx) are 甘肃 authorities" },
    ],
  },
};
