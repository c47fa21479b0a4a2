import type { CorpusLayout } from "../types";

// 南国早报 2023-09-22: 自治区文化和旅游厅 《2023年秋冬季旅行社“引客入桂”补助办法》, 2023-10-07 to 12-31 — a charter flight of 100+ tourists 2万元,
// a seat block of 40+ on one flight 6000元, of 20 to 40 2000元, a tourist train of 500+ 8万元 (the tourists staying 3 nights in Guangxi). Set out
// as the measure's catalog (序号 | 补助类别 | 补助标准), beside a subsidy list of our own — 旅行社名称 | 统一社会信用代码 | 所在市 | 补助类别 |
// 团队（航班、车次） | 入桂日期 | 游客人数 | 补助金额（元）.
export const layout: CorpusLayout = {
  id: "guangxi-2023-autumn-winter-travel-agency-subsidies",
  source: {
    title: "最高补贴8万元！广西鼓励旅行社秋冬季“引客入桂”（补助标准表及拟补助名单据报道拟）",
    url: "http://www.zzchangsheng.com/news/2023/09/22/zuigao-butie-8wanyuan-guangxi-guli-lvxingshe-qiudongji-yinkerugu.html",
    publisher: "南国早报（广西壮族自治区文化和旅游厅）",
    date: "2023-09-22",
    changes:
      "As published: the period, the conditions (100人 a charter, 40 / 20–40 seats, 500人 a train, 3 nights in a 三星级 hotel) and the four sums, " +
      "wording shortened. Cut: the 包列 and 包车廂 rates (cut off in the stored copy). The list is ours: agencies, codes, groups, dates and counts. " +
      "Planted: 柳州龙城国旅's block of 32 seats given 6,000 (the 20–40 block gets 2,000); 南宁邕城假日's 11-03 block from 哈尔滨 listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "fixed-awards-per-trip", "thresholds-as-conditions", "catalog-in-workbook", "item-column", "date-column", "count-column", "cities-as-places", "credit-codes", "duplicate-row", "total-at-foot", "yuan-in-header", "news-report", "province-policy", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "补助标准",
      widths: [6, 30, 90],
      rows: [
        ["2023年秋冬季旅行社“引客入桂”补助标准（摘录）", null, null],
        ["序号", "补助类别", "补助标准"],
        [1, "旅游包机补助", "旅行社一次性组织区外游客100人（含）以上乘包机入桂，在区内住宿不少于3晚的，每架次包机给予2万元补贴。"],
        [2, "航班切位（40人及以上）补助", "同一航班切位40人（含）以上组织区外游客入桂，在区内住宿不少于3晚的，给予6000元补贴。"],
        [3, "航班切位（20人至40人）补助", "同一航班切位20人（含）至40人（不含）组织区外游客入桂，在区内住宿不少于3晚的，给予2000元补贴。"],
        [4, "旅游专列补助", "旅行社一次性组织区外游客500人（含）以上乘专列入桂，在区内住宿不少于3晚的，每趟次给予8万元补贴。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟补助名单",
      widths: [6, 30, 22, 10, 28, 22, 12, 10, 14],
      rows: [
        ["2023年秋冬季旅行社“引客入桂”拟补助名单", null, null, null, null, null, null, null, null],
        ["序号", "旅行社名称", "统一社会信用代码", "所在市", "补助类别", "团队（航班、车次）", "入桂日期", "游客人数", "补助金额（元）"],
        [1, "桂林漓江国际旅行社有限公司", "91450302MAJ3W7X336", "桂林市", "旅游包机补助", "包机（沈阳—桂林）", "2023-10-14", 168, 20000],
        [2, "南宁邕城假日旅行社有限公司", "91450103MA7YRAQHJT", "南宁市", "航班切位（40人及以上）补助", "航班切位（哈尔滨—南宁）", "2023-11-03", 46, 6000],
        [3, "北海银滩旅行社有限公司", "91450502MA4CT0DQW7", "北海市", "旅游专列补助", "专列（长春—北海）", "2023-12-02", 620, 80000],
        [4, "柳州龙城国际旅行社有限公司", "91450202MAUMXQ8T4D", "柳州市", "航班切位（20人至40人）补助", "航班切位（西安—柳州）", "2023-11-18", 32, 6000],
        [5, "防城港边关旅行社有限公司", "91450602MA6L8KCY91", "防城港市", "航班切位（40人及以上）补助", "航班切位（成都—南宁）", "2023-12-09", 41, 6000],
        [6, "南宁邕城假日旅行社有限公司", "91450103MA7YRAQHJT", "南宁市", "航班切位（40人及以上）补助", "航班切位（哈尔滨—南宁）", "2023-11-03", 46, 6000],
        [7, "梧州骑楼城旅行社有限公司", "91450403MAKX2D84BP", "梧州市", "航班切位（20人至40人）补助", "航班切位（重庆—梧州）", "2023-10-28", 24, 2000],
        ["合计", null, null, null, null, null, null, 977, 126000],
      ],
      merges: ["A1:I1", "A10:G10"],
      numberFormats: { "I3:I10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟补助名单",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", I: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "I6", why: "a seat block of 20 to 40 gets a fixed 2,000元; 6,000 given: 4,000元 over" },
      { rule: "register.duplicate", sheet: "拟补助名单", cell: "I8", why: "南宁邕城假日 (91450103MA7YRAQHJT) has 航班切位（40人及以上）补助 for 2023 on line 2 already (the same 11-03 block)" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "I5", why: "80,000 is the train award exactly" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "I3", why: "20,000 is the charter award exactly" },
      { rule: "cap.exceeded", sheet: "拟补助名单", cell: "I9", why: "2,000 is the 20–40 block's award exactly" },
      { rule: "catalog.unreadable-standard", sheet: "补助标准", cell: "C3", why: "100人（含）以上 and 3晚 are conditions; the award is a fixed 2万元" },
      { rule: "catalog.unreadable-standard", sheet: "补助标准", cell: "C5", why: "20人（含）至40人（不含） is the band of the group, a condition; the award is a fixed 2000元" },
      { rule: "catalog.unreadable-standard", sheet: "补助标准", cell: "C6", why: "500人（含）以上 is a condition; the award is a fixed 8万元" },
      { rule: "cap.unknown-policy", why: "every 补助类别 of the list is a catalog row word for word" },
      { rule: "register.invalid-credit-code", why: "the six codes are valid" },
      { rule: "register.ineligible-location", why: "桂林、南宁、北海、柳州、防城港、梧州 are cities of 广西" },
      { rule: "register.late-disbursement", sheet: "拟补助名单", cell: "G5", why: "入桂日期 is the group's arrival, no payment date" },
      { rule: "composition.total-mismatch", sheet: "拟补助名单", cell: "I10", why: "20,000 + 6,000 + 80,000 + 6,000 + 6,000 + 6,000 + 2,000 = 126,000" },
      { rule: "composition.total-mismatch", sheet: "拟补助名单", cell: "H10", why: "168 + 46 + 620 + 32 + 41 + 46 + 24 = 977 tourists, a count" },
    ],
  },
};
