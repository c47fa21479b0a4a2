import type { CorpusLayout } from "../types";

// 郑州市工业和信息化局 2023-07-03: the firms it put up for comment as its recommendations for 河南省制造业头雁企业 (30 firms,
// named in the report only by their short names). A recognition list: no money, so nothing is left unchecked.
export const layout: CorpusLayout = {
  id: "zhengzhou-2023-bellwether-recommendation-list",
  source: {
    title: "郑州市工业和信息化局关于2023年省制造业头雁企业拟推荐企业的公示（名单表据正文拟）",
    url: "http://m.chanyew.cwan.com/zonghe/2023/0705/072023_53419.html",
    publisher: "产业网（转郑州市工业和信息化局公示）",
    date: "2023-07-05",
    changes:
      "The report names the recommendation (30 firms after 企业自主申报、区县（市）初审推荐、专家评审) but prints no table; the list " +
      "(序号 | 企业名称 | 统一社会信用代码 | 所在县（市、区） | 产业类型, the three kinds being the 行动方案's 传统产业 / 新兴产业 / 未来产业) " +
      "is laid out from it, ten rows of ours with invented firms and codes of 郑州's districts and county-level cities. Planted: " +
      "郑州新密耐火材料's code with a wrong check character; 郑州金水智能传感 listed a second time at the end.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "invalid-credit-code", "duplicate-enterprise", "category-column", "districts-as-places", "notes-under-table", "table-from-prose", "news-report", "city-list", "henan"],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "拟推荐名单",
      widths: [6, 32, 22, 16, 12],
      rows: [
        ["郑州市2023年省制造业头雁企业拟推荐企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "产业类型"],
        [1, "郑州嵩岳重型机械股份有限公司", "91410185MA46A1B2CH", "登封市", "传统产业"],
        [2, "郑州金水智能传感科技有限公司", "91410105MA46B3D5EG", "金水区", "新兴产业"],
        [3, "郑州中原食品集团有限公司", "91410102MA46C6F8G7", "中原区", "传统产业"],
        [4, "郑州荥阳新材料股份有限公司", "91410182MA46D2H4JB", "荥阳市", "新兴产业"],
        [5, "郑州二七轨道装备有限公司", "91410103MA46E7K9LG", "二七区", "传统产业"],
        [6, "郑州中牟汽车零部件有限公司", "91410122MA46F1M3NQ", "中牟县", "传统产业"],
        [7, "郑州新密耐火材料股份有限公司", "91410183MA46G5P7Q3", "新密市", "传统产业"],
        [8, "郑州惠济量子信息科技有限公司", "91410108MA46H8R2TL", "惠济区", "未来产业"],
        [9, "郑州新郑医疗器械有限公司", "91410184MA46J4U6W7", "新郑市", "新兴产业"],
        [10, "郑州金水智能传感科技有限公司", "91410105MA46B3D5EG", "金水区", "新兴产业"],
        ["注：经企业自主申报、区县（市）初审推荐、专家评审，拟推荐以上企业为2023年省制造业头雁企业。公示期间如有异议，请以书面形式向市工业和信息化局反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟推荐名单",
        kind: "register",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", sheet: "拟推荐名单", cell: "C9", why: "91410183MA46G5P7Q3: the GB 32100-2015 check character of 91410183MA46G5P7Q is E, not 3" },
      { rule: "register.duplicate", sheet: "拟推荐名单", cell: "B12", why: "郑州金水智能传感科技 (91410105MA46B3D5EG) listed again at 序号10 after 序号2, same list and year" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "登封、金水、中原、荥阳、二七、中牟、新密、惠济、新郑 are all 郑州市's" },
      { rule: "register.location-code-mismatch", why: "every code's 3–8 (410185, 410105, 410102 …) names the county or district in its row" },
      { rule: "register.duplicate", sheet: "拟推荐名单", cell: "E5", why: "传统产业 repeated down the 产业类型 column is the list's category, not a firm" },
      { rule: "register.unpaid", why: "a recommendation list records no payments" },
    ],
  },
};
