import type { CorpusLayout } from "../types";

// 广东省河长办 2022: 2020及2021年度万里碧道建设激励名单 — 24 县（市、区、镇）, 2亿元: 8 in the six 珠三角 cities at 500万元 each,
// 16 in the other 15 cities at 1000万元 each (梅州 梅县区 and 大埔县 among them). The page (a 掌上梅州 report, reposted) names only the
// two 梅州 places; laid out as the list with 片区 category rows and 小计 rows (表据正文拟).
export const layout: CorpusLayout = {
  id: "guangdong-2020-2021-greenway-incentive-list",
  source: {
    title: "梅县大埔各获1000万元奖励资金！广东2020及2021年度万里碧道建设激励名单公布（名单据正文拟）",
    url: "http://t9oi6zg.a899.cn/html/96a199869.html",
    publisher: "广东省河长办 (掌上梅州 report, reposted)",
    date: "2022",
    changes:
      "As published: 24 places, 2亿元, 8 珠三角 places × 500万元 and 16 others × 1000万元, 梅县区 and 大埔县 among them. " +
      "Ours: every other place, the form (片区 rows, 小计 rows, the note). Planted: 大埔县 listed a second time (row 30), in the place of a 16th county.",
  },
  classes: ["register", "places-as-recipients", "category-rows", "subtotal-rows", "tiered-by-region", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "duplicate-recipient", "table-from-prose", "news-report", "provincial-fund", "guangdong"],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "激励名单",
      widths: [6, 12, 22, 12, 16],
      rows: [
        ["2020及2021年度万里碧道建设激励名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "地市", "县（市、区、镇）", "激励资金", "备注"],
        ["一、珠三角6市", null, null, null, null],
        [1, "广州市", "从化区", 500, null],
        [2, "广州市", "增城区", 500, null],
        [3, "深圳市", "龙岗区", 500, null],
        [4, "珠海市", "斗门区", 500, null],
        [5, "佛山市", "南海区", 500, null],
        [6, "佛山市", "顺德区", 500, null],
        [7, "东莞市", "麻涌镇", 500, null],
        [8, "中山市", "古镇镇", 500, null],
        ["小计", null, null, 4000, null],
        ["二、其余15市", null, null, null, null],
        [9, "梅州市", "梅县区", 1000, null],
        [10, "梅州市", "大埔县", 1000, null],
        [11, "汕头市", "潮阳区", 1000, null],
        [12, "韶关市", "乳源瑶族自治县", 1000, null],
        [13, "河源市", "和平县", 1000, null],
        [14, "汕尾市", "陆河县", 1000, null],
        [15, "阳江市", "阳春市", 1000, null],
        [16, "湛江市", "廉江市", 1000, null],
        [17, "茂名市", "信宜市", 1000, null],
        [18, "肇庆市", "怀集县", 1000, null],
        [19, "清远市", "连州市", 1000, null],
        [20, "潮州市", "饶平县", 1000, null],
        [21, "揭阳市", "揭西县", 1000, null],
        [22, "云浮市", "罗定市", 1000, null],
        [23, "惠州市", "博罗县", 1000, null],
        [24, "梅州市", "大埔县", 1000, null],
        ["小计", null, null, 16000, null],
        ["合计", null, null, 20000, null],
        ["注：激励资金由省级财政专项资金安排，粤东粤西粤北12市和惠州、江门、肇庆市激励资金占总金额的80%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:E4", "A13:C13", "A14:E14", "A31:C31", "A32:C32", "A33:E33"],
    },
  ],
  expect: {
    tables: [
      { sheet: "激励名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 32, columns: { B: "place", C: "enterprise", D: "approved" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "D30", why: "大埔县 (梅州市) is listed at row 16 and again at row 30" },
      { rule: "cap.unknown-policy", cell: "D5", why: "no catalog: the list's policy (万里碧道建设激励) has no cap to check, reported once" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "every 地市 is a city of 广东省" },
      { rule: "register.duplicate", cell: "D10", why: "佛山市 has two different districts (南海区, 顺德区): not a duplicate" },
      { rule: "register.duplicate", cell: "D6", why: "广州市 从化区 and 增城区 are two places" },
      { rule: "input.unreadable-value", why: "the 片区 rows and the note are text" },
    ],
  },
};
