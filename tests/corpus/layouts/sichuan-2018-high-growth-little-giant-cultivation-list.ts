import type { CorpusLayout } from "../types";

// 四川省经信委 / 省中小企业局 2018-10-30: the 2018 高成长型中小企业 and 行业“小巨人” cultivation list under 川经信企业〔2017〕238号 —
// a recognition list (no money), two sections by kind of firm, 市（州） first; a bad check character and one firm listed twice.
export const layout: CorpusLayout = {
  id: "sichuan-2018-high-growth-little-giant-cultivation-list",
  source: {
    title: "关于2018年四川省高成长型中小企业和行业“小巨人”企业拟培育企业名单的公示",
    url: "https://m.pouringspot.com/10462/10464/10727/10866/2018/10/31/10461878.shtml",
    publisher: "四川省经济和信息化委员会 四川省中小企业局",
    date: "2018-10-30",
    changes:
      "The stored page holds the notice (公示时间 2018-10-31 — 11-06, the two kinds of firm, 川经信企业〔2017〕238号) but not its attached list; the list's " +
      "columns (序号 | 市（州） | 企业名称 | 统一社会信用代码 | 所属行业), its two section rows and every firm and code are ours, 8 firms where the published list " +
      "is far longer. Planted: 德阳旌湖新材料有限公司's code typed with check character E (the valid one is D); 成都锦程微电科技有限公司 listed again as " +
      "the fifth 高成长型 firm.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "section-rows", "kinds-as-sections", "credit-codes", "cities-as-places", "category-column", "place-first", "annex-line", "notes-under-table", "province-list", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 10, 32, 22, 12],
      rows: [
        ["附件", null, null, null, null],
        ["2018年四川省高成长型中小企业和行业“小巨人”企业拟培育企业名单", null, null, null, null],
        ["序号", "市（州）", "企业名称", "统一社会信用代码", "所属行业"],
        ["一、高成长型中小企业", null, null, null, null],
        [1, "成都市", "成都锦程微电科技有限公司", "91510100MA6C4K2P14", "电子信息"],
        [2, "绵阳市", "绵阳涪川精密机械有限公司", "91510700MA62Q8HX36", "装备制造"],
        [3, "南充市", "南充嘉陵丝源纺织有限公司", "91511300MA6BT5LC7T", "轻工纺织"],
        [4, "德阳市", "德阳旌湖新材料有限公司", "91510600MA64N1RW2E", "先进材料"],
        [5, "成都市", "成都锦程微电科技有限公司", "91510100MA6C4K2P14", "电子信息"],
        ["二、行业“小巨人”企业", null, null, null, null],
        [1, "泸州市", "泸州江阳酿造设备有限公司", "91510500MA67Y3DK58", "食品饮料"],
        [2, "眉山市", "眉山东坡绿源食品有限公司", "91511400MA63P7XE02", "食品饮料"],
        [3, "广元市", "广元利州铝业有限公司", "91510800MA6AJ2U89U", "先进材料"],
        [4, "宜宾市", "宜宾三江动力电池材料有限公司", "91511500MA6BG4QN35", "能源化工"],
        ["注：同一类别内排名不分先后。", null, null, null, null],
      ],
      merges: ["A2:E2", "A4:E4", "A10:E10", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D8", why: "91510600MA64N1RW2E: the GB 32100-2015 check character of 91510600MA64N1RW2 is D, not E" },
      { rule: "register.duplicate", cell: "C9", why: "成都锦程微电科技有限公司 (91510100MA6C4K2P14) is listed again on row 9, first on row 5, same list and year" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column: no amount goes unchecked" },
      { rule: "cap.no-cap", why: "no amount column" },
      { rule: "register.ineligible-location", why: "every 市（州） (成都, 绵阳, 南充, 德阳, 泸州, 眉山, 广元, 宜宾) is in 四川省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 (510100, 510700, 511300, 510600, 510500, 511400, 510800, 511500) are the firm's own city" },
      { rule: "register.duplicate", cell: "C12", why: "眉山东坡绿源食品有限公司 shares only its 所属行业 (食品饮料) with 泸州江阳酿造设备有限公司: a different firm" },
      { rule: "register.duplicate", cell: "C11", why: "the second section numbers its firms from 1 again: 序号 1 is no repeat of row 5" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "the repeated code 91510100MA6C4K2P14 is itself valid" },
    ],
  },
};
