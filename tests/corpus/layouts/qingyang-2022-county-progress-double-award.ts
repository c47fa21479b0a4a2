import type { CorpusLayout } from "../types";

// 甘肃 庆阳市委、市政府 2023-05-12: the province named 华池县 and 镇原县 among 2022's ten 县域经济发展进步县 with 5,000万元 each; the city's
// 强县域 plan doubles any provincial award (在省上奖励的基础上，给予双倍奖励), so each county gets 1亿元 more for its industrial park and
// leading industries. Laid out as the city's award table: county, the province's award as the base, the city's award, its use.
export const layout: CorpusLayout = {
  id: "qingyang-2022-county-progress-double-award",
  source: {
    title: "甘肃庆阳重奖全省“县域经济发展进步县” 华池镇原各获1亿元奖励（庆阳市2022年度县域经济发展进步县奖励资金表据报道拟）",
    url: "http://gansu.gscn.com.cn/system/2023/05/15/012958047.shtml",
    publisher: "央广网（中国甘肃网转载）",
    date: "2023-05-15",
    changes:
      "As published: the two counties, the province's 5,000万元 each, the city's 1亿元 each (双倍奖励 under 《庆阳市强县域行动实施方案（2022—2025年）》) and " +
      "the use (支持产业园区建设和培育主导产业发展). The report prints no table: its title and columns (序号 | 县（区） | 省级奖励 | 市级奖励 | 资金用途) " +
      "are ours. Nothing is planted: both awards are exactly double the province's, as reported.",
  },
  classes: ["clean", "register", "rate-cap", "matching-rate", "double-award", "base-column", "counties-as-applicants", "public-bodies-as-applicants", "use-column", "item-in-title", "no-credit-codes", "wanyuan-caption", "total-at-foot", "news-report", "gansu"],
  sheets: [
    {
      name: "奖励资金表",
      widths: [6, 12, 14, 14, 40],
      rows: [
        ["庆阳市2022年度县域经济发展进步县奖励资金表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "省级奖励", "市级奖励", "资金用途"],
        [1, "华池县", 5000, 10000, "支持产业园区建设和培育主导产业发展"],
        [2, "镇原县", 5000, 10000, "支持产业园区建设和培育主导产业发展"],
        ["合计", null, 10000, 20000, null],
      ],
      merges: ["A1:E1", "A6:B6"],
    },
  ],
  catalog: {
    items: [
      {
        name: "县域经济发展进步县奖励",
        capType: "rate",
        rate: "200%",
        base: "省上奖励",
        unit: "万元",
        document: "庆阳市强县域行动实施方案（2022—2025年）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励资金表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { B: "enterprise", C: "base", D: "approved" },
        year: 2022,
        item: "县域经济发展进步县奖励",
      },
    ],
    findings: [],
    absent: [
      { rule: "cap.rate-exceeded", cell: "D4", why: "华池县: 10,000 = 200% × 5,000, the double the plan allows" },
      { rule: "cap.rate-exceeded", cell: "D5", why: "镇原县: 10,000 = 200% × 5,000" },
      { rule: "cap.rate-exceeded", cell: "D6", why: "合计 is no award (and 20,000 = 200% × 10,000 anyway)" },
      { rule: "cap.unknown-policy", why: "the item is named in the title and is in the catalog" },
      { rule: "cap.no-cap", why: "the item has a rate and every row gives its base (省级奖励)" },
      { rule: "register.duplicate", why: "two different counties" },
      { rule: "register.invalid-credit-code", why: "the applicants are counties: no codes" },
      { rule: "input.unreadable-value", why: "资金用途 is text" },
    ],
  },
};
