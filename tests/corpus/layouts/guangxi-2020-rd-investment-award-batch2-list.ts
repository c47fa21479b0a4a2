import type { CorpusLayout } from "../types";

// 广西壮族自治区科学技术厅 2022-03-25: the second batch of 2020年度 研发经费投入财政奖补 (桂财教函〔2022〕19号), 162,619,434元 to firms the
// 14 设区市 put forward. Laid out as its annex 《2020年度第二批激励企业加大研发经费投入财政奖补名单》 in 元: 序号 | 设区市 | 企业名称 |
// 统一社会信用代码 | 奖补金额（元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "guangxi-2020-rd-investment-award-batch2-list",
  source: {
    title: "关于下达2020年度第二批激励企业加大研发经费投入财政奖补专项资金的通知（附件：2020年度第二批激励企业加大研发经费投入财政奖补名单.xls）",
    url: "https://nnhtxf.com/-13183.html",
    publisher: "广西壮族自治区科学技术厅",
    date: "2022-03-25",
    changes:
      "As published: the notice, its documents (桂政发〔2019〕57号, 桂政发〔2019〕69号, 桂财教函〔2022〕19号), the batch's total 162,619,434元 and the " +
      "annex's name. The stored copy does not show the xls annex: its columns are ours in the layout such Guangxi lists use, cut to ten rows, every " +
      "firm, code and sum ours (so the 合计 is these rows', not the batch's). Planted: a firm placed in 湛江市 (Guangdong) on a Guangxi list; " +
      "柳州五菱新能源零部件 listed twice with the same code.",
  },
  classes: ["register", "award-list", "yuan-amounts", "unit-in-header", "credit-codes", "cities-as-places", "total-at-foot", "item-from-title", "table-not-in-stored-copy", "province-wide-fund", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2022-03-25" },
  sheets: [
    {
      name: "奖补名单",
      widths: [6, 10, 34, 24, 16],
      rows: [
        ["2020年度第二批激励企业加大研发经费投入财政奖补名单", null, null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码", "奖补金额（元）"],
        [1, "南宁市", "南宁邕科生物制药有限公司", "91450100MA5KB2L70P", 1862400],
        [2, "南宁市", "广西绿城智能装备有限公司", "91450100MA5P3GU29P", 736150],
        [3, "柳州市", "柳州五菱新能源零部件有限公司", "91450200MA5L0R3C8X", 3215800],
        [4, "柳州市", "柳州龙潭精密铸造有限公司", "91450200MA5KFH6T72", 954300],
        [5, "桂林市", "桂林漓江光电科技有限公司", "91450300MA5N7HT129", 1408620],
        [6, "桂林市", "桂林尧山医药有限公司", "91450300MA5L2CY348", 502000],
        [7, "梧州市", "梧州岑溪新材料有限公司", "91450400MA5KC9W56F", 688740],
        [8, "湛江市", "湛江港城电子有限公司", "91440800MA4W8K5J1M", 415200],
        [9, "北海市", "北海银海电子信息有限公司", "91450500MA5Q1EX43U", 1127590],
        [10, "柳州市", "柳州五菱新能源零部件有限公司", "91450200MA5L0R3C8X", 980000],
        ["合计", null, null, null, 11890800],
      ],
      merges: ["A1:E1", "A13:D13"],
      numberFormats: { "E3:E13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补名单", kind: "register", unit: "元", headerRow: 2, lastRow: 13, columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" }, year: 2020 },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B10", why: "湛江市 is a city of 广东省, outside 广西壮族自治区" },
      { rule: "register.duplicate", cell: "C12", why: "柳州五菱新能源零部件有限公司 (91450200MA5L0R3C8X) has this award on rows 5 and 12" },
      { rule: "cap.unknown-policy", cell: "E3", why: "no catalog: the title's policy (激励企业加大研发经费投入财政奖补) is in none, so its amounts are reported once as unchecked" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "C5", why: "the first of the two rows is not the duplicate" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.location-code-mismatch", cell: "D10", why: "the 湛江 firm is outside the district (reported as such), not inside with a foreign code" },
      { rule: "register.ineligible-location", cell: "B3", why: "南宁、柳州、桂林、梧州、北海 are cities of 广西" },
      { rule: "cap.exceeded", cell: "E13", why: "合计 11,890,800 = the ten rows' sum, not an award" },
      { rule: "register.unpaid", why: "a list sent down (下达) records no payments" },
    ],
  },
};
